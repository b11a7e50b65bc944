package org.outsourcingdesk.integrity;

/**
 * What a verification found: how many sealed events and empty positions it checked, how many
 * events are newer than the chain (not yet sealed), the last checkpoint the chain matched and whose
 * signature held, and the first break, if any.
 */
public record Verification(long eventsVerified, long gapsVerified, long unsealedEvents, Long intactUpToCheckpoint,
                           Long intactUpToIndex, Break firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }

    /** One sentence for people. */
    public String summary() {
        String checkpoint = intactUpToCheckpoint == null ? "no signed checkpoint yet"
                : "intact up to checkpoint " + intactUpToCheckpoint;
        if (intact()) {
            return eventsVerified + " events verified, chain " + checkpoint
                    + (unsealedEvents > 0 ? "; " + unsealedEvents + " newer events not yet sealed" : "") + ".";
        }
        return "Chain broken at index " + firstBreak.globalIndex() + ": " + firstBreak.detail() + " (" + eventsVerified
                + " events verified before it; " + checkpoint + ").";
    }

    /** What kind of tampering a break looks like. */
    public enum Kind {
        /** The event at a position differs from what was sealed there. */
        CHANGED,
        /** A sealed event is gone. */
        DELETED,
        /** An event sits where none was sealed. */
        INSERTED,
        /** A different event sits at a sealed position: moved, swapped or replaced. */
        REPLACED,
        /** The links themselves disagree with a signed checkpoint, or a checkpoint's signature is false. */
        CHECKPOINT
    }

    /** The first broken link: where, what kind, and in words. */
    public record Break(long globalIndex, Kind kind, String detail) {
    }
}
