/** The sourcing stage's REST resources and page backing beans. */
package org.outsourcingdesk.sourcing.web;
