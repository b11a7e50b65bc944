/**
 * Stage 5, exit: prepared from day one. It will own the exit plan and in-house readiness checklist
 * created when a contract becomes active, relationship reviews (renew, renegotiate, terminate for
 * cause or convenience, let expire) with the cost of each option, notice checked against the
 * contract, transition tasks, final settlement, and the return in-house or a new sourcing round.
 * <p>
 * May see the {@code api} of every earlier stage. Other modules may use its {@code api} only. Empty
 * until the exit issue lands; the packages below are its fixed shape.
 */
package org.outsourcingdesk.exit;
