package org.outsourcingdesk.kernel;

/**
 * Implemented by every event that belongs to an engagement, in any module. The audit module
 * follows this type, not the modules, so a new stage's events join the history without the audit
 * module knowing them.
 */
public interface EngagementEvent {

    EngagementId engagementId();

    /** One readable sentence for the history, in the past tense, built from the event's own data. */
    String summary();
}
