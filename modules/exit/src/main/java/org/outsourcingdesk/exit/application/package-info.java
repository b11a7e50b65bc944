/** The exit stage's policies (When<Event>Then<Action>) and services. */
package org.outsourcingdesk.exit.application;
