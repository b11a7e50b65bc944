package org.outsourcingdesk.assessment.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.kernel.Stage;

/** A row of the engagement list read model. */
@Entity
@Table(name = "assessment_engagement")
public class EngagementEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "reference", nullable = false, unique = true)
    private String reference;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "business_unit", nullable = false)
    private String businessUnit;
    @Column(name = "currency", nullable = false)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    private Stage stage;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;
    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    protected EngagementEntity() {
    }

    EngagementEntity(String id, String reference, String name, String businessUnit, String currency, Stage stage,
                     String status, Instant openedAt, String openedBy) {
        this.id = id;
        this.reference = reference;
        this.name = name;
        this.businessUnit = businessUnit;
        this.currency = currency;
        this.stage = stage;
        this.status = status;
        this.openedAt = openedAt.atOffset(ZoneOffset.UTC);
        this.openedBy = openedBy;
    }

    static EngagementEntity of(EngagementView view) {
        return new EngagementEntity(view.id(), view.reference(), view.name(), view.businessUnit(), view.currency(),
                view.stage(), view.status(), view.openedAt(), view.openedBy());
    }

    /** Changes go through the entity itself, where EclipseLink's woven change tracking sees them. */
    void update(EngagementView view) {
        this.stage = view.stage();
        this.status = view.status();
    }

    EngagementView toView() {
        return new EngagementView(id, reference, name, businessUnit, currency, stage, status, openedAt.toInstant(), openedBy);
    }
}
