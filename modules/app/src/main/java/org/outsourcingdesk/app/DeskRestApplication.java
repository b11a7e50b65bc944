package org.outsourcingdesk.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API at {@code /api/v1}; described by MicroProfile OpenAPI at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Outsourcing Desk API", version = "1",
                description = "Customer-service outsourcing from assessment to exit. Errors are application/problem+json."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class DeskRestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // honour @RolesAllowed on resources
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
