package org.outsourcingdesk.exit.infrastructure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contract's exit case as it stands, as JSON (what ExitFolds returned), and its status for the dashboard. */
@Entity
@Table(name = "exit_case")
public class ExitEntity {

    @Id
    @Column(name = "exit_id")
    private String exitId;
    @Column(name = "engagement_id", nullable = false)
    private String engagementId;
    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "view", nullable = false)
    private String view;

    protected ExitEntity() {
    }

    ExitEntity(String exitId, String engagementId, Instant startedAt) {
        this.exitId = exitId;
        this.engagementId = engagementId;
        this.startedAt = startedAt.atOffset(ZoneOffset.UTC);
    }

    /** The entity changes itself, so that EclipseLink's woven change tracking sees it. */
    void show(String view, String status) {
        this.view = view;
        this.status = status;
    }

    String view() {
        return view;
    }
}
