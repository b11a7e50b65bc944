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
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.audit.api.query.AuditReadModels;
import org.outsourcingdesk.audit.api.query.EventLogPage;
import org.outsourcingdesk.audit.api.query.FindEngagementHistoryQuery;
import org.outsourcingdesk.audit.api.query.FindEventLogQuery;
import org.outsourcingdesk.audit.api.query.HistoryEntryView;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.DescribedEvent;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.platform.messaging.AuditMetadata;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * The event log: one row per event of any module, with the engagement it belongs to (when it
 * implements {@link EngagementEvent}), who caused it, their roles, the correlation of the action,
 * and the event's JSON. Every engagement's history is its rows. Replay-safe: rows are keyed by
 * event id, and a reset empties the table.
 */
@Dependent
@ProcessingGroup(EngagementHistoryProjection.PROCESSING_GROUP)
public class EngagementHistoryProjection {

    static final int SUMMARY_MAX = 2000;

    public static final String PROCESSING_GROUP = AuditReadModels.HISTORY;
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    private final EntityManagerProvider entityManagers;

    @Inject
    public EngagementHistoryProjection(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) throws JsonProcessingException {
        var em = entityManagers.getEntityManager();
        if (em.find(HistoryEntryEntity.class, message.getIdentifier()) != null) {
            return;
        }
        // The event's own place in the store. Not the tracking token's position: an event that fills a gap
        // (committed after a later one) is handed over with a token at the highest index seen so far.
        long globalIndex = ((Number) em.createNativeQuery("select globalIndex from DomainEventEntry where eventIdentifier = ?1")
                .setParameter(1, message.getIdentifier()).getSingleResult()).longValue();
        String engagementId = event instanceof EngagementEvent e ? e.engagementId().value() : null;
        String summary = fit(event instanceof DescribedEvent d ? d.summary() : event.getClass().getSimpleName());
        var meta = message.getMetaData();
        Revision revision = event.getClass().getAnnotation(Revision.class);
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        em.persist(new HistoryEntryEntity(message.getIdentifier(), engagementId,
                globalIndex, event.getClass().getSimpleName(),
                revision == null ? null : revision.value(),
                domain == null ? null : domain.getType(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                message.getTimestamp(), text(meta.get(AuditMetadata.ACTOR)), roles(meta.get(AuditMetadata.ROLES)),
                summary, JSON.writeValueAsString(event), text(meta.get(AuditMetadata.CORRELATION_ID)),
                text(meta.get(AuditMetadata.CAUSATION_ID)), text(meta.get(AuditMetadata.REQUEST_ID)),
                event instanceof DecisionEvent, module(event)));
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

    /** The module that published an event: the segment after org.outsourcingdesk in its package. */
    static String module(Object event) {
        String[] parts = event.getClass().getPackageName().split("\\.");
        return parts.length > 2 && parts[0].equals("org") && parts[1].equals("outsourcingdesk") ? parts[2] : "other";
    }

    @QueryHandler
    public EventLogPage handle(FindEventLogQuery query) {
        int limit = Math.max(1, Math.min(FindEventLogQuery.MAX_LIMIT, query.limit()));
        var where = new StringBuilder("where 1 = 1");
        var parameters = new java.util.LinkedHashMap<String, Object>();
        filter(where, parameters, "h.engagementId = :engagement", "engagement", query.engagementId());
        filter(where, parameters, "h.module = :module", "module", query.module());
        filter(where, parameters, "h.eventType = :type", "type", query.type());
        filter(where, parameters, "h.actor = :actor", "actor", query.actor());
        filter(where, parameters, "h.occurredAt >= :from", "from",
                query.from() == null ? null : query.from().atOffset(java.time.ZoneOffset.UTC));
        filter(where, parameters, "h.occurredAt < :to", "to", query.to() == null ? null : query.to().atOffset(java.time.ZoneOffset.UTC));
        boolean forward = query.after() != null && query.before() == null;
        filter(where, parameters, "h.globalIndex < :before", "before", query.before());
        filter(where, parameters, "h.globalIndex > :after", "after", query.after());
        var em = entityManagers.getEntityManager();
        var select = em.createQuery("select h from HistoryEntryEntity h " + where + " order by h.globalIndex "
                + (forward ? "asc" : "desc"), HistoryEntryEntity.class).setMaxResults(limit + 1);
        parameters.forEach(select::setParameter);
        var rows = new ArrayList<>(select.getResultList());
        boolean more = rows.size() > limit;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (forward) {
            java.util.Collections.reverse(rows);
        }
        var views = rows.stream().map(r -> r.toView(r.globalIndex())).toList();
        boolean older = forward ? query.after() != null : more;
        boolean newer = forward ? more : query.before() != null;
        return new EventLogPage(views, older, newer);
    }

    private static void filter(StringBuilder where, java.util.Map<String, Object> parameters, String condition,
                               String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" and ").append(condition);
            parameters.put(name, value instanceof String text ? text.strip() : value);
        }
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

    /** The summary column holds 2,000 characters; a longer summary (a long rationale) is cut, the whole event stays in the payload. */
    static String fit(String summary) {
        return summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX - 1) + "…";
    }
}
