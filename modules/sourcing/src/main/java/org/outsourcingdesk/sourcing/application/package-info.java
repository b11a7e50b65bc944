/** The sourcing stage's policies (When<Event>Then<Action>) and services. */
package org.outsourcingdesk.sourcing.application;
