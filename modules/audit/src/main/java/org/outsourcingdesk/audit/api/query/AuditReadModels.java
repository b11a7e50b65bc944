package org.outsourcingdesk.audit.api.query;

/** The audit module's read models by their processor names, for pages that wait until one has caught up. */
public final class AuditReadModels {

    /** The event log every engagement's history is read from. */
    public static final String HISTORY = "audit-history";

    private AuditReadModels() {
    }
}
