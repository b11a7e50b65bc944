package org.outsourcingdesk.sourcing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sourcing round as it stands, as JSON (what RoundFolds returned). */
@Entity
@Table(name = "sourcing_round")
public class SourcingRoundEntity {

    @Id
    @Column(name = "round_id")
    private String roundId;
    @Column(name = "engagement_id", nullable = false)
    private String engagementId;
    @Column(name = "number", nullable = false)
    private int number;
    @Column(name = "view", nullable = false)
    private String view;

    protected SourcingRoundEntity() {
    }

    SourcingRoundEntity(String roundId, String engagementId, int number, String view) {
        this.roundId = roundId;
        this.engagementId = engagementId;
        this.number = number;
        this.view = view;
    }

    /** The entity changes itself, so that EclipseLink's woven change tracking sees it. */
    void show(String view) {
        this.view = view;
    }

    String view() {
        return view;
    }
}
