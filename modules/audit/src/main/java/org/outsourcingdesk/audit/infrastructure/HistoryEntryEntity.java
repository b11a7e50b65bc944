package org.outsourcingdesk.audit.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.outsourcingdesk.audit.api.query.HistoryEntryView;

/** A row of the event log: every event, with its engagement when it has one. */
@Entity
@Table(name = "audit_engagement_event")
public class HistoryEntryEntity {

    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "engagement_id")
    private String engagementId;
    @Column(name = "module", nullable = false)
    private String module;
    @Column(name = "global_index", nullable = false)
    private long globalIndex;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(name = "revision")
    private String revision;
    @Column(name = "aggregate_type")
    private String aggregateType;
    @Column(name = "aggregate_id")
    private String aggregateId;
    @Column(name = "aggregate_sequence")
    private Long aggregateSequence;
    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;
    @Column(name = "actor")
    private String actor;
    @Column(name = "roles")
    private String roles;
    @Column(name = "summary", nullable = false)
    private String summary;
    @Column(name = "payload", nullable = false)
    private String payload;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "causation_id")
    private String causationId;
    @Column(name = "request_id")
    private String requestId;
    @Column(name = "decision", nullable = false)
    private boolean decision;

    protected HistoryEntryEntity() {
    }

    HistoryEntryEntity(String eventId, String engagementId, long globalIndex, String eventType, String revision,
                       String aggregateType, String aggregateId, Long aggregateSequence, Instant occurredAt,
                       String actor, List<String> roles, String summary, String payload, String correlationId,
                       String causationId, String requestId, boolean decision, String module) {
        this.eventId = eventId;
        this.engagementId = engagementId;
        this.globalIndex = globalIndex;
        this.eventType = eventType;
        this.revision = revision;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.aggregateSequence = aggregateSequence;
        this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
        this.actor = actor;
        this.roles = String.join(",", roles);
        this.summary = summary;
        this.payload = payload;
        this.correlationId = correlationId;
        this.causationId = causationId;
        this.requestId = requestId;
        this.decision = decision;
        this.module = module;
    }

    long globalIndex() {
        return globalIndex;
    }

    boolean decision() {
        return decision;
    }

    HistoryEntryView toView(long sequence) {
        List<String> roleList = roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(","));
        return new HistoryEntryView(sequence, globalIndex, eventId, eventType, revision, occurredAt.toInstant(), actor, roleList,
                summary, payload, correlationId, causationId, requestId, decision, engagementId, module);
    }
}
