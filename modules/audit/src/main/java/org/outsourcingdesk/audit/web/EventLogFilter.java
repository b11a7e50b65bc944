package org.outsourcingdesk.audit.web;

import jakarta.ws.rs.QueryParam;

/** The event log's filters, as query parameters: shared by the page of events and both exports. */
public class EventLogFilter {

    @QueryParam("engagement")
    String engagement;
    @QueryParam("module")
    String module;
    @QueryParam("type")
    String type;
    @QueryParam("actor")
    String actor;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
}
