package org.outsourcingdesk.monitoring.api.model;

/** How a period's figures reached the product. */
public enum ReportSource {
    FORM("Entered in the form"), CSV("Imported from a CSV file"), API("Posted to the API");

    private final String label;

    ReportSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
