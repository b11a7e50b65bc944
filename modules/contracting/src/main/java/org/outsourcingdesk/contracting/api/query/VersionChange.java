package org.outsourcingdesk.contracting.api.query;

/** One difference between two versions of a contract: what, and how it reads in each (empty: not there). */
public record VersionChange(String what, String before, String after) {
}
