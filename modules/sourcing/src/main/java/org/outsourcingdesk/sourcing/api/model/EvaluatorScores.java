package org.outsourcingdesk.sourcing.api.model;

import java.time.Instant;
import java.util.List;

/** One evaluator's latest scores of a vendor, given under a revision of the criteria. */
public record EvaluatorScores(String evaluator, int criteriaRevision, List<Score> scores, Instant scoredAt) {
}
