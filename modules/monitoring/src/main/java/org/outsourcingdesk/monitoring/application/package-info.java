/** The monitoring stage's policies (When<Event>Then<Action>) and services. */
package org.outsourcingdesk.monitoring.application;
