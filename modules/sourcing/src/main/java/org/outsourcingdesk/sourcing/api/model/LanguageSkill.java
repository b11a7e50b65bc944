package org.outsourcingdesk.sourcing.api.model;

/** A language a vendor's agents serve customers in, and how well. */
public record LanguageSkill(String language, Proficiency proficiency) {
}
