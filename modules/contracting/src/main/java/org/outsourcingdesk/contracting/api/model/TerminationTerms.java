package org.outsourcingdesk.contracting.api.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How the contract may end early, at the least cost and liability to us: the grounds for cause, the
 * fee schedule for ending it for convenience (the notice is in the term), the caps on the vendor's
 * liability and on any termination fee, and the exit assistance the vendor owes for a transition.
 *
 * @param liabilityCap          the most either side owes the other under the contract, in its currency
 * @param terminationFeeCap     no termination fee is ever above this, in the contract's currency
 * @param exitAssistanceMonths  how long the vendor supports the transition to the next provider or in-house
 * @param exitAssistance        what that support includes
 */
public record TerminationTerms(List<CauseTrigger> forCause, List<ConvenienceFee> convenienceFees, BigDecimal liabilityCap,
                               BigDecimal terminationFeeCap, Integer exitAssistanceMonths, String exitAssistance) {

    public TerminationTerms {
        forCause = forCause == null ? List.of() : List.copyOf(forCause);
        convenienceFees = convenienceFees == null ? List.of() : List.copyOf(convenienceFees);
    }

    /** The fee for ending for convenience in a month of the term (1 is the first): the last step that has begun. */
    public Optional<BigDecimal> convenienceFeeIn(int month) {
        return convenienceFees.stream().filter(f -> f.fromMonth() != null && f.fromMonth() <= month)
                .reduce((a, b) -> b).map(ConvenienceFee::fee);
    }
}
