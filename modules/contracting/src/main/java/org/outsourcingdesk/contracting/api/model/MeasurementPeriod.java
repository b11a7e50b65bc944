package org.outsourcingdesk.contracting.api.model;

/** The period an SLA is measured over, and the fee a service credit is a share of. */
public enum MeasurementPeriod {
    WEEKLY("Weekly"), MONTHLY("Monthly");

    private final String label;

    MeasurementPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
