package org.outsourcingdesk.assessment.domain.ratecard;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.outsourcingdesk.assessment.api.command.SetExchangeRateCommand;
import org.outsourcingdesk.assessment.api.event.ExchangeRateSetEvent;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.CurrencyCode;

/**
 * The exchange rates administrators maintain, each as of a date, to convert the rate card's USD
 * prices into an engagement's currency. A new rate for a currency and date replaces the old one
 * from then on; the old stays in the history and in every figure that used it.
 */
public class ExchangeRates {

    public static final String TABLE = "exchange-rates";
    static final BigDecimal MAX_RATE = new BigDecimal("1000000");
    /** As many as the read model stores, so that what is stored is exactly what was set. */
    static final int MAX_DECIMALS = 8;

    @AggregateIdentifier
    private String tableId;

    protected ExchangeRates() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetExchangeRateCommand command) {
        if (!CurrencyCode.isValid(command.currency()) || "USD".equals(command.currency())) {
            throw new BusinessRuleViolation("CurrencyMustBeIso4217", "currency",
                    "'" + command.currency() + "' is not an ISO 4217 currency other than USD.");
        }
        if (command.unitsPerUsd() == null || command.unitsPerUsd().signum() <= 0
                || command.unitsPerUsd().compareTo(MAX_RATE) > 0
                || command.unitsPerUsd().stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new BusinessRuleViolation("ExchangeRateOutOfRange", "unitsPerUsd",
                    "The rate is the units of " + command.currency() + " one US dollar buys: more than 0, at most "
                            + "1,000,000, with at most " + MAX_DECIMALS + " decimals.");
        }
        if (command.asOf() == null || command.asOf().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw new BusinessRuleViolation("ExchangeRateDateInFuture", "asOf",
                    "Give the date the rate is valid from, no later than today (UTC).");
        }
        apply(new ExchangeRateSetEvent(command.tableId(), command.currency(), command.unitsPerUsd().stripTrailingZeros(),
                command.asOf(), command.setBy()));
    }

    @EventSourcingHandler
    void on(ExchangeRateSetEvent event) {
        tableId = event.tableId();
    }
}
