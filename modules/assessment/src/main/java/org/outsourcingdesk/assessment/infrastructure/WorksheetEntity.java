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
    private String engagementId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AssessmentStatus status;
    @Column(name = "demand")
    private String demand;
    @Column(name = "baseline")
    private String baseline;
    @Column(name = "factors")
    private String factors;
    @Column(name = "proposal")
    private String proposal;
    @Column(name = "decision")
    private String decision;
    @Column(name = "last_rejection")
    private String lastRejection;
    @Column(name = "last_reopening")
    private String lastReopening;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected WorksheetEntity() {
    }

    WorksheetEntity(String engagementId) {
        this.engagementId = engagementId;
        this.status = AssessmentStatus.IN_PROGRESS;
    }

    /** Writes every part of the view, each as JSON. */
    void write(org.outsourcingdesk.assessment.api.query.AssessmentView view, java.util.function.Function<Object, String> json) {
        status = view.status();
        demand = view.demand() == null ? null : json.apply(view.demand());
        baseline = view.baseline() == null ? null : json.apply(view.baseline());
        factors = view.factors() == null ? null : json.apply(view.factors());
        proposal = view.proposal() == null ? null : json.apply(view.proposal());
        decision = view.decision() == null ? null : json.apply(view.decision());
        lastRejection = view.lastRejection() == null ? null : json.apply(view.lastRejection());
        lastReopening = view.lastReopening() == null ? null : json.apply(view.lastReopening());
        touched(view.updatedAt(), view.updatedBy());
    }

    // Changes go through methods of the entity itself: EclipseLink's woven change tracking sees
    // only those, not fields written from another class.

    void touched(Instant at, String by) {
        updatedAt = at.atOffset(ZoneOffset.UTC);
        updatedBy = by;
    }

    void recordDemand(String json) {
        demand = json;
    }

    void recordBaseline(String json) {
        baseline = json;
    }

    void recordFactors(String json) {
        factors = json;
    }

    void propose(String json) {
        status = AssessmentStatus.PROPOSED;
        proposal = json;
    }

    void reject(String json) {
        status = AssessmentStatus.IN_PROGRESS;
        proposal = null;
        lastRejection = json;
    }

    void decide(String json) {
        status = AssessmentStatus.DECIDED;
        proposal = null;
        decision = json;
    }

    void reopen(String json) {
        status = AssessmentStatus.IN_PROGRESS;
        decision = null;
        lastReopening = json;
    }

    String engagementId() { return engagementId; }
    AssessmentStatus status() { return status; }
    String demand() { return demand; }
    String baseline() { return baseline; }
    String factors() { return factors; }
    String proposal() { return proposal; }
    String decision() { return decision; }
    String lastRejection() { return lastRejection; }
    String lastReopening() { return lastReopening; }
    OffsetDateTime updatedAt() { return updatedAt; }
    String updatedBy() { return updatedBy; }
}
