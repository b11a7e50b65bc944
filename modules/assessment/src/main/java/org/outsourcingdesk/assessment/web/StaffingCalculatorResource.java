package org.outsourcingdesk.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.domain.staffing.StaffingRequirement;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/** Erlang C staffing as a calculator: any logged-in role, stores nothing. */
@Path("calculators/staffing")
@RequestScoped
@Tag(name = "Calculators", description = "Pure calculations; nothing is stored")
public class StaffingCalculatorResource {

    /** Beyond this the answer is tens of thousands of agents on one queue: a typing error, not a plan. */
    static final double MAX_TRAFFIC_ERLANGS = 50_000;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agents needed for one interval (Erlang C)",
            description = "Traffic, agents to meet the service target under the occupancy cap, scheduled agents after "
                    + "shrinkage, and the service level, probability of waiting, average speed of answer and occupancy they give.")
    @APIResponse(responseCode = "200", description = "The staffing")
    @APIResponse(responseCode = "400", description = "Invalid input, naming the field")
    public StaffingResponse calculate(@Valid @NotNull StaffingRequest request) {
        double traffic = request.contacts() * request.ahtSeconds() / (request.intervalMinutes() * 60);
        if (traffic > MAX_TRAFFIC_ERLANGS) {
            throw new BusinessRuleViolation("TrafficTooLarge", "contacts",
                    "That is " + Math.round(traffic) + " Erlangs on one queue; the calculator stops at "
                            + (long) MAX_TRAFFIC_ERLANGS + ". Check the contacts, interval and handle time.");
        }
        var staffing = StaffingRequirement.forInterval(request.contacts(), request.intervalMinutes(), request.ahtSeconds(),
                request.serviceLevelTarget(), request.answerWithinSeconds(),
                request.maxOccupancy() == null ? 1.0 : request.maxOccupancy(),
                request.shrinkage() == null ? 0.0 : request.shrinkage());
        return new StaffingResponse(round(staffing.trafficErlangs(), 3), staffing.agents(), staffing.scheduledAgents(),
                round(staffing.serviceLevel(), 3), round(staffing.probabilityOfWaiting(), 3),
                round(staffing.averageSpeedOfAnswerSeconds(), 2), round(staffing.occupancy(), 3));
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** The staffing of one interval, rounded as people read it. */
    public record StaffingResponse(double trafficErlangs, int agents, int scheduledAgents, double serviceLevel,
                                   double probabilityOfWaiting, double averageSpeedOfAnswerSeconds, double occupancy) {
    }
}
