package org.outsourcingdesk.contracting.api.query;

import java.time.LocalDate;

/** Every contract's deadlines as of {@code today} ({@link ContractDeadlines}), soonest first, missed ones first of all. */
public record FindContractDeadlinesQuery(LocalDate today) {
}
