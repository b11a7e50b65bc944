package org.outsourcingdesk.assessment.api.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Set how many units of a currency one US dollar buys, as of a date. */
@PermittedRoles(Role.ADMIN)
public record SetExchangeRateCommand(@TargetAggregateIdentifier String tableId, String currency,
                                     BigDecimal unitsPerUsd, LocalDate asOf, String setBy) {
}
