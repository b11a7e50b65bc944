/**
 * Stage 4, monitoring: the provider's results against the contract. It will own period KPI reports
 * (form, CSV import, API) with amendments, SLA evaluation by the contract version in force, service
 * credits, test calls and call-recording reviews, invoice reconciliation against measured usage,
 * customer feedback, the governance log, and review triggers (for-cause conditions, volume below the
 * minimum, complaint spikes, cost per contact above the in-house baseline) that the exit stage reacts to.
 * <p>
 * May see the {@code api} of assessment, sourcing and contracting. Other modules may use its
 * {@code api} only. Empty until the monitoring issue lands; the packages below are its fixed shape.
 */
package org.outsourcingdesk.monitoring;
