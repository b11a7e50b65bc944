package org.outsourcingdesk.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.outsourcingdesk.kernel.Role;

/** Who is looking at the page, for the top bar and for showing only the buttons a role may use. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBean {

    @Inject
    SecurityContext security;

    public String getName() {
        var principal = security.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public String getRoles() {
        return Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name())).map(Role::label)
                .collect(Collectors.joining(", "));
    }

    public boolean has(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isMayOpenEngagements() {
        return has(Role.PROCUREMENT.name());
    }
}
