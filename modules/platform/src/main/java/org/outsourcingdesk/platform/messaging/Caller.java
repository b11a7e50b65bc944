package org.outsourcingdesk.platform.messaging;

import java.util.List;
import java.util.Objects;

/** An authenticated user as the platform stamps it on messages. No credentials, ever. */
public record Caller(String username, List<String> roles) {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = List.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
