/** The monitoring stage's REST resources and page backing beans. */
package org.outsourcingdesk.monitoring.web;
