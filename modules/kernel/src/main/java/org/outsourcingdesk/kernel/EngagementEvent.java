package org.outsourcingdesk.kernel;

/**
 * Implemented by every event that belongs to an engagement, in any module. The audit module
 * follows this type, not the modules, so a new stage's events join the history without the audit
 * module knowing them.
 */
public interface EngagementEvent extends DescribedEvent {

    EngagementId engagementId();
}
