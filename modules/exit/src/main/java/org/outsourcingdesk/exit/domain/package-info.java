/** The exit stage's aggregates, value objects and rules; no JPA, Faces or PrimeFaces here. */
package org.outsourcingdesk.exit.domain;
