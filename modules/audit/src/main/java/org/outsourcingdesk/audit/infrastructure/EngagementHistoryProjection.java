package org.outsourcingdesk.audit.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.audit.api.query.FindEngagementHistoryQuery;
import org.outsourcingdesk.audit.api.query.HistoryEntryView;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.platform.messaging.AuditMetadata;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * Every engagement's history: one row per event of any module that implements
 * {@link EngagementEvent}, with who caused it, their roles, the correlation of the action, and the
 * event's JSON. Replay-safe: rows are keyed by event id, and a reset empties the table.
 */
@Dependent
@ProcessingGroup(EngagementHistoryProjection.PROCESSING_GROUP)
public class EngagementHistoryProjection {

    public static final String PROCESSING_GROUP = "audit-history";
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    private final EntityManagerProvider entityManagers;

    @Inject
    public EngagementHistoryProjection(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    @EventHandler
    void on(EngagementEvent event, EventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        var em = entityManagers.getEntityManager();
        if (em.find(HistoryEntryEntity.class, message.getIdentifier()) != null) {
            return;
        }
        var meta = message.getMetaData();
        Revision revision = event.getClass().getAnnotation(Revision.class);
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        em.persist(new HistoryEntryEntity(message.getIdentifier(), event.engagementId().value(),
                token.position().orElse(-1), event.getClass().getSimpleName(),
                revision == null ? null : revision.value(),
                domain == null ? null : domain.getType(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                message.getTimestamp(), text(meta.get(AuditMetadata.ACTOR)), roles(meta.get(AuditMetadata.ROLES)),
                event.summary(), JSON.writeValueAsString(event), text(meta.get(AuditMetadata.CORRELATION_ID)),
                text(meta.get(AuditMetadata.CAUSATION_ID)), text(meta.get(AuditMetadata.REQUEST_ID)),
                event instanceof DecisionEvent));
    }

    @ResetHandler
    void reset() {
        entityManagers.getEntityManager().createQuery("delete from HistoryEntryEntity").executeUpdate();
    }

    @QueryHandler
    public List<HistoryEntryView> handle(FindEngagementHistoryQuery query) {
        var rows = entityManagers.getEntityManager()
                .createQuery("select h from HistoryEntryEntity h where h.engagementId = :id order by h.globalIndex",
                        HistoryEntryEntity.class)
                .setParameter("id", query.engagementId().value())
                .getResultList();
        List<HistoryEntryView> views = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            // numbered within the whole history, so that a decision keeps its place when only decisions are shown
            if (!query.decisionsOnly() || rows.get(i).decision()) {
                views.add(rows.get(i).toView(i + 1));
            }
        }
        return views;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> roles(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
