package org.outsourcingdesk.sourcing.api.model;

import java.util.List;

/**
 * The criteria a round starts from, built from the guide's advice on choosing a provider: price,
 * how test calls went, protecting data and assets, labour law and the client's own rules, language,
 * capacity and hours, how representatives are paid and how many stay, recording and quality
 * assurance, references and reviews, and how customers would see the arrangement. The analyst
 * changes names and weights before scoring starts.
 */
public final class EvaluationTemplate {

    private EvaluationTemplate() {
    }

    public static List<Criterion> standard() {
        return List.of(
                new Criterion("COST", "Cost (normalised annual cost and saving)", 25),
                new Criterion("SERVICE_QUALITY", "Service quality (test calls)", 15),
                new Criterion("DATA_SECURITY", "Data security and asset protection", 15),
                new Criterion("COMPLIANCE", "Labour-law and regulatory compliance", 10),
                new Criterion("LANGUAGE", "Language proficiency", 10),
                new Criterion("SCALABILITY", "Scalability and coverage hours", 5),
                new Criterion("INCENTIVES", "Representative incentives and turnover", 5),
                new Criterion("RECORDING_QA", "Call recording and quality assurance", 5),
                new Criterion("REFERENCES", "References and reviews", 5),
                new Criterion("PERCEPTION", "Customer perception", 5));
    }
}
