package org.outsourcingdesk.app.it;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The engagement flow on the embedded H2 database, the first-time user's default. */
@ExtendWith(ArquillianExtension.class)
class EngagementOnH2IT extends EngagementFlowContract {

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        return Deployments.productWith(TestDatabases.freshH2());
    }

    @Override
    URI base() {
        return Deployments.loopback(deployed);
    }
}
