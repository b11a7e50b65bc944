/** Queries the sourcing stage answers, with the views they return. */
package org.outsourcingdesk.sourcing.api.query;
