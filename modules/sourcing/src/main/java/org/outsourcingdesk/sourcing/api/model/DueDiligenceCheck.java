package org.outsourcingdesk.sourcing.api.model;

import java.time.Instant;
import java.util.List;

/** A due-diligence item as last recorded for a vendor: its outcome, the evidence, the references (for REFERENCES). */
public record DueDiligenceCheck(DueDiligenceItem item, DueDiligenceOutcome outcome, String evidence,
                                List<ReferenceCheck> references, String recordedBy, Instant recordedAt) {
}
