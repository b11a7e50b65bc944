/**
 * Stage 5, exit: prepared from day one (ADR 0014). The exit plan and in-house readiness checklist
 * created when a contract becomes active, relationship reviews (renew, renegotiate, terminate for
 * cause or convenience, let expire) with the cost of each option, notice checked against the
 * contract, transition tasks, final settlement, and the return in-house or a new sourcing round.
 * <p>
 * May see the {@code api} of every earlier stage. Other modules may use its {@code api} only.
 */
package org.outsourcingdesk.exit;
