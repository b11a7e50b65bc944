package org.outsourcingdesk.sourcing.api.model;

/** A reference contacted about a vendor: who, at which company, and what they said. */
public record ReferenceCheck(String contact, String company, String outcome) {
}
