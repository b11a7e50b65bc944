package org.outsourcingdesk.exit.api.model;

import java.time.LocalDate;

/** A step of the transition away from the vendor: what, who owns it, by when. */
public record TransitionTask(String description, String owner, LocalDate dueOn) {
}
