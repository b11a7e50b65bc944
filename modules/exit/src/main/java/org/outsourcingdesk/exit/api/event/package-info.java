/** Events the exit stage publishes: facts other modules and the audit trail rely on. Every type here is listed in docs/events.md. */
package org.outsourcingdesk.exit.api.event;
