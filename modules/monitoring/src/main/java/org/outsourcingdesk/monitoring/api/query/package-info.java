/** Queries the monitoring stage answers, with the views they return. */
package org.outsourcingdesk.monitoring.api.query;
