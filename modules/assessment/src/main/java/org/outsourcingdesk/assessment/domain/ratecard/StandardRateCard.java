package org.outsourcingdesk.assessment.domain.ratecard;

import java.util.List;
import org.outsourcingdesk.assessment.api.model.Band;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.assessment.api.model.RegionRate;

/**
 * The first version of the rate card: the price tables of the guide the product's domain comes from
 * (USD, guidance as of its writing). Where the guide leaves a figure open, the note of the region
 * says what was assumed, so an administrator knows what to revise.
 */
public final class StandardRateCard {

    private static final Band INTERNATIONAL_PER_MINUTE = Band.of("0.35", "0.45");
    private static final Band DOMESTIC_PER_MINUTE = Band.of("0.75", "0.90");
    private static final Band OUTBOUND_LOW_COST = Band.of("6", "10");
    private static final Band OUTBOUND_NEARSHORE = Band.of("9", "14");
    private static final Band OUTBOUND_MATURE = Band.of("22", "32");

    private StandardRateCard() {
    }

    public static RateCardContent seed() {
        return new RateCardContent(List.of(
                new RegionRate("US_CA", "United States / Canada", true, Band.of("22", "35"), DOMESTIC_PER_MINUTE,
                        OUTBOUND_MATURE, false, "Shared inbound $0.75-0.90/min; dedicated \"normal\" agents $22-28/h; monthly pricing rare."),
                new RegionRate("WESTERN_EUROPE", "Western Europe", false, Band.of("40", "50"), INTERNATIONAL_PER_MINUTE,
                        OUTBOUND_MATURE, false, "The guide says $40+ an hour; the upper bound of $50 is an assumption."),
                new RegionRate("EASTERN_EUROPE", "Eastern Europe", false, Band.of("12", "25"), INTERNATIONAL_PER_MINUTE,
                        OUTBOUND_NEARSHORE, true, null),
                new RegionRate("AUSTRALIA", "Australia", false, Band.of("35", "55"), INTERNATIONAL_PER_MINUTE,
                        OUTBOUND_MATURE, false, null),
                new RegionRate("AFRICA_MIDDLE_EAST", "Africa / Middle East", false, Band.of("15", "20"),
                        INTERNATIONAL_PER_MINUTE, Band.of("15", "20"), true,
                        "The guide gives no outbound band here; the location band is used."),
                new RegionRate("LATIN_AMERICA", "Latin America", false, Band.of("8", "18"), INTERNATIONAL_PER_MINUTE,
                        OUTBOUND_NEARSHORE, true, null),
                new RegionRate("ASIA_PHILIPPINES", "Asia / Philippines", false, Band.of("8", "14"),
                        INTERNATIONAL_PER_MINUTE, OUTBOUND_LOW_COST, true, null),
                new RegionRate("INDIA", "India", false, Band.of("5", "9"), INTERNATIONAL_PER_MINUTE, OUTBOUND_LOW_COST,
                        true, null),
                new RegionRate("PAKISTAN", "Pakistan", false, Band.of("6", "10"), INTERNATIONAL_PER_MINUTE,
                        OUTBOUND_LOW_COST, true, "Outbound: the India/Philippines band of smaller agencies is assumed."),
                new RegionRate("SPECIALIST", "Specialised high-end agency", false, Band.of("35", "50"), null,
                        Band.of("35", "50"), false, "Highly specialised agencies, wherever they are; no shared pool.")),
                Band.of("10", "20"), 50.0);
    }
}
