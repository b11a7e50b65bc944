package org.outsourcingdesk.sourcing.api.model;

/** An evaluator's score of a vendor on one criterion, from 1 (poor) to 5 (excellent), with the reason. */
public record Score(String criterionCode, int score, String comment) {

    public static final int MIN = 1;
    public static final int MAX = 5;
}
