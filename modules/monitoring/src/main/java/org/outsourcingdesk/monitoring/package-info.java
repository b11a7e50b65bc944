/**
 * Stage 4, monitoring: the provider's results against the contract (ADR 0013). Period KPI reports
 * (form, CSV import, API) with amendments, each period judged by the contract version in force on its
 * first day (an event per SLA met or breached, service credits within the cap), test calls and
 * call-recording reviews, invoices reconciled against measured usage, customer feedback, the
 * governance log, and review triggers (grounds for cause, volume below the minimum, complaint spikes,
 * cost per contact above the in-house baseline) that the exit stage reacts to.
 * <p>
 * May see the {@code api} of assessment, sourcing and contracting. Other modules may use its
 * {@code api} only.
 */
package org.outsourcingdesk.monitoring;
