/** Commands other modules and the web layer may send to the contracting stage. */
package org.outsourcingdesk.contracting.api.command;
