package org.outsourcingdesk.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.Factor;
import org.outsourcingdesk.assessment.api.model.FactorRating;
import org.outsourcingdesk.assessment.api.model.OpeningHours;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.model.RateCardVersion;
import org.outsourcingdesk.assessment.api.model.Rating;
import org.outsourcingdesk.assessment.api.model.ServiceTarget;
import org.outsourcingdesk.assessment.api.model.StaffingAssumptions;
import org.outsourcingdesk.assessment.domain.ratecard.StandardRateCard;

/** Inputs of a three-channel assessment that the tests share. */
public final class AssessmentExamples {

    private AssessmentExamples() {
    }

    public static ChannelDemand voice() {
        return ChannelDemand.of(Channel.INBOUND_VOICE, 12_000, 300, 14, null, OpeningHours.weekdays(10),
                ServiceTarget.seconds(80, 20), List.of("English", "Spanish"), 15, 0, 5, 1);
    }

    public static ChannelDemand email() {
        return ChannelDemand.of(Channel.EMAIL, 4_000, 420, 12, null, OpeningHours.weekdays(10),
                ServiceTarget.hours(90, 24), List.of("English"), 10, 0, 8, 1);
    }

    public static ChannelDemand chat() {
        return ChannelDemand.of(Channel.CHAT, 5_000, 480, 15, null, OpeningHours.weekdays(10),
                ServiceTarget.seconds(80, 60), List.of("English"), 5, 0, 15, 2);
    }

    public static DemandProfile demand() {
        return new DemandProfile(List.of(voice(), email(), chat()), StaffingAssumptions.usual());
    }

    public static DemandProfile demand(ChannelDemand... channels) {
        return new DemandProfile(List.of(channels), StaffingAssumptions.usual());
    }

    public static CostBaseline baseline() {
        return CostBaseline.of(new BigDecimal("38000"), 25, new BigDecimal("4000"), 35, new BigDecimal("1200"),
                new BigDecimal("4800"), new BigDecimal("1500"), new BigDecimal("1800"), 12, new BigDecimal("65000"),
                new BigDecimal("120000"), "USD");
    }

    public static QualitativeFactors factors(Rating complexity) {
        return new QualitativeFactors(List.of(new FactorRating(Factor.COMPLEXITY, complexity, "Mostly order status"),
                new FactorRating(Factor.FACE_TO_FACE, Rating.LOW, null)));
    }

    public static RateCardVersion rateCard() {
        return new RateCardVersion(1, StandardRateCard.seed(), "system", Instant.parse("2026-11-27T00:00:00Z"), null);
    }

    public static Conversion usd() {
        return Conversion.none();
    }
}
