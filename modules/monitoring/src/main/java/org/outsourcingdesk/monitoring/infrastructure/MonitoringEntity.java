package org.outsourcingdesk.monitoring.infrastructure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contract's monitoring as it stands, as JSON (what MonitoringFolds returned), and how many triggers are open. */
@Entity
@Table(name = "monitoring_contract")
public class MonitoringEntity {

    @Id
    @Column(name = "monitoring_id")
    private String monitoringId;
    @Column(name = "engagement_id", nullable = false)
    private String engagementId;
    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;
    @Column(name = "open_triggers", nullable = false)
    private int openTriggers;
    @Column(name = "view", nullable = false)
    private String view;

    protected MonitoringEntity() {
    }

    MonitoringEntity(String monitoringId, String engagementId, Instant startedAt) {
        this.monitoringId = monitoringId;
        this.engagementId = engagementId;
        this.startedAt = startedAt.atOffset(ZoneOffset.UTC);
    }

    /** The entity changes itself, so that EclipseLink's woven change tracking sees it. */
    void show(String view, int openTriggers) {
        this.view = view;
        this.openTriggers = openTriggers;
    }

    String view() {
        return view;
    }
}
