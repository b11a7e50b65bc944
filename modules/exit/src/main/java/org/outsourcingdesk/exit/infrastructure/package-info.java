/** The exit stage's projections, read-model entities and upcasters; the only place for JPA. */
package org.outsourcingdesk.exit.infrastructure;
