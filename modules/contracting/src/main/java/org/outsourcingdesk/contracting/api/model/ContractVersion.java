package org.outsourcingdesk.contracting.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/**
 * The contract's terms as one version has them, in force from a day: version 1 as signed, each later
 * one as an approved amendment left them. Earlier versions stay as they were.
 *
 * @param reason why the version came to be (the amendment's reason; "Signed" for the first)
 */
public record ContractVersion(int number, LocalDate effectiveFrom, ContractTerm term, ServiceLevels serviceLevels,
                              List<RoundQuote> prices, String reason, String approvedBy, Instant approvedAt) {

    public ContractVersion {
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
