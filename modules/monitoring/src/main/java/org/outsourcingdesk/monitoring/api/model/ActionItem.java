package org.outsourcingdesk.monitoring.api.model;

import java.time.LocalDate;

/** Something a governance meeting gave someone to do, by a day. */
public record ActionItem(String description, String owner, LocalDate dueOn) {
}
