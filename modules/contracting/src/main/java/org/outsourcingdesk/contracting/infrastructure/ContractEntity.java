package org.outsourcingdesk.contracting.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A contract as it stands, as JSON (what ContractFolds returned). */
@Entity
@Table(name = "contracting_contract")
public class ContractEntity {

    @Id
    @Column(name = "contract_id")
    private String contractId;
    @Column(name = "engagement_id", nullable = false)
    private String engagementId;
    @Column(name = "drafted_at", nullable = false)
    private OffsetDateTime draftedAt;
    @Column(name = "view", nullable = false)
    private String view;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected ContractEntity() {
    }

    ContractEntity(String contractId, String engagementId, Instant draftedAt) {
        this.contractId = contractId;
        this.engagementId = engagementId;
        this.draftedAt = draftedAt.atOffset(ZoneOffset.UTC);
    }

    /** The entity changes itself, so that EclipseLink's woven change tracking sees it. */
    void show(String view, String status, LocalDate startsOn, LocalDate endsOn) {
        this.view = view;
        this.status = status;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    String view() {
        return view;
    }
}
