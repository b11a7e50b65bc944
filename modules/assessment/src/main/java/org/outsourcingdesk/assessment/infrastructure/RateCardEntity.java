package org.outsourcingdesk.assessment.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One version of the rate card, its prices as JSON. */
@Entity
@Table(name = "assessment_rate_card")
public class RateCardEntity {

    @Id
    @Column(name = "version")
    private int version;
    @Column(name = "content", nullable = false)
    private String content;
    @Column(name = "note")
    private String note;
    @Column(name = "revised_by", nullable = false)
    private String revisedBy;
    @Column(name = "revised_at", nullable = false)
    private OffsetDateTime revisedAt;

    int version() { return version; }
    String content() { return content; }
    String note() { return note; }
    String revisedBy() { return revisedBy; }
    OffsetDateTime revisedAt() { return revisedAt; }

    protected RateCardEntity() {
    }

    RateCardEntity(int version, String content, String note, String revisedBy, OffsetDateTime revisedAt) {
        this.version = version;
        this.content = content;
        this.note = note;
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
    }
}
