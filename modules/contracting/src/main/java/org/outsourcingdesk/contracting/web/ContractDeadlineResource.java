package org.outsourcingdesk.contracting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.contracting.api.query.ContractDeadline;
import org.outsourcingdesk.contracting.api.query.FindContractDeadlinesQuery;

/** Every contract's deadlines: what the dashboard shows. */
@Path("contracts/deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracting")
public class ContractDeadlineResource {

    @Inject
    QueryGateway queries;

    @GET
    @Operation(summary = "Every contract's deadlines as of today", description = "Missed notice deadlines first, then the others "
            + "soonest first: starts, the last day to give notice not to renew, renewals and ends within 90 days.")
    public List<ContractDeadline> deadlines() {
        return queries.query(new FindContractDeadlinesQuery(LocalDate.now(ZoneOffset.UTC)),
                ResponseTypes.multipleInstancesOf(ContractDeadline.class)).join();
    }
}
