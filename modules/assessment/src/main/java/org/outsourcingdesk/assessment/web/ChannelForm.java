package org.outsourcingdesk.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.OpeningHours;
import org.outsourcingdesk.assessment.api.model.ServiceTarget;

/** One channel on the demand form: whether it is served and its figures as typed. */
public class ChannelForm {

    private final Channel channel;
    private boolean served;
    private Long monthlyVolume;
    private Double ahtSeconds;
    private Double busiestHourPercent;
    private String hourlyProfile;
    private boolean allDay;
    /**
     * Monday to Sunday. Bound by index from the page, where EL knows no element type and stores the
     * text typed; {@link #hour} reads either.
     */
    private final List<Object> hours = new ArrayList<>(Arrays.asList(9.0, 9.0, 9.0, 9.0, 9.0, 0.0, 0.0));
    private Double targetPercent;
    private Double withinSeconds;
    private Double withinHours;
    private String languages;
    private Double expertPercent = 0.0;
    private Double faceToFacePercent = 0.0;
    private Double growthPercent = 0.0;
    private Integer concurrency = 1;

    ChannelForm(Channel channel) {
        this.channel = channel;
        switch (channel) {
            case INBOUND_VOICE -> {
                targetPercent = 80.0;
                withinSeconds = 20.0;
            }
            case CHAT -> {
                targetPercent = 80.0;
                withinSeconds = 60.0;
            }
            case EMAIL, SOCIAL_MEDIA -> {
                targetPercent = 90.0;
                withinHours = ServiceTarget.DEFAULT_RESPONSE_HOURS;
            }
            case OUTBOUND_VOICE -> targetPercent = null;
        }
    }

    static ChannelForm of(ChannelDemand d) {
        var form = new ChannelForm(d.channel());
        form.served = true;
        form.monthlyVolume = d.monthlyVolume();
        form.ahtSeconds = d.ahtSeconds();
        form.busiestHourPercent = d.busiestHourPercent();
        form.hourlyProfile = d.hourlyProfile() == null || d.hourlyProfile().isEmpty() ? null
                : String.join(", ", d.hourlyProfile().stream().map(ChannelForm::plain).toList());
        form.allDay = d.openingHours().allDay();
        if (!d.openingHours().allDay()) {
            for (int i = 0; i < OpeningHours.DAYS; i++) {
                form.hours.set(i, d.openingHours().hoursPerWeekday().get(i));
            }
        }
        form.targetPercent = d.channel() == Channel.OUTBOUND_VOICE ? null : d.target().percent();
        form.withinSeconds = d.target().withinSeconds();
        form.withinHours = d.target().withinHours();
        form.languages = d.languages() == null ? null : String.join(", ", d.languages());
        form.expertPercent = d.expertPercent();
        form.faceToFacePercent = d.faceToFacePercent();
        form.growthPercent = d.growthPercentPerYear();
        form.concurrency = Math.max(1, d.concurrency());
        return form;
    }

    /**
     * The channel's demand as typed; empty figures stay empty, for the rules to refuse by name, rather
     * than silently becoming zero where zero means something. Empty shares and growth are none.
     */
    ChannelDemand toDemand() {
        List<Double> profile = hourlyProfile == null || hourlyProfile.isBlank() ? null : parseProfile(hourlyProfile);
        var target = channel == Channel.OUTBOUND_VOICE ? new ServiceTarget(null, null, null)
                : new ServiceTarget(targetPercent, channel.queued() ? withinSeconds : null,
                channel.answeredWithinHours() ? withinHours : null);
        List<String> languageList = languages == null || languages.isBlank() ? List.of()
                : Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ChannelDemand(channel, monthlyVolume, ahtSeconds, busiestHourPercent, profile,
                new OpeningHours(allDay, hours.stream().map(ChannelForm::hour).toList()), target,
                languageList, expertPercent, faceToFacePercent, growthPercent, concurrency).normalized();
    }

    /** Shares typed as "4, 4, 5, ..." become numbers; anything else is refused by the hourly-profile rule. */
    private static List<Double> parseProfile(String text) {
        var values = new ArrayList<Double>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                values.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                values.add(Double.NaN);
            }
        }
        return values;
    }

    /** An opening-hours entry as a number: blank or not a number becomes NaN, which the hours rule refuses by name. */
    static Double hour(Object entry) {
        if (entry instanceof Number number) {
            return number.doubleValue();
        }
        if (entry instanceof String text && !text.isBlank()) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static String plain(Double value) {
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    public Channel getChannel() {
        return channel;
    }

    public String getKey() {
        return channel.name();
    }

    public String getLabel() {
        return channel.label();
    }

    public boolean isQueued() {
        return channel.queued();
    }

    public boolean isAnsweredWithinHours() {
        return channel.answeredWithinHours();
    }

    public boolean isOutbound() {
        return channel == Channel.OUTBOUND_VOICE;
    }

    public boolean isChat() {
        return channel == Channel.CHAT;
    }

    public boolean isServed() {
        return served;
    }

    public void setServed(boolean served) {
        this.served = served;
    }

    public Long getMonthlyVolume() {
        return monthlyVolume;
    }

    public void setMonthlyVolume(Long monthlyVolume) {
        this.monthlyVolume = monthlyVolume;
    }

    public Double getAhtSeconds() {
        return ahtSeconds;
    }

    public void setAhtSeconds(Double ahtSeconds) {
        this.ahtSeconds = ahtSeconds;
    }

    public Double getBusiestHourPercent() {
        return busiestHourPercent;
    }

    public void setBusiestHourPercent(Double busiestHourPercent) {
        this.busiestHourPercent = busiestHourPercent;
    }

    public String getHourlyProfile() {
        return hourlyProfile;
    }

    public void setHourlyProfile(String hourlyProfile) {
        this.hourlyProfile = hourlyProfile;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public void setAllDay(boolean allDay) {
        this.allDay = allDay;
    }

    public List<Object> getHours() {
        return hours;
    }

    public Double getTargetPercent() {
        return targetPercent;
    }

    public void setTargetPercent(Double targetPercent) {
        this.targetPercent = targetPercent;
    }

    public Double getWithinSeconds() {
        return withinSeconds;
    }

    public void setWithinSeconds(Double withinSeconds) {
        this.withinSeconds = withinSeconds;
    }

    public Double getWithinHours() {
        return withinHours;
    }

    public void setWithinHours(Double withinHours) {
        this.withinHours = withinHours;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public Double getExpertPercent() {
        return expertPercent;
    }

    public void setExpertPercent(Double expertPercent) {
        this.expertPercent = expertPercent;
    }

    public Double getFaceToFacePercent() {
        return faceToFacePercent;
    }

    public void setFaceToFacePercent(Double faceToFacePercent) {
        this.faceToFacePercent = faceToFacePercent;
    }

    public Double getGrowthPercent() {
        return growthPercent;
    }

    public void setGrowthPercent(Double growthPercent) {
        this.growthPercent = growthPercent;
    }

    public Integer getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(Integer concurrency) {
        this.concurrency = concurrency;
    }
}
