/**
 * Stage 1, assessment: should this company outsource customer service, which part, where, on which
 * pricing model, and what would it save? This module also owns the {@code Engagement} itself:
 * opening an engagement is the first act of its assessment, and this is the one stage module that
 * every later stage may see (ADR 0001).
 * <p>
 * Other modules may use {@code api} only: commands, events and queries with their views.
 */
package org.outsourcingdesk.assessment;
