package org.outsourcingdesk.sourcing.api.model;

import java.time.Instant;

/** A test call as logged, with who logged it and when. */
public record LoggedTestCall(TestCall call, String loggedBy, Instant loggedAt) {
}
