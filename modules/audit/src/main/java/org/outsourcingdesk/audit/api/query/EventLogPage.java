package org.outsourcingdesk.audit.api.query;

import java.util.List;

/** A page of the event log, newest first, and whether older or newer events match too. */
public record EventLogPage(List<HistoryEntryView> events, boolean older, boolean newer) {
}
