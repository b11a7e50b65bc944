package org.outsourcingdesk.kernel;

/**
 * An engagement event that records a decision: opening the engagement, proposing, approving or
 * rejecting a decision, reopening one; later, choosing a provider, signing, terminating. The
 * auditors' timeline shows these; the full history shows every event.
 */
public interface DecisionEvent extends EngagementEvent {
}
