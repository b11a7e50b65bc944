package org.outsourcingdesk.contracting.api.model;

/** A line of the roles and responsibilities table: a role, which side holds it, and what it answers for. */
public record Responsibility(String role, Party party, String responsibility) {
}
