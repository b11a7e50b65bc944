package org.outsourcingdesk.contracting.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.outsourcingdesk.contracting.api.event.ContractDraftedEvent;
import org.outsourcingdesk.contracting.api.event.ContractEvent;
import org.outsourcingdesk.contracting.api.model.ContractStatus;
import org.outsourcingdesk.contracting.api.query.FindContractsDueToStartQuery;
import org.outsourcingdesk.contracting.api.query.ContractDeadline;
import org.outsourcingdesk.contracting.api.query.ContractDeadlines;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.contracting.api.query.FindContractDeadlinesQuery;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.contracting.api.query.FindContractQuery;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * The contracts, each as {@link ContractFolds} leaves it. Replay-safe: a contract is written by its
 * id, and folding the same event twice leaves it as it was.
 */
@Dependent
@ProcessingGroup(ContractProjection.PROCESSING_GROUP)
public class ContractProjection {

    public static final String PROCESSING_GROUP = "contracting-contracts";
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    private final EntityManagerProvider entityManagers;

    @Inject
    public ContractProjection(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    @EventHandler
    void on(ContractEvent event, @Timestamp Instant at) {
        var em = entityManagers.getEntityManager();
        var row = em.find(ContractEntity.class, event.contractId());
        if (event instanceof ContractDraftedEvent) {
            if (row == null) {
                row = new ContractEntity(event.contractId(), event.engagementId().value(), at);
                show(row, ContractFolds.contract(null, event, at));
                em.persist(row);
            }
        } else if (row != null) {
            show(row, ContractFolds.contract(read(row.view()), event, at));
        }
    }

    @ResetHandler
    void reset() {
        entityManagers.getEntityManager().createQuery("delete from ContractEntity").executeUpdate();
    }

    @QueryHandler
    public Optional<ContractView> handle(FindContractQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select c from ContractEntity c where c.engagementId = :id order by c.draftedAt desc", ContractEntity.class)
                .setParameter("id", query.engagementId().value()).setMaxResults(1).getResultStream().findFirst()
                .map(c -> read(c.view()));
    }

    @QueryHandler
    public List<ContractView> handle(FindContractsDueToStartQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select c from ContractEntity c where c.status = :signed and c.startsOn <= :today order by c.startsOn",
                        ContractEntity.class)
                .setParameter("signed", ContractStatus.SIGNED.name()).setParameter("today", query.today())
                .getResultStream().map(c -> read(c.view())).toList();
    }

    @QueryHandler
    public List<ContractDeadline> handle(FindContractDeadlinesQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select c from ContractEntity c where c.status in :statuses", ContractEntity.class)
                .setParameter("statuses", List.of(ContractStatus.APPROVED.name(), ContractStatus.SIGNED.name(), ContractStatus.ACTIVE.name()))
                .getResultStream().flatMap(c -> ContractDeadlines.of(read(c.view()), query.today()).stream())
                .sorted(java.util.Comparator.comparing(ContractDeadline::missed).reversed().thenComparing(ContractDeadline::date))
                .toList();
    }

    private static void show(ContractEntity row, ContractView view) {
        row.show(write(view), view.status().name(), view.term() == null ? null : view.term().startsOn(),
                view.term() == null ? null : view.term().endsOn());
    }

    private static String write(ContractView view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ContractView read(String json) {
        try {
            return JSON.readValue(json, ContractView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
