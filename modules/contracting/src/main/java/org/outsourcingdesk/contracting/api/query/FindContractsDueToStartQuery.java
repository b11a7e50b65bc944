package org.outsourcingdesk.contracting.api.query;

import java.time.LocalDate;

/** The signed contracts whose first day is {@code today} or earlier, not yet active: those to activate. */
public record FindContractsDueToStartQuery(LocalDate today) {
}
