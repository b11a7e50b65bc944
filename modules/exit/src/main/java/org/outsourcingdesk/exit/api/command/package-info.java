/** Commands other modules and the web layer may send to the exit stage. */
package org.outsourcingdesk.exit.api.command;
