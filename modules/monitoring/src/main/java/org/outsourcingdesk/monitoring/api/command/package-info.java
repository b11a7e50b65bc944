/** Commands other modules and the web layer may send to the monitoring stage. */
package org.outsourcingdesk.monitoring.api.command;
