package org.outsourcingdesk.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.outsourcingdesk.platform.PlatformStartup;

/** Ready when start-up is complete and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    PlatformStartup startup;
    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("outsourcing-desk").withData("started", startup.isReady());
        boolean database;
        try (var connection = dataSource.getConnection()) {
            database = connection.isValid(2);
        } catch (Exception e) {
            database = false;
        }
        return response.withData("database", database).status(startup.isReady() && database).build();
    }
}
