package org.outsourcingdesk.contracting.api.query;

import java.time.Instant;
import java.util.List;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/**
 * A contract as it stands: with whom, the prices it was drafted with (the selected quotes), its term,
 * its SLAs, its governance and its data terms once set, and whether the SLAs reward speed over service.
 *
 * @param status DRAFT (review, approval and signature follow)
 * @param warnsSpeedOverService handle time carries service credits while no quality metric does
 */
public record ContractView(String engagementId, String contractId, String roundId, String status, String vendorId,
                           String vendorName, List<RoundQuote> prices, ContractTerm term, ServiceLevels serviceLevels,
                           boolean warnsSpeedOverService, Governance governance, DataTerms dataTerms, String draftedFor, Instant draftedAt, Instant changedAt, String changedBy) {

    public static final String DRAFT = "DRAFT";

    public ContractView {
        prices = prices == null ? List.of() : List.copyOf(prices);
    }

    /** The id of the contract drafted from a round's selection. */
    public static String contractId(String roundId) {
        return roundId + "-contract";
    }

    ContractView with(ContractTerm newTerm, ServiceLevels newLevels, Governance newGovernance, DataTerms newData, Instant at,
                      String by) {
        return new ContractView(engagementId, contractId, roundId, status, vendorId, vendorName, prices, newTerm, newLevels,
                newLevels != null && newLevels.rewardsSpeedOverService(), newGovernance, newData, draftedFor, draftedAt, at, by);
    }
}
