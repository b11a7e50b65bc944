package org.outsourcingdesk.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The engagement flow on the embedded H2 database, the first-time user's default. */
class EngagementOnH2IT extends EngagementFlowContract {

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        return Deployments.productWith(TestDatabases.freshH2());
    }
}
