package org.outsourcingdesk.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.command.ReviseRateCardCommand;
import org.outsourcingdesk.assessment.api.command.SetExchangeRateCommand;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.assessment.api.model.RateCardVersion;
import org.outsourcingdesk.assessment.api.query.ExchangeRateView;
import org.outsourcingdesk.assessment.api.query.FindExchangeRatesQuery;
import org.outsourcingdesk.assessment.api.query.FindRateCardQuery;
import org.outsourcingdesk.assessment.api.query.FindRateCardVersionsQuery;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.assessment.domain.ratecard.ExchangeRates;
import org.outsourcingdesk.assessment.domain.ratecard.RateCard;
import org.outsourcingdesk.platform.axon.ReadModels;

/** The rate card and exchange rates as administrators keep them and everyone reads them. */
@ApplicationScoped
public class RateCardAdministration {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;

    public java.util.Optional<RateCardVersion> version(Integer version) {
        return queries.query(new FindRateCardQuery(version), ResponseTypes.optionalInstanceOf(RateCardVersion.class)).join();
    }

    public List<RateCardVersion> versions() {
        return queries.query(new FindRateCardVersionsQuery(), ResponseTypes.multipleInstancesOf(RateCardVersion.class)).join();
    }

    public List<ExchangeRateView> exchangeRates() {
        return queries.query(new FindExchangeRatesQuery(), ResponseTypes.multipleInstancesOf(ExchangeRateView.class)).join();
    }

    /** Revises the rate card from the version the administrator edited; answers whether the new version is readable yet. */
    public boolean revise(int basedOnVersion, RateCardContent content, String note, Origin origin) {
        origin.send(commands, new ReviseRateCardCommand(RateCard.STANDARD, basedOnVersion, content, note, origin.username()));
        return ReadModels.await(() -> version(basedOnVersion + 1), READ_YOUR_WRITE).isPresent();
    }

    public boolean setExchangeRate(String currency, BigDecimal unitsPerUsd, LocalDate asOf, Origin origin) {
        origin.send(commands, new SetExchangeRateCommand(ExchangeRates.TABLE, currency, unitsPerUsd, asOf, origin.username()));
        return ReadModels.await(() -> exchangeRates().stream().filter(r -> r.currency().equals(currency)
                && r.asOf().equals(asOf) && r.unitsPerUsd().compareTo(unitsPerUsd) == 0).findFirst(), READ_YOUR_WRITE).isPresent();
    }
}
