package org.outsourcingdesk.contracting.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.outsourcingdesk.contracting.api.model.Amendment;
import org.outsourcingdesk.contracting.api.model.ContractEnd;
import org.outsourcingdesk.contracting.api.model.ContractStatus;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.ReviewComment;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.Signature;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/**
 * A contract as it stands: with whom, the prices it was drafted with (the selected quotes), its
 * sections once set (term, SLAs, governance, data, termination), where it is on its way to active,
 * who drafted, reviewed, approved and signed it, and the reviewers' comments.
 *
 * @param warnsSpeedOverService handle time carries service credits while no quality metric does
 * @param drafters              everyone who set a section or submitted it: none of them may approve it
 * @param reviews               every legal review and approval verdict, oldest first
 * @param versions              the signed terms (version 1) and each approved amendment's, oldest first
 * @param amendment             the amendment in review or awaiting approval, or sent back; null when none
 * @param end                   how and when the contract ended, once its exit is complete; null before
 */
public record ContractView(String engagementId, String contractId, String roundId, ContractStatus status, String vendorId,
                           String vendorName, List<RoundQuote> prices, ContractTerm term, ServiceLevels serviceLevels,
                           boolean warnsSpeedOverService, Governance governance, DataTerms dataTerms,
                           TerminationTerms termination, String draftedFor, Instant draftedAt, Instant changedAt,
                           String changedBy, List<String> drafters, String submittedBy, String legalReviewer,
                           String approvedBy, Instant approvedAt, List<ReviewComment> reviews, List<Signature> signatures,
                           LocalDate signedOn, LocalDate activatedOn, List<ContractVersion> versions, Amendment amendment,
                           ContractEnd end) {

    public ContractView {
        prices = prices == null ? List.of() : List.copyOf(prices);
        drafters = drafters == null ? List.of() : List.copyOf(drafters);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        versions = versions == null ? List.of() : List.copyOf(versions);
        status = status == null ? ContractStatus.DRAFT : status;
    }

    /** A contract just drafted from a selection. */
    static ContractView drafted(String engagementId, String contractId, String roundId, String vendorId, String vendorName,
                                List<RoundQuote> prices, String draftedFor, Instant at) {
        return new ContractView(engagementId, contractId, roundId, ContractStatus.DRAFT, vendorId, vendorName, prices, null, null,
                false, null, null, null, draftedFor, at, at, draftedFor, List.of(), null, null, null, null, List.of(), List.of(),
                null, null, List.of(), null, null);
    }

    /** The id of the contract drafted from a round's selection. */
    public static String contractId(String roundId) {
        return roundId + "-contract";
    }

    /** The sections legal review needs that are not set yet, by their field names. */
    public List<String> missingSections() {
        var missing = new ArrayList<String>();
        if (term == null) {
            missing.add("term");
        }
        if (serviceLevels == null) {
            missing.add("serviceLevels");
        }
        if (governance == null) {
            missing.add("governance");
        }
        if (dataTerms == null) {
            missing.add("dataTerms");
        }
        if (termination == null) {
            missing.add("termination");
        }
        return missing;
    }

    ContractView withSections(ContractTerm newTerm, ServiceLevels newLevels, Governance newGovernance, DataTerms newData,
                              TerminationTerms newTermination, Instant at, String by) {
        var editors = new ArrayList<>(drafters);
        if (by != null && !editors.contains(by)) {
            editors.add(by);
        }
        return new ContractView(engagementId, contractId, roundId, status, vendorId, vendorName, prices, newTerm, newLevels,
                newLevels != null && newLevels.rewardsSpeedOverService(), newGovernance, newData, newTermination, draftedFor,
                draftedAt, at, by, editors, submittedBy, legalReviewer, approvedBy, approvedAt, reviews, signatures, signedOn,
                activatedOn, versions, amendment, end);
    }

    ContractView submitted(Instant at, String by) {
        var editors = new ArrayList<>(drafters);
        if (!editors.contains(by)) {
            editors.add(by);
        }
        return new ContractView(engagementId, contractId, roundId, ContractStatus.IN_LEGAL_REVIEW, vendorId, vendorName, prices,
                term, serviceLevels, warnsSpeedOverService, governance, dataTerms, termination, draftedFor, draftedAt, at, by,
                editors, by, null, null, null, reviews, signatures, signedOn, activatedOn, versions, amendment, end);
    }

    ContractView reviewed(ReviewComment review, ContractStatus newStatus) {
        var all = new ArrayList<>(reviews);
        all.add(review);
        boolean legal = ReviewComment.LEGAL_REVIEW.equals(review.stage());
        String reviewer = legal ? (review.passed() ? review.by() : null) : legalReviewer;
        String approver = !legal && review.passed() ? review.by() : null;
        return new ContractView(engagementId, contractId, roundId, newStatus, vendorId, vendorName, prices, term, serviceLevels,
                warnsSpeedOverService, governance, dataTerms, termination, draftedFor, draftedAt, review.at(), review.by(),
                drafters, submittedBy, reviewer, approver, approver == null ? null : review.at(), all, signatures, signedOn,
                activatedOn, versions, amendment, end);
    }

    ContractView signedBy(Signature signature, Instant at) {
        var all = new ArrayList<>(signatures);
        all.add(signature);
        return new ContractView(engagementId, contractId, roundId, status, vendorId, vendorName, prices, term, serviceLevels,
                warnsSpeedOverService, governance, dataTerms, termination, draftedFor, draftedAt, at, signature.recordedBy(),
                drafters, submittedBy, legalReviewer, approvedBy, approvedAt, reviews, all, signedOn, activatedOn, versions, amendment,
                end);
    }

    /** Signed: the terms as they stand are version 1, in force from the first day. */
    ContractView signed(LocalDate on, Instant at) {
        var first = new ContractVersion(1, term.startsOn(), term, serviceLevels, prices, "Signed", approvedBy, approvedAt);
        return new ContractView(engagementId, contractId, roundId, ContractStatus.SIGNED, vendorId, vendorName, prices, term,
                serviceLevels, warnsSpeedOverService, governance, dataTerms, termination, draftedFor, draftedAt, at, changedBy,
                drafters, submittedBy, legalReviewer, approvedBy, approvedAt, reviews, signatures, on, activatedOn, List.of(first), null,
                end);
    }

    ContractView activated(LocalDate on, Instant at) {
        return new ContractView(engagementId, contractId, roundId, ContractStatus.ACTIVE, vendorId, vendorName, prices, term,
                serviceLevels, warnsSpeedOverService, governance, dataTerms, termination, draftedFor, draftedAt, at, changedBy,
                drafters, submittedBy, legalReviewer, approvedBy, approvedAt, reviews, signatures, signedOn, on, versions, amendment, end);
    }

    /** Ended: its exit is complete; an amendment not yet approved lapses with it (its events stay in the history). */
    ContractView ended(ContractEnd ending, Instant at) {
        return new ContractView(engagementId, contractId, roundId, ContractStatus.ENDED, vendorId, vendorName, prices, term,
                serviceLevels, warnsSpeedOverService, governance, dataTerms, termination, draftedFor, draftedAt, at, ending.endedFor(),
                drafters, submittedBy, legalReviewer, approvedBy, approvedAt, reviews, signatures, signedOn, activatedOn, versions,
                null, ending);
    }

    /** The version the contract is at: the number of the latest version (1 until an amendment is approved). */
    public int version() {
        return versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number();
    }

    /** A version by its number. */
    public java.util.Optional<ContractVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    ContractView amending(Amendment proposed, Instant at, String by) {
        return new ContractView(engagementId, contractId, roundId, status, vendorId, vendorName, prices, term, serviceLevels,
                warnsSpeedOverService, governance, dataTerms, termination, draftedFor, draftedAt, at, by, drafters, submittedBy,
                legalReviewer, approvedBy, approvedAt, reviews, signatures, signedOn, activatedOn, versions, proposed, end);
    }

    ContractView amendmentReviewed(ReviewComment review, String newStatus) {
        var all = new ArrayList<>(reviews);
        all.add(review);
        var a = amendment;
        String reviewer = ReviewComment.LEGAL_REVIEW.equals(review.stage()) && review.passed() ? review.by() : a.legalReviewer();
        var next = new Amendment(a.version(), a.effectiveFrom(), a.reason(), a.term(), a.serviceLevels(), a.rates(), a.proposedBy(),
                a.proposedAt(), newStatus, reviewer);
        return new ContractView(engagementId, contractId, roundId, status, vendorId, vendorName, prices, term, serviceLevels,
                warnsSpeedOverService, governance, dataTerms, termination, draftedFor, draftedAt, review.at(), review.by(), drafters,
                submittedBy, legalReviewer, approvedBy, approvedAt, all, signatures, signedOn, activatedOn, versions, next, end);
    }

    /** An approved amendment: its version joins the others and its terms are the contract's from now on. */
    ContractView amended(ContractVersion version, ReviewComment review) {
        var all = new ArrayList<>(reviews);
        all.add(review);
        var history = new ArrayList<>(versions);
        history.add(version);
        return new ContractView(engagementId, contractId, roundId, status, vendorId, vendorName, version.prices(), version.term(),
                version.serviceLevels(), version.serviceLevels() != null && version.serviceLevels().rewardsSpeedOverService(),
                governance, dataTerms, termination, draftedFor, draftedAt, review.at(), review.by(), drafters, submittedBy,
                legalReviewer, approvedBy, approvedAt, all, signatures, signedOn, activatedOn, history, null, end);
    }
}
