/** The contracting stage's REST resources and page backing beans. */
package org.outsourcingdesk.contracting.web;
