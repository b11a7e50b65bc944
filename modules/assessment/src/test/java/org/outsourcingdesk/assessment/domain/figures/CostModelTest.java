package org.outsourcingdesk.assessment.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.BreakEvenSide;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.ChannelStaffing;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.OpeningHours;
import org.outsourcingdesk.assessment.api.model.OptionCost;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.assessment.api.model.ServiceTarget;
import org.outsourcingdesk.assessment.api.model.StaffingAssumptions;
import org.outsourcingdesk.assessment.api.model.StaffingMethod;
import org.outsourcingdesk.assessment.domain.ratecard.StandardRateCard;
import org.outsourcingdesk.assessment.domain.staffing.ErlangC;

/**
 * The staffing, in-house cost and option figures, against examples worked by hand (the arithmetic
 * is in each test's comments).
 */
class CostModelTest {

    private static final StaffingAssumptions NO_CAP = new StaffingAssumptions(100.0, 30.0, 2080.0);

    /** 36,500 a month around the clock: 438,000 a year, 1,200 a day, 50 an hour (flat). */
    private static ChannelDemand aroundTheClock(Channel channel, double ahtSeconds, double busiestPercent,
                                                ServiceTarget target) {
        return ChannelDemand.of(channel, 36_500, ahtSeconds, busiestPercent, null, OpeningHours.aroundTheClock(), target,
                List.of("English"), 0, 0, 0, 1);
    }

    @Test
    void outboundCallsAreStaffedByWorkloadOverTheOpeningHours() {
        // 50 calls an hour x 360 s = 5 Erlangs -> 5 agents at 100 % occupancy, 24 h x 365 days = 43,800 agent hours;
        // / (1 - 30 %) = 62,571.43 paid hours; / 2,080 = 30.08 FTE
        var staffing = StaffingModel.staff(aroundTheClock(Channel.OUTBOUND_VOICE, 360, 100.0 / 24,
                new ServiceTarget(0.0, null, null)), NO_CAP);
        assertThat(staffing.annualVolume()).isEqualTo(438_000);
        assertThat(staffing.peakContactsPerHour()).isCloseTo(50, within(1e-9));
        assertThat(staffing.trafficErlangs()).isCloseTo(5, within(1e-9));
        assertThat(staffing.peakAgents()).isEqualTo(5);
        assertThat(staffing.agentHoursPerYear()).isCloseTo(43_800, within(1e-6));
        assertThat(staffing.scheduledHoursPerYear()).isCloseTo(62_571.43, within(0.01));
        assertThat(staffing.fte()).isCloseTo(30.08, within(0.005));
        assertThat(staffing.scheduledAgents()).isEqualTo(8);
        assertThat(staffing.serviceLevelPercent()).isNull();
    }

    @Test
    void emailIsStaffedToClearTheBusiestWindowWithinTheResponseTime() {
        // a 24 h window: 1,200 a day / 24 h = 50 an hour -> 5 agents
        var day = StaffingModel.staff(aroundTheClock(Channel.EMAIL, 360, 10, ServiceTarget.hours(90, 24)), NO_CAP);
        assertThat(day.peakAgents()).isEqualTo(5);
        // a 4 h window: the busiest 4 h bring at most 4 x 10 % = 40 % = 480 mails; all of them within 4 h is
        // 120 an hour x 360 s = 12 agents
        var fourHours = StaffingModel.staff(aroundTheClock(Channel.EMAIL, 360, 10, ServiceTarget.hours(99.99, 4)), NO_CAP);
        assertThat(fourHours.peakAgents()).isEqualTo(12);
        assertThat(fourHours.agentHoursPerYear()).isCloseTo(12 * 24 * 365, within(1e-6));
    }

    @Test
    void queuesGetErlangCAgentsHourByHourAndASensitivityTable() {
        // flat: 50 calls an hour x 180 s = 2.5 Erlangs every hour
        var demand = aroundTheClock(Channel.INBOUND_VOICE, 180, 100.0 / 24, ServiceTarget.seconds(80, 20));
        var staffing = StaffingModel.staff(demand, NO_CAP);
        int agents = ErlangC.agentsFor(2.5, 180, 0.80, 20, 1.0);
        assertThat(staffing.method()).isEqualTo(StaffingMethod.ERLANG_C);
        assertThat(staffing.peakAgents()).isEqualTo(agents);
        assertThat(staffing.agentHoursPerYear()).isCloseTo(agents * 24.0 * 365, within(1e-6));
        assertThat(staffing.serviceLevelPercent()).isCloseTo(ErlangC.serviceLevel(2.5, agents, 180, 20) * 100, within(1e-9));
        assertThat(staffing.sensitivity()).extracting(ChannelStaffing.TargetSensitivity::targetPercent)
                .containsExactly(70.0, 80.0, 85.0, 90.0, 95.0);
        assertThat(staffing.sensitivity()).extracting(ChannelStaffing.TargetSensitivity::peakAgents)
                .isSortedAccordingTo(Integer::compare)
                .contains(ErlangC.agentsFor(2.5, 180, 0.95, 20, 1.0));
    }

    @Test
    void aBusiestHourAndAnEvenRestMakeTheDay() {
        // 10 h weekdays: 12,000 a month x 12 / (5 x 365/7 days) = 552.33 a day; 20 % in the busiest hour
        var demand = ChannelDemand.of(Channel.INBOUND_VOICE, 12_000, 300, 20, null, OpeningHours.weekdays(10),
                ServiceTarget.seconds(80, 20), List.of(), 0, 0, 0, 1);
        var staffing = StaffingModel.staff(demand, NO_CAP);
        double daily = 144_000 / (5 * 365 / 7.0);
        assertThat(staffing.peakContactsPerHour()).isCloseTo(daily * 0.20, within(1e-9));
        int peak = ErlangC.agentsFor(daily * 0.20 * 300 / 3600, 300, 0.8, 20, 1.0);
        int rest = ErlangC.agentsFor(daily * 0.80 / 9 * 300 / 3600, 300, 0.8, 20, 1.0);
        assertThat(staffing.peakAgents()).isEqualTo(peak);
        assertThat(staffing.agentHoursPerYear()).isCloseTo((peak + 9.0 * rest) * 5 * 365 / 7.0, within(1e-6));
    }

    @Test
    void theInHouseCostIsFullyLoaded() {
        // 10 FTE on 5 seats, 100,000 contacts:
        // wages 10 x 40,000 x 1.25 = 500,000; training 10 x 30 % x 4,000 = 12,000;
        // seats 5 x (1,000 + 5,000 + 500 + 1,500) = 40,000; supervision 10 / 10 x 60,000 = 60,000;
        // management 100,000 -> 712,000, 7.12 a contact
        var staffing = new ChannelStaffing(Channel.INBOUND_VOICE, StaffingMethod.ERLANG_C, 100_000, 0, 0, 5, null, null, 0, 8, 14_560,
                20_800, 10, 5, List.of());
        var baseline = CostBaseline.of(new BigDecimal("40000"), 25, new BigDecimal("4000"), 30, new BigDecimal("1000"),
                new BigDecimal("5000"), new BigDecimal("500"), new BigDecimal("1500"), 10, new BigDecimal("60000"),
                new BigDecimal("100000"), "USD");
        var cost = InHouseCostModel.cost("USD", baseline, List.of(staffing));
        var channel = cost.channels().get(0);
        assertThat(channel.wagesAndBurden()).isEqualByComparingTo("500000");
        assertThat(channel.training()).isEqualByComparingTo("12000");
        assertThat(channel.equipment()).isEqualByComparingTo("5000");
        assertThat(channel.facilities()).isEqualByComparingTo("25000");
        assertThat(channel.maintenanceAndIt()).isEqualByComparingTo("2500");
        assertThat(channel.telephonyAndSoftware()).isEqualByComparingTo("7500");
        assertThat(channel.supervision()).isEqualByComparingTo("60000");
        assertThat(channel.management()).isEqualByComparingTo("100000");
        assertThat(cost.total()).isEqualByComparingTo("712000");
        assertThat(cost.costPerContact()).isEqualByComparingTo("7.12");
    }

    @Test
    void eachPricingModelIsCostedFromItsBand() {
        var card = StandardRateCard.seed();
        var asia = card.region("ASIA_PHILIPPINES").orElseThrow();
        var india = card.region("INDIA").orElseThrow();
        var voice = ChannelDemand.of(Channel.INBOUND_VOICE, 10_000, 240, 20, null, OpeningHours.weekdays(10),
                ServiceTarget.seconds(80, 20), List.of(), 0, 0, 0, 1);
        // 120,000 contacts x 240 s = 480,000 minutes; 20,000 agent hours on the queue
        var staffing = new ChannelStaffing(Channel.INBOUND_VOICE, StaffingMethod.ERLANG_C, 120_000, 0, 0, 10, null, null, 0, 15, 20_000,
                28_571.43, 13.74, 10, List.of());
        assertThat(OptionCostModel.quantity(PricingModel.SHARED_PER_MINUTE, voice, NO_CAP, staffing)).isEqualTo(480_000);
        // 0.35-0.45 a minute -> 168,000-216,000
        assertThat(rate(PricingModel.SHARED_PER_MINUTE, asia, card)).containsExactly(0.35, 0.45);
        // dedicated 8-14 an hour x 20,000 h -> 160,000-280,000
        assertThat(OptionCostModel.quantity(PricingModel.DEDICATED_HOURLY, voice, NO_CAP, staffing)).isEqualTo(20_000);
        // monthly: whole agents, ceil(20,000 / 2,080) = 10 x 2,080 = 20,800 h
        assertThat(OptionCostModel.quantity(PricingModel.MONTHLY, voice, NO_CAP, staffing)).isEqualTo(20_800);
        // outbound in India 6-10; commission +10 %..+20 % -> 6.60-12.00; hourly plus commission, half at risk -> 6.30-11.00
        assertThat(rate(PricingModel.OUTBOUND_HOURLY, india, card)).containsExactly(6.0, 10.0);
        assertThat(rate(PricingModel.COMMISSION, india, card)).containsExactly(6.6, 12.0);
        assertThat(rate(PricingModel.HOURLY_PLUS_COMMISSION, india, card)).containsExactly(6.3, 11.0);

        var baseline = CostBaseline.of(new BigDecimal("40000"), 25, new BigDecimal("4000"), 30, new BigDecimal("1000"),
                new BigDecimal("5000"), new BigDecimal("500"), new BigDecimal("1500"), 10, new BigDecimal("60000"),
                new BigDecimal("100000"), "USD");
        var options = OptionCostModel.options(voice, NO_CAP, staffing, baseline, 100_000, card, Conversion.none());
        var shared = option(options, "ASIA_PHILIPPINES", PricingModel.SHARED_PER_MINUTE);
        assertThat(shared.low()).isEqualByComparingTo("168000");
        assertThat(shared.mid()).isEqualByComparingTo("192000");
        assertThat(shared.high()).isEqualByComparingTo("216000");
        var dedicated = option(options, "ASIA_PHILIPPINES", PricingModel.DEDICATED_HOURLY);
        assertThat(dedicated.low()).isEqualByComparingTo("160000");
        assertThat(dedicated.high()).isEqualByComparingTo("280000");
        var monthly = option(options, "ASIA_PHILIPPINES", PricingModel.MONTHLY);
        assertThat(monthly.low()).isEqualByComparingTo("166400");
        assertThat(monthly.high()).isEqualByComparingTo("291200");
        // in-house: 13.74 FTE x 50,000 + 13.74 x 1,200 + 10 seats x 8,000 + 1.374 x 60,000 + 100,000 = 965,928
        assertThat(dedicated.inHouse()).isEqualByComparingTo("965928");
        assertThat(dedicated.savingMid()).isEqualByComparingTo("745928");
        assertThat(options).noneMatch(o -> o.pricingModel() == PricingModel.COMMISSION);
        assertThat(options.get(0).domestic()).as("domestic options come first").isTrue();
        assertThat(options).noneMatch(o -> o.regionCode().equals("US_CA") && o.pricingModel() == PricingModel.MONTHLY);

        // in euros at 0.92 a dollar: 160,000 x 0.92 = 147,200
        var euros = OptionCostModel.options(voice, NO_CAP, staffing, baseline, 100_000, card,
                new Conversion("EUR", new BigDecimal("0.92"), LocalDate.of(2026, 11, 1)));
        assertThat(option(euros, "ASIA_PHILIPPINES", PricingModel.DEDICATED_HOURLY).low()).isEqualByComparingTo("147200");
    }

    @Test
    void theBreakEvenVolumeIsWhereTheCostsMeet() {
        // Western European agents cost about what in-house agents do; in-house also carries a fixed
        // management cost, so outsourcing wins below some volume and loses above it
        var card = StandardRateCard.seed();
        var voice = ChannelDemand.of(Channel.INBOUND_VOICE, 12_000, 300, 14, null, OpeningHours.weekdays(10),
                ServiceTarget.seconds(80, 20), List.of(), 0, 0, 5, 1);
        var assumptions = StaffingAssumptions.usual();
        var staffing = StaffingModel.staff(voice, assumptions);
        var baseline = CostBaseline.of(new BigDecimal("38000"), 25, new BigDecimal("4000"), 35, new BigDecimal("1200"),
                new BigDecimal("4800"), new BigDecimal("1500"), new BigDecimal("1800"), 12, new BigDecimal("65000"),
                new BigDecimal("120000"), "USD");
        var options = OptionCostModel.options(voice, assumptions, staffing, baseline, 120_000, card, Conversion.none());
        var europe = option(options, "WESTERN_EUROPE", PricingModel.DEDICATED_HOURLY);
        assertThat(europe.breakEven().outsourcingCheaper()).isEqualTo(BreakEvenSide.BELOW);
        long volume = europe.breakEven().annualVolume();
        assertThat(volume).isBetween(1_000L, (long) (20 * staffing.annualVolume()));
        // the two costs run almost parallel (both follow the agent hours), so whole agents make the gap
        // jitter near the crossing: at it the costs agree within 1 %, well below it outsourcing is
        // cheaper, well above it dearer
        double inHouseThere = InHouseCostModel.channelCost(baseline, StaffingModel.staffAt(voice, assumptions, volume),
                120_000).total().doubleValue();
        assertThat(Math.abs(gap(voice, assumptions, baseline, volume)) / inHouseThere).isLessThan(0.01);
        assertThat(gap(voice, assumptions, baseline, volume * 0.75)).isPositive();
        assertThat(gap(voice, assumptions, baseline, volume * 1.33)).isNegative();

        // per-minute pricing in India saves at every volume searched: no break-even
        var india = option(options, "INDIA", PricingModel.SHARED_PER_MINUTE);
        assertThat(india.breakEven().annualVolume()).isNull();
        assertThat(india.breakEven().outsourcingCheaper()).isEqualTo(BreakEvenSide.ALWAYS);
    }

    /** In-house minus Western European dedicated (mid 45 an hour), at a volume. */
    private static double gap(ChannelDemand demand, StaffingAssumptions assumptions, CostBaseline baseline, double volume) {
        var at = StaffingModel.staffAt(demand, assumptions, volume);
        return InHouseCostModel.channelCost(baseline, at, 120_000).total().doubleValue() - at.agentHoursPerYear() * 45;
    }

    @Test
    void aChannelWithoutVolumeHasNoOptionsAndNoPhantomSaving() {
        var silent = ChannelDemand.of(Channel.EMAIL, 0, 300, 12, null, OpeningHours.weekdays(10),
                ServiceTarget.hours(90, 24), List.of(), 0, 0, 0, 1);
        var staffing = StaffingModel.staff(silent, NO_CAP);
        assertThat(staffing.fte()).isZero();
        var baseline = CostBaseline.of(new BigDecimal("40000"), 25, new BigDecimal("4000"), 30, new BigDecimal("1000"),
                new BigDecimal("5000"), new BigDecimal("500"), new BigDecimal("1500"), 10, new BigDecimal("60000"),
                new BigDecimal("100000"), "USD");
        assertThat(OptionCostModel.options(silent, NO_CAP, staffing, baseline, 100_000, StandardRateCard.seed(),
                Conversion.none())).isEmpty();
    }

    @Test
    void theEmailTargetShareScalesTheBusiestWindow() {
        // 4 h window, busiest hour 10 %: 90 % of the 480 mails of the busiest 4 h within 4 h is 108 an hour
        var ninety = StaffingModel.staff(aroundTheClock(Channel.EMAIL, 360, 10, ServiceTarget.hours(90, 4)), NO_CAP);
        var all = StaffingModel.staff(aroundTheClock(Channel.EMAIL, 360, 10, ServiceTarget.hours(99.9, 4)), NO_CAP);
        assertThat(ninety.peakContactsPerHour()).isCloseTo(108, within(1e-9));
        assertThat(ninety.peakAgents()).isEqualTo(11);
        assertThat(all.peakAgents()).isEqualTo(12);
    }

    private static double[] rate(PricingModel model, org.outsourcingdesk.assessment.api.model.RegionRate region,
                                 org.outsourcingdesk.assessment.api.model.RateCardContent card) {
        double[] rate = OptionCostModel.ratePerUnit(model, region, card);
        return new double[] {Math.round(rate[0] * 1e6) / 1e6, Math.round(rate[1] * 1e6) / 1e6};
    }

    private static OptionCost option(List<OptionCost> options, String region, PricingModel model) {
        return options.stream().filter(o -> o.regionCode().equals(region) && o.pricingModel() == model).findFirst()
                .orElseThrow();
    }
}
