/** Queries the exit stage answers, with the views they return. */
package org.outsourcingdesk.exit.api.query;
