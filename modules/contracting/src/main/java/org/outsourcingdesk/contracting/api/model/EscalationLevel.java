package org.outsourcingdesk.contracting.api.model;

/** A step of the escalation matrix: who is called at this level and how many hours they have to respond. */
public record EscalationLevel(int level, String contact, Integer responseHours) {
}
