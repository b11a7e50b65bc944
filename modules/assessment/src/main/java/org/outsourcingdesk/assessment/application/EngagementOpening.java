package org.outsourcingdesk.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.command.OpenEngagementCommand;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.axon.ReadModels;

/**
 * Opens an engagement for a user: allocates its reference, sends the command, and waits (briefly)
 * until the engagement list shows it, so that the page or script that opened it can read it at once.
 */
@ApplicationScoped
public class EngagementOpening {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;
    @Inject
    EngagementReferences references;

    public Opened open(String name, String businessUnit, String currency, String openedBy) {
        var id = EngagementId.generate();
        String reference = references.next(Year.now(ZoneOffset.UTC));
        commands.sendAndWait(new OpenEngagementCommand(id, reference, name, businessUnit, currency, openedBy));
        ReadModels.await(() -> queries.query(new FindEngagementQuery(id),
                ResponseTypes.optionalInstanceOf(EngagementView.class)).join(), READ_YOUR_WRITE);
        return new Opened(id, reference);
    }

    /** What the opener learns at once: the new engagement's id and reference. */
    public record Opened(EngagementId id, String reference) {
    }
}
