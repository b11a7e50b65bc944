/** The contracting stage's policies (When<Event>Then<Action>) and services. */
package org.outsourcingdesk.contracting.application;
