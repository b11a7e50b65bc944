package org.outsourcingdesk.assessment.api.model;

import java.util.Set;

/** How a provider charges, and the channels each way of charging fits. */
public enum PricingModel {
    SHARED_PER_MINUTE("Shared, per minute", Set.of(Channel.INBOUND_VOICE)),
    DEDICATED_HOURLY("Dedicated, per agent hour", Set.of(Channel.INBOUND_VOICE, Channel.CHAT, Channel.EMAIL, Channel.SOCIAL_MEDIA)),
    MONTHLY("Dedicated, monthly price", Set.of(Channel.INBOUND_VOICE, Channel.CHAT, Channel.EMAIL, Channel.SOCIAL_MEDIA)),
    OUTBOUND_HOURLY("Outbound, per agent hour", Set.of(Channel.OUTBOUND_VOICE)),
    COMMISSION("Commission", Set.of(Channel.OUTBOUND_VOICE)),
    HOURLY_PLUS_COMMISSION("Hourly plus commission", Set.of(Channel.OUTBOUND_VOICE));

    private final String label;
    private final Set<Channel> fits;

    PricingModel(String label, Set<Channel> fits) {
        this.label = label;
        this.fits = fits;
    }

    public String label() {
        return label;
    }

    public boolean fits(Channel channel) {
        return fits.contains(channel);
    }
}
