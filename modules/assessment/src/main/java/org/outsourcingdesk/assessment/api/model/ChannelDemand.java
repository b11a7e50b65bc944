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
 */
public record ChannelDemand(Channel channel, long monthlyVolume, double ahtSeconds, double busiestHourPercent,
                            List<Double> hourlyProfile, OpeningHours openingHours, ServiceTarget target,
                            List<String> languages, double expertPercent, double faceToFacePercent,
                            double growthPercentPerYear, int concurrency) {

    /** The monthly volume in the first year of a contract: today's grown by one year. */
    public double forecastMonthlyVolume() {
        return monthlyVolume * (1 + growthPercentPerYear / 100);
    }

    public ChannelDemand withMonthlyVolume(long volume) {
        return new ChannelDemand(channel, volume, ahtSeconds, busiestHourPercent, hourlyProfile, openingHours, target,
                languages, expertPercent, faceToFacePercent, growthPercentPerYear, concurrency);
    }
}
