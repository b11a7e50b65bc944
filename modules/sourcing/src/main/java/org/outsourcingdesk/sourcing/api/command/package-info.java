/** Commands other modules and the web layer may send to the sourcing stage. */
package org.outsourcingdesk.sourcing.api.command;
