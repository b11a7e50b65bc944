package org.outsourcingdesk.assessment.api.model;

import java.util.List;

/**
 * The demand of one channel today, as the analyst measured or estimated it.
 *
 * @param monthlyVolume        contacts a month today
 * @param ahtSeconds           average handle time: talk or writing time plus after-contact work
 * @param busiestHourPercent   the busiest hour's share of a day's contacts, in percent
 * @param hourlyProfile        optional: the share of a day's contacts in each of the 24 hours (percent,
 *                             summing to 100); when given it replaces {@code busiestHourPercent}
 * @param openingHours         when the channel is served
 * @param target               the service target
 * @param languages            languages the channel is served in
 * @param expertPercent        share of contacts that need expert or technical answers
 * @param faceToFacePercent    share of contacts that need someone in the room
 * @param growthPercentPerYear expected growth of the volume a year (negative for decline)
 * @param concurrency          chats an agent handles at once (chat only; 1 elsewhere)
 *                             <p>
 *                             Volume, handle time, opening hours, the target and (without an hourly profile)
 *                             the busiest hour are required; the shares, growth, languages and concurrency
 *                             default to none, none, none and one ({@link #normalized()}).
 */
public record ChannelDemand(Channel channel, Long monthlyVolume, Double ahtSeconds, Double busiestHourPercent,
                            List<Double> hourlyProfile, OpeningHours openingHours, ServiceTarget target,
                            List<String> languages, Double expertPercent, Double faceToFacePercent,
                            Double growthPercentPerYear, Integer concurrency) {

    /** A channel's demand with every figure given. */
    public static ChannelDemand of(Channel channel, long monthlyVolume, double ahtSeconds, double busiestHourPercent,
                                   List<Double> hourlyProfile, OpeningHours openingHours, ServiceTarget target,
                                   List<String> languages, double expertPercent, double faceToFacePercent,
                                   double growthPercentPerYear, int concurrency) {
        return new ChannelDemand(channel, monthlyVolume, ahtSeconds, busiestHourPercent, hourlyProfile, openingHours,
                target, languages, expertPercent, faceToFacePercent, growthPercentPerYear, concurrency);
    }

    /**
     * The same demand with the optional figures filled in as recorded: no expert or face-to-face
     * contacts, no growth, one contact at a time, no languages named. Required figures stay as given,
     * for the rules to refuse by name.
     */
    public ChannelDemand normalized() {
        return new ChannelDemand(channel, monthlyVolume, ahtSeconds, busiestHourPercent, hourlyProfile, openingHours,
                target, languages == null ? List.of() : languages, orZero(expertPercent), orZero(faceToFacePercent),
                orZero(growthPercentPerYear), concurrency == null || concurrency == 0 ? 1 : concurrency);
    }

    private static Double orZero(Double value) {
        return value == null ? 0.0 : value;
    }

    /** The monthly volume in the first year of a contract: today's grown by one year. */
    public double forecastMonthlyVolume() {
        return monthlyVolume * (1 + growthPercentPerYear / 100);
    }

    public ChannelDemand withMonthlyVolume(long volume) {
        return new ChannelDemand(channel, volume, ahtSeconds, busiestHourPercent, hourlyProfile, openingHours, target,
                languages, expertPercent, faceToFacePercent, growthPercentPerYear, concurrency);
    }
}
