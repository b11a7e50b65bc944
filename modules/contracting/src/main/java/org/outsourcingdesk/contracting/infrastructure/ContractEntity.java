package org.outsourcingdesk.contracting.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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

    protected ContractEntity() {
    }

    ContractEntity(String contractId, String engagementId, Instant draftedAt, String view) {
        this.contractId = contractId;
        this.engagementId = engagementId;
        this.draftedAt = draftedAt.atOffset(ZoneOffset.UTC);
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
