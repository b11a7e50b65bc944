package org.outsourcingdesk.assessment.api.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DescribedEvent;

/** A fact that an administrator set the exchange rate of a currency: units for one US dollar, as of a date. */
@Revision("1")
public record ExchangeRateSetEvent(String tableId, String currency, BigDecimal unitsPerUsd, LocalDate asOf,
                                   String setBy) implements DescribedEvent {

    @Override
    public String summary() {
        return "Set the exchange rate: " + unitsPerUsd.toPlainString() + " " + currency + " per USD from " + asOf + ".";
    }
}
