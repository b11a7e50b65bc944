package org.outsourcingdesk.integrity;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Verifies the event store against its chain, one position at a time in the global order, without
 * holding more than one event in memory: feed it each position with the link sealed there and the
 * event stored there (either may be missing), then {@link #finish()}. The first broken link stops
 * the verification and is named; later positions are not judged, since everything after a break
 * differs anyway.
 * <p>
 * It recomputes every hash from the events, never trusting the stored link hashes beyond comparing
 * them, and holds the recomputed heads against the signed checkpoints, so that rewriting events and
 * links together is caught at the next checkpoint.
 */
public final class ChainVerifier {

    private final List<Checkpoint> checkpoints;
    private final java.util.Map<String, PublicKey> trustedKeys;
    private EventMac mac;
    private boolean seenCode;
    /** The newest sealed event seen, until the first unsealed one asks whether codes were stamped by then. */
    private StoredEvent lastSealed;
    private final LongConsumer progress;
    private byte[] previous = ChainHash.GENESIS;
    private long expectedIndex = -1;
    private int nextCheckpoint;
    private long events;
    private long gaps;
    private long unsealed;
    private Long intactCheckpoint;
    private Long intactIndex;
    private Verification.Break broken;
    private boolean chainEnded;
    private long firstUnsealed = -1;

    /**
     * @param checkpoints the signed checkpoints, any order
     * @param publicKey   the key their signatures must hold against (null: none trusted)
     * @param progress    told the number of positions checked, every 10,000
     */
    public ChainVerifier(List<Checkpoint> checkpoints, PublicKey publicKey, LongConsumer progress) {
        this(checkpoints, publicKey == null ? List.of() : List.of(publicKey), progress);
    }

    /**
     * With several trusted keys: the current one and those it replaced. Each checkpoint must hold
     * against the trusted key its key id names.
     */
    public ChainVerifier(List<Checkpoint> checkpoints, java.util.Collection<PublicKey> trusted, LongConsumer progress) {
        this.checkpoints = new ArrayList<>(checkpoints);
        this.checkpoints.sort(Comparator.comparingLong(Checkpoint::upToIndex));
        this.trustedKeys = new java.util.HashMap<>();
        trusted.forEach(key -> trustedKeys.put(SigningKeys.keyId(key), key));
        this.progress = progress;
    }

    /**
     * Also checks the authentication code of every event the chain does not cover yet (online only:
     * the key is secret; sealed events are covered by the chain, code included). Events stored before
     * the product stamped codes carry none; they are accepted only before the first event that does.
     */
    public ChainVerifier checkingCodes(EventMac eventMac) {
        this.mac = eventMac;
        return this;
    }

    public boolean broken() {
        return broken != null;
    }

    /**
     * One position of the global order, in ascending order: the link sealed there (null when the
     * chain has none: beyond its head, or a position inserted into it) and the event stored there
     * (null when there is none).
     */
    public void accept(long globalIndex, ChainLink link, StoredEvent event) {
        if (broken != null) {
            return;
        }
        if (event != null && link != null) {
            lastSealed = event; // the chain vouches for it, code included
        }
        if (link == null) {
            if (event == null) {
                return;
            }
            if (mac != null && !authentic(event)) {
                // not sealed yet, so only its code speaks for it
                fail(globalIndex, Verification.Kind.INSERTED, event + " does not carry a valid authentication code: "
                        + "the product did not write it");
                return;
            }
            if (expectedIndex < 0 || chainEnded || globalIndex >= expectedIndex) {
                // newer than the chain's head: not sealed yet
                if (!chainEnded) {
                    firstUnsealed = globalIndex;
                }
                chainEnded = true;
                unsealed++;
                return;
            }
            fail(globalIndex, Verification.Kind.INSERTED, event + " is not in the sealed chain");
            return;
        }
        if (chainEnded) {
            fail(firstUnsealed, Verification.Kind.DELETED, "the link sealing position " + firstUnsealed
                    + " is gone, yet later positions are sealed: links were deleted");
            return;
        }
        if (expectedIndex >= 0 && globalIndex != expectedIndex) {
            fail(expectedIndex, Verification.Kind.DELETED, "position " + expectedIndex + " is missing from the chain");
            return;
        }
        byte[] hash;
        if (link.gap()) {
            if (event != null) {
                fail(globalIndex, Verification.Kind.INSERTED, event + " sits where the chain sealed an empty position");
                return;
            }
            hash = ChainHash.gap(previous, globalIndex);
        } else {
            if (event == null) {
                fail(globalIndex, Verification.Kind.DELETED, "event " + link.eventIdentifier() + " sealed here is gone");
                return;
            }
            if (!link.eventIdentifier().equals(event.eventIdentifier())) {
                fail(globalIndex, Verification.Kind.REPLACED, "event " + event.eventIdentifier() + " sits where event "
                        + link.eventIdentifier() + " was sealed (moved, swapped or replaced)");
                return;
            }
            hash = ChainHash.link(previous, event);
        }
        if (!java.util.Arrays.equals(hash, link.digest())) {
            fail(globalIndex, Verification.Kind.CHANGED, (event == null ? "the empty position" : event.toString())
                    + " differs from what was sealed");
            return;
        }
        if (link.gap()) {
            gaps++;
        } else {
            events++;
        }
        previous = hash;
        expectedIndex = globalIndex + 1;
        checkCheckpoints(globalIndex, hash, events + gaps);
        if ((events + gaps) % 10_000 == 0) {
            progress.accept(events + gaps);
        }
    }

    private boolean authentic(StoredEvent event) {
        if (!seenCode && lastSealed != null) {
            // the sealer seals no event without a code after one with a code: the newest sealed event
            // tells whether codes were stamped by then (asked once, not for each of a million events)
            seenCode = EventMac.stamped(lastSealed) != null;
            lastSealed = null;
        }
        var stamp = mac.check(event);
        if (stamp == EventMac.Stamp.ABSENT) {
            return !seenCode; // from before codes were stamped
        }
        seenCode = true;
        return stamp == EventMac.Stamp.VALID;
    }

    private void checkCheckpoints(long globalIndex, byte[] head, long links) {
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).upToIndex() <= globalIndex) {
            var checkpoint = checkpoints.get(nextCheckpoint++);
            if (checkpoint.upToIndex() < globalIndex) {
                fail(checkpoint.upToIndex(), Verification.Kind.CHECKPOINT, "checkpoint " + checkpoint.number()
                        + " seals position " + checkpoint.upToIndex() + ", which the chain does not have");
                return;
            }
            PublicKey key = trustedKeys.get(checkpoint.keyId());
            if (key == null) {
                fail(globalIndex, Verification.Kind.CHECKPOINT, "checkpoint " + checkpoint.number() + " is signed with key "
                        + checkpoint.keyId() + ", which is not among the trusted keys " + trustedKeys.keySet());
                return;
            }
            if (!SigningKeys.verify(checkpoint, key)) {
                fail(globalIndex, Verification.Kind.CHECKPOINT, "checkpoint " + checkpoint.number()
                        + " does not carry a valid signature by key " + checkpoint.keyId());
                return;
            }
            if (!ChainHash.hex(head).equals(checkpoint.headHash()) || links != checkpoint.links()) {
                fail(globalIndex, Verification.Kind.CHECKPOINT, "the events up to here no longer match signed checkpoint "
                        + checkpoint.number() + ": events and links before it were rewritten together");
                return;
            }
            intactCheckpoint = checkpoint.number();
            intactIndex = checkpoint.upToIndex();
        }
    }

    private void fail(long globalIndex, Verification.Kind kind, String detail) {
        broken = new Verification.Break(globalIndex, kind, detail);
    }

    public Verification finish() {
        if (broken == null && nextCheckpoint < checkpoints.size()) {
            var checkpoint = checkpoints.get(nextCheckpoint);
            fail(checkpoint.upToIndex(), Verification.Kind.DELETED, "checkpoint " + checkpoint.number()
                    + " seals position " + checkpoint.upToIndex() + ", beyond the end of the chain: links were deleted");
        }
        progress.accept(events + gaps);
        return new Verification(events, gaps, unsealed, intactCheckpoint, intactIndex, broken);
    }
}
