package org.outsourcingdesk.app.it;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The engagement flow on PostgreSQL, as in production (the machine's server in CI, an embedded one elsewhere). */
@ExtendWith(ArquillianExtension.class)
class EngagementOnPostgresIT extends EngagementFlowContract {

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        return Deployments.productWith(TestDatabases.freshPostgres());
    }

    @Override
    URI base() {
        return Deployments.loopback(deployed);
    }
}
