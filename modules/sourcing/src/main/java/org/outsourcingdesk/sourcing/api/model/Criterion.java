package org.outsourcingdesk.sourcing.api.model;

/** One thing vendors are judged on, with its weight in percent; a round's weights sum to 100. */
public record Criterion(String code, String name, int weightPercent) {
}
