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
import org.outsourcingdesk.assessment.api.model.AssessmentStatus;

/** A row of the assessment worksheet read model: one engagement's assessment, its parts as JSON. */
@Entity
@Table(name = "assessment_worksheet")
public class WorksheetEntity {

    @Id
    @Column(name = "engagement_id")
    String engagementId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    AssessmentStatus status;
    @Column(name = "demand")
    String demand;
    @Column(name = "baseline")
    String baseline;
    @Column(name = "factors")
    String factors;
    @Column(name = "proposal")
    String proposal;
    @Column(name = "decision")
    String decision;
    @Column(name = "last_rejection")
    String lastRejection;
    @Column(name = "last_reopening")
    String lastReopening;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    String updatedBy;

    protected WorksheetEntity() {
    }

    WorksheetEntity(String engagementId) {
        this.engagementId = engagementId;
        this.status = AssessmentStatus.IN_PROGRESS;
    }

    void touched(Instant at, String by) {
        updatedAt = at.atOffset(ZoneOffset.UTC);
        updatedBy = by;
    }
}
