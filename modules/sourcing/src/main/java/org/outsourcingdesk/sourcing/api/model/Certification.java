package org.outsourcingdesk.sourcing.api.model;

import java.time.LocalDate;

/** A certification a vendor holds (ISO 27001, PCI DSS, SOC 2, ...), valid until its expiry date. */
public record Certification(String name, LocalDate expires) {

    public boolean validOn(LocalDate day) {
        return expires != null && !expires.isBefore(day);
    }
}
