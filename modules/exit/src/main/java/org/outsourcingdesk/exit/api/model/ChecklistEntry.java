package org.outsourcingdesk.exit.api.model;

import java.time.LocalDate;

/** One readiness item as it stands: who owns it, by when, its status and a note. */
public record ChecklistEntry(ReadinessItem item, String owner, LocalDate dueOn, ItemStatus status, String note) {
}
