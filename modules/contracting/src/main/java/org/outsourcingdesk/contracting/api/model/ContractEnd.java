package org.outsourcingdesk.contracting.api.model;

import java.time.LocalDate;

/**
 * How and when a contract ended: the kind of ending, the vendor's last day of service, the exit case
 * that carried it out, and the approver of the ending, on whose behalf it was recorded.
 */
public record ContractEnd(ContractEnding ending, LocalDate endedOn, String exitId, String endedFor) {
}
