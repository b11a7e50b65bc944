package org.outsourcingdesk.integrity;

/**
 * One link of the chain: the position in the global order, the event sealed there (null when the
 * position was sealed as empty: a number the sequence gave to a transaction that rolled back), and
 * the link's hash in hex.
 */
public record ChainLink(long globalIndex, String eventIdentifier, String hash) {

    public boolean gap() {
        return eventIdentifier == null;
    }
}
