/** Queries the contracting stage answers, with the views they return. */
package org.outsourcingdesk.contracting.api.query;
