/**
 * Tamper evidence for the event store, in plain Java so that the same code runs in the product and,
 * offline, on an export: the canonical form of a stored event, the hash chain over the global
 * order, signed checkpoints of its head, and the verification that names the first broken link
 * (ADR 0008). Knows no module and no framework.
 */
package org.outsourcingdesk.integrity;
