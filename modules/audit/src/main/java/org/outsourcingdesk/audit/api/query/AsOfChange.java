package org.outsourcingdesk.audit.api.query;

/** One difference between two moments of an engagement: where, what it was, what it became (JSON text; null when absent). */
public record AsOfChange(String path, String before, String after) {
}
