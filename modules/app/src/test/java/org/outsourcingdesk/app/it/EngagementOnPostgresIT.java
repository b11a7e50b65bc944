package org.outsourcingdesk.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The engagement flow on PostgreSQL, as in production (the machine's server in CI, an embedded one elsewhere). */
class EngagementOnPostgresIT extends EngagementFlowContract {

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        return Deployments.productWith(TestDatabases.freshPostgres());
    }
}
