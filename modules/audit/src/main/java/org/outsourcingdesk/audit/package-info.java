/**
 * The auditors' workspace: the history of every engagement, assembled from the events of every
 * stage. It follows the kernel's {@link org.outsourcingdesk.kernel.EngagementEvent} type rather
 * than any module's events, so a new stage's events join the history without changes here. It will
 * grow the decision history, the engagement as of any moment, tamper evidence and verified replay.
 * <p>
 * May see every module's {@code api}. Other modules may use its {@code api} only.
 */
package org.outsourcingdesk.audit;
