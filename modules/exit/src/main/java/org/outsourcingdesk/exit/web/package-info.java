/** The exit stage's REST resources and page backing beans. */
package org.outsourcingdesk.exit.web;
