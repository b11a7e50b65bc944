/**
 * Stage 3, contracting: from the selected quote to a signed contract. It will own draft contracts
 * prefilled from the selected quote; term, renewal and notice periods; SLAs with targets and service
 * credits (warning when handle time carries credits and no quality metric does); governance (liaison,
 * roles, escalation matrix, meeting cadence); data and call-recording terms; termination for cause and
 * convenience with caps; legal review, approval and signature; amendments as versions; deadlines; and
 * the printable summary. Activation starts monitoring and the exit plan.
 * <p>
 * May see the {@code api} of assessment and sourcing. Other modules may use its {@code api} only.
 * Built so far: the draft contract drafted from an approved selection, its term and its SLAs with
 * service credits (ADR 0011); the rest follows in the same aggregate.
 */
package org.outsourcingdesk.contracting;
