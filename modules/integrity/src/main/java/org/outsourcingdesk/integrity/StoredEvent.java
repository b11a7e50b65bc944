package org.outsourcingdesk.integrity;

import java.util.Arrays;
import java.util.Objects;

/**
 * An event exactly as the event store holds it: every column of its row, the payload and metadata
 * as the stored bytes. The chain covers all of it, so that no column can change unnoticed.
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData) {

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredEvent e && globalIndex == e.globalIndex && sequenceNumber == e.sequenceNumber
                && Objects.equals(eventIdentifier, e.eventIdentifier) && Objects.equals(aggregateIdentifier, e.aggregateIdentifier)
                && Objects.equals(type, e.type) && Objects.equals(timeStamp, e.timeStamp)
                && Objects.equals(payloadType, e.payloadType) && Objects.equals(payloadRevision, e.payloadRevision)
                && Arrays.equals(payload, e.payload) && Arrays.equals(metaData, e.metaData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(globalIndex, eventIdentifier, sequenceNumber) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "event " + eventIdentifier + " at index " + globalIndex + " (" + payloadType + ")";
    }
}
