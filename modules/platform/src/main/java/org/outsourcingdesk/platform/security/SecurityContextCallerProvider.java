package org.outsourcingdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.Optional;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.messaging.Caller;
import org.outsourcingdesk.platform.messaging.CallerProvider;

/** The caller of the current request as Jakarta Security knows it; nobody on other threads. */
@ApplicationScoped
public class SecurityContextCallerProvider implements CallerProvider {

    @Inject
    SecurityContext securityContext;

    @Override
    public Optional<Caller> currentCaller() {
        try {
            var principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            var roles = Arrays.stream(Role.values()).map(Role::name).filter(securityContext::isCallerInRole).toList();
            return Optional.of(new Caller(principal.getName(), roles));
        } catch (IllegalStateException | UnsupportedOperationException e) {
            return Optional.empty(); // no request on this thread
        }
    }
}
