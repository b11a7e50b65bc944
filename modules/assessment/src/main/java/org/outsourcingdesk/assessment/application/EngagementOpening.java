package org.outsourcingdesk.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.command.OpenEngagementCommand;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.axon.ReadModels;
import org.outsourcingdesk.platform.messaging.AuditMetadata;
import org.outsourcingdesk.platform.messaging.Caller;

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

    /** Opens an engagement as the authenticated user of this request. */
    public Opened open(String name, String businessUnit, String currency, String openedBy) {
        return send(name, businessUnit, currency, openedBy, MetaData.emptyInstance());
    }

    /**
     * Opens an engagement on behalf of a named user when no one is logged in on this thread (demo
     * data at start-up). The events say who it was done as, like any other.
     */
    public Opened openAs(Caller caller, String name, String businessUnit, String currency) {
        return send(name, businessUnit, currency, caller.username(),
                MetaData.with(AuditMetadata.ACTOR, caller.username()).and(AuditMetadata.ROLES, caller.roles()));
    }

    private Opened send(String name, String businessUnit, String currency, String openedBy, MetaData origin) {
        var id = EngagementId.generate();
        String reference = references.next(Year.now(ZoneOffset.UTC));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new OpenEngagementCommand(id, reference, name, businessUnit, currency, openedBy)).withMetaData(origin));
        boolean visible = ReadModels.await(() -> queries.query(new FindEngagementQuery(id),
                ResponseTypes.optionalInstanceOf(EngagementView.class)).join(), READ_YOUR_WRITE).isPresent();
        return new Opened(id, reference, visible);
    }

    /**
     * What the opener learns at once: the new engagement's id and reference, and whether the
     * engagement list already shows it (if not, it will shortly: the event is stored).
     */
    public record Opened(EngagementId id, String reference, boolean visible) {
    }
}
