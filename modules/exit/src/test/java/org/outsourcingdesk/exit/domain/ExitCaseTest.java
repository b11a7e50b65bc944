package org.outsourcingdesk.exit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outsourcingdesk.exit.domain.ExitFixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.exit.api.command.AddTransitionTaskCommand;
import org.outsourcingdesk.exit.api.command.CompleteExitCommand;
import org.outsourcingdesk.exit.api.command.CompleteTransitionTaskCommand;
import org.outsourcingdesk.exit.api.command.DecideExitOptionCommand;
import org.outsourcingdesk.exit.api.command.OpenRelationshipReviewCommand;
import org.outsourcingdesk.exit.api.command.ProposeExitOptionCommand;
import org.outsourcingdesk.exit.api.command.RecordFinalSettlementCommand;
import org.outsourcingdesk.exit.api.command.ServeNoticeCommand;
import org.outsourcingdesk.exit.api.command.StartExitPlanCommand;
import org.outsourcingdesk.exit.api.command.UpdateReadinessItemCommand;
import org.outsourcingdesk.exit.api.command.WaiveTransitionTaskCommand;
import org.outsourcingdesk.exit.api.event.ExitCompletedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionApprovedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionProposedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionRejectedEvent;
import org.outsourcingdesk.exit.api.event.FinalSettlementRecordedEvent;
import org.outsourcingdesk.exit.api.event.NoticeServedEvent;
import org.outsourcingdesk.exit.api.event.ReadinessItemUpdatedEvent;
import org.outsourcingdesk.exit.api.event.RelationshipReviewOpenedEvent;
import org.outsourcingdesk.exit.api.event.TransitionTaskAddedEvent;
import org.outsourcingdesk.exit.api.event.TransitionTaskCompletedEvent;
import org.outsourcingdesk.exit.api.event.TransitionTaskWaivedEvent;
import org.outsourcingdesk.exit.api.event.TriggerAddedToReviewEvent;
import org.outsourcingdesk.exit.api.model.ChecklistEntry;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.ItemStatus;
import org.outsourcingdesk.exit.api.model.ReadinessItem;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.model.ReviewInputs;
import org.outsourcingdesk.exit.api.model.ReviewOrigin;
import org.outsourcingdesk.exit.api.model.Settlement;
import org.outsourcingdesk.exit.api.model.TransitionTask;
import org.outsourcingdesk.exit.api.query.ExitFolds;

/** The exit case's rules, each by name: from the plan through a review and its decision to notice, transition and closure. */
class ExitCaseTest {

    private static final String TRIGGER = CONTRACT + "-monitoring-trigger-1";
    private FixtureConfiguration<ExitCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ExitCase.class);
    }

    private static org.outsourcingdesk.exit.api.model.CostComparison comparison() {
        return ExitCosts.compare(new ReviewInputs(12, 1, ReturnPath.IN_HOUSE, null, null), FIGURES, TERM, TERMINATION, TODAY);
    }

    private static final RelationshipReviewOpenedEvent OPENED = new RelationshipReviewOpenedEvent(ENGAGEMENT, EXIT, "review-1",
            ReviewOrigin.TRIGGER, "Service level breached in 2 consecutive periods", List.of(TRIGGER), "paula");

    private static ExitOptionProposedEvent proposed(ExitOption option) {
        return new ExitOptionProposedEvent(ENGAGEMENT, EXIT, "review-1", option, "Two breaches in a row and no recovery plan",
                option == ExitOption.TERMINATE_FOR_CAUSE ? TRIGGER : null, comparison(), "paula");
    }

    private static ExitOptionApprovedEvent approved(ExitOption option) {
        return new ExitOptionApprovedEvent(ENGAGEMENT, EXIT, "review-1", option, "Two breaches in a row and no recovery plan",
                comparison().of(option).orElseThrow(), List.of(TRIGGER), "paula", "marc", null);
    }

    @Test
    void thePlanBeginsWithEveryReadinessItemOpenAndItemsGetAnOwnerAndADueDay() {
        fixture.givenNoPriorActivity().when(new StartExitPlanCommand(EXIT, ENGAGEMENT, CONTRACT, "Bayside", TERM, TERMINATION, "EUR", "marc"))
                .expectEvents(STARTED);
        var entry = new ChecklistEntry(ReadinessItem.STAFF_IDENTIFIED, "Hanna (HR)", TODAY.plusDays(30), ItemStatus.IN_PROGRESS, null);
        fixture.given(STARTED).when(new UpdateReadinessItemCommand(EXIT, ReadinessItem.STAFF_IDENTIFIED, " Hanna (HR) ", TODAY.plusDays(30),
                ItemStatus.IN_PROGRESS, " ", TODAY, "paula")).expectEvents(new ReadinessItemUpdatedEvent(ENGAGEMENT, EXIT, entry, "paula"));
        fixture.given(STARTED).when(new UpdateReadinessItemCommand(EXIT, ReadinessItem.STAFF_IDENTIFIED, " ", TODAY, ItemStatus.DONE, null,
                TODAY, "paula")).expectNoEvents().expectException(rule("ItemOwnerAndDueRequired", "owner"));
        var view = ExitFolds.exit(ExitFolds.exit(null, STARTED, java.time.Instant.EPOCH), new ReadinessItemUpdatedEvent(ENGAGEMENT, EXIT,
                entry, "paula"), java.time.Instant.EPOCH);
        assertThat(view.readinessPercent()).as("one of eight half done").isEqualTo(6);
    }

    @Test
    void aTriggerOpensAReviewAndALaterOneJoinsItWhileAReviewByHandWaits() {
        fixture.given(STARTED).when(new OpenRelationshipReviewCommand(EXIT, "review-1", ReviewOrigin.TRIGGER,
                "Service level breached in 2 consecutive periods", TRIGGER, "paula")).expectEvents(OPENED);
        fixture.given(STARTED, OPENED).when(new OpenRelationshipReviewCommand(EXIT, "review-2", ReviewOrigin.TRIGGER, "Cost above in-house",
                "t-2", "paula")).expectEvents(new TriggerAddedToReviewEvent(ENGAGEMENT, EXIT, "review-1", "t-2", "Cost above in-house"));
        fixture.given(STARTED, OPENED).when(new OpenRelationshipReviewCommand(EXIT, "review-3", ReviewOrigin.BY_HAND, "Why not", null, "paula"))
                .expectNoEvents().expectException(rule("ReviewAlreadyOpen", null));
        fixture.given(STARTED).when(new OpenRelationshipReviewCommand(EXIT, "review-3", ReviewOrigin.BY_HAND, " ", null, "paula"))
                .expectNoEvents().expectException(rule("ReviewReasonRequired", "reason"));
    }

    @Test
    void aProposalNeedsARationaleTheComparisonAndForCauseItsEvidence() {
        fixture.given(STARTED, OPENED).when(new ProposeExitOptionCommand(EXIT, ExitOption.TERMINATE_FOR_CONVENIENCE, " ", null, comparison(),
                "paula")).expectNoEvents().expectException(rule("RationaleRequired", "rationale"));
        fixture.given(STARTED, OPENED).when(new ProposeExitOptionCommand(EXIT, ExitOption.RENEW, "Fine", null, null, "paula"))
                .expectNoEvents().expectException(rule("CostComparedFirst", "comparison"));
        fixture.given(STARTED, OPENED).when(new ProposeExitOptionCommand(EXIT, ExitOption.TERMINATE_FOR_CAUSE, "They failed", "bad",
                comparison(), "paula")).expectNoEvents().expectException(rule("ForCauseCitesEvidence", "evidence"));
        fixture.given(STARTED, OPENED).when(new ProposeExitOptionCommand(EXIT, ExitOption.TERMINATE_FOR_CAUSE,
                        "Two breaches in a row and no recovery plan", TRIGGER, comparison(), "paula"))
                .expectEvents(proposed(ExitOption.TERMINATE_FOR_CAUSE));
        // a documented breach will do instead of a trigger
        fixture.given(STARTED, OPENED).when(new ProposeExitOptionCommand(EXIT, ExitOption.TERMINATE_FOR_CAUSE, "Data left the EU",
                "Customer data copied to an unapproved site on 3 Nov, audit report AR-17", comparison(), "paula")).expectSuccessfulHandlerExecution();
        fixture.given(STARTED).when(new ProposeExitOptionCommand(EXIT, ExitOption.RENEW, "Fine", null, comparison(), "paula"))
                .expectNoEvents().expectException(rule("ReviewOpen", null));
    }

    @Test
    void anApproverOtherThanTheProposerDecidesAndARejectionSaysWhy() {
        var proposal = proposed(ExitOption.TERMINATE_FOR_CAUSE);
        fixture.given(STARTED, OPENED, proposal).when(new DecideExitOptionCommand(EXIT, true, null, "paula"))
                .expectNoEvents().expectException(rule("ApproverNotProposer", null));
        fixture.given(STARTED, OPENED, proposal).when(new DecideExitOptionCommand(EXIT, false, " ", "marc"))
                .expectNoEvents().expectException(rule("RejectionExplained", "comment"));
        fixture.given(STARTED, OPENED, proposal).when(new DecideExitOptionCommand(EXIT, false, "Give them a cure period first", "marc"))
                .expectEvents(new ExitOptionRejectedEvent(ENGAGEMENT, EXIT, "review-1", ExitOption.TERMINATE_FOR_CAUSE, "paula", "marc",
                        "Give them a cure period first"));
        fixture.given(STARTED, OPENED, proposal).when(new DecideExitOptionCommand(EXIT, true, null, "marc"))
                .expectEvents(approved(ExitOption.TERMINATE_FOR_CAUSE));
        fixture.given(STARTED, OPENED).when(new DecideExitOptionCommand(EXIT, true, null, "marc"))
                .expectNoEvents().expectException(rule("NothingProposed", null));
    }

    @Test
    void noticeRespectsTheContractOrNamesTheEarliestEnd() {
        var convenience = new Object[] {STARTED, OPENED, proposed(ExitOption.TERMINATE_FOR_CONVENIENCE), approved(ExitOption.TERMINATE_FOR_CONVENIENCE)};
        fixture.given(convenience).when(new ServeNoticeCommand(EXIT, TODAY, TODAY.plusDays(30), TODAY, "paula"))
                .expectNoEvents().expectException(ruleSaying("NoticeRespectsContract", "The earliest possible end is 2027-01-27"));
        fixture.given(convenience).when(new ServeNoticeCommand(EXIT, TODAY, LocalDate.of(2027, 1, 31), TODAY, "paula"))
                .expectEvents(new NoticeServedEvent(ENGAGEMENT, EXIT, "review-1", ExitOption.TERMINATE_FOR_CONVENIENCE, TODAY,
                        LocalDate.of(2027, 1, 31), "paula"));
        fixture.given(convenience).when(new ServeNoticeCommand(EXIT, TODAY.plusDays(1), LocalDate.of(2027, 2, 28), TODAY, "paula"))
                .expectNoEvents().expectException(rule("NoticeNotInFuture", "servedOn"));
        // letting it expire: notice not to renew after its deadline (2 Oct 2027) means another term
        var expire = new Object[] {STARTED, OPENED, proposed(ExitOption.LET_EXPIRE), approved(ExitOption.LET_EXPIRE)};
        var late = LocalDate.of(2027, 10, 10);
        fixture.given(expire).when(new ServeNoticeCommand(EXIT, late, LocalDate.of(2027, 12, 31), late, "paula"))
                .expectNoEvents().expectException(ruleSaying("NoticeRespectsContract", "The earliest possible end is 2028-12-31"));
        fixture.given(STARTED, OPENED).when(new ServeNoticeCommand(EXIT, TODAY, TODAY, TODAY, "paula"))
                .expectNoEvents().expectException(rule("EndingApproved", null));
    }

    @Test
    void theExitClosesOnlyWithEveryTaskDoneOrWaivedAndTheSettlementRecorded() {
        var task = new TransitionTask("Port the numbers to our carrier", "Ivo (telecoms)", TODAY.plusDays(20));
        var served = new Object[] {STARTED, OPENED, proposed(ExitOption.TERMINATE_FOR_CAUSE), approved(ExitOption.TERMINATE_FOR_CAUSE),
                new NoticeServedEvent(ENGAGEMENT, EXIT, "review-1", ExitOption.TERMINATE_FOR_CAUSE, TODAY, TODAY, "paula"),
                new TransitionTaskAddedEvent(ENGAGEMENT, EXIT, "task-1", task, "paula"),
                new TransitionTaskAddedEvent(ENGAGEMENT, EXIT, "task-2", new TransitionTask("Parallel run", "Paula", TODAY), "paula")};
        var settled = new FinalSettlementRecordedEvent(ENGAGEMENT, EXIT, new Settlement("INV-0412", d("380"), d("3610"), TODAY), "paula");
        fixture.given(served).when(new AddTransitionTaskCommand(EXIT, "task-3", new TransitionTask("Tell customers", null, TODAY), "paula"))
                .expectNoEvents().expectException(rule("TaskComplete", "task"));
        fixture.given(served).when(new CompleteExitCommand(EXIT, ReturnPath.IN_HOUSE, TODAY, TODAY, "paula"))
                .expectNoEvents().expectException(ruleSaying("TransitionTasksClosed", "Port the numbers to our carrier"));
        fixture.given(served).when(new WaiveTransitionTaskCommand(EXIT, "task-2", " ", "paula"))
                .expectNoEvents().expectException(rule("WaiverReasonRequired", "reason"));
        var done = new TransitionTaskCompletedEvent(ENGAGEMENT, EXIT, "task-1", task.description(), TODAY, "paula");
        var waived = new TransitionTaskWaivedEvent(ENGAGEMENT, EXIT, "task-2", "Parallel run", "The vendor stopped at once", "paula");
        fixture.given(served).when(new CompleteTransitionTaskCommand(EXIT, "task-1", TODAY, TODAY, "paula")).expectEvents(done);
        fixture.given(served).when(new WaiveTransitionTaskCommand(EXIT, "task-2", "The vendor stopped at once", "paula")).expectEvents(waived);
        fixture.given(served).andGiven(done, waived).when(new CompleteExitCommand(EXIT, ReturnPath.IN_HOUSE, TODAY, TODAY, "paula"))
                .expectNoEvents().expectException(rule("SettlementRecorded", null));
        fixture.given(served).andGiven(done, waived).when(new RecordFinalSettlementCommand(EXIT, new Settlement(" ", d("0"), d("1"), TODAY),
                TODAY, "paula")).expectNoEvents().expectException(rule("LastInvoiceRequired", "settlement.lastInvoiceNumber"));
        fixture.given(served).andGiven(done, waived, settled).when(new CompleteExitCommand(EXIT, ReturnPath.IN_HOUSE, TODAY, TODAY, "paula"))
                .expectEvents(new ExitCompletedEvent(ENGAGEMENT, EXIT, ReturnPath.IN_HOUSE, TODAY, "paula", "marc"));
        fixture.given(served).andGiven(done, waived, settled).when(new CompleteExitCommand(EXIT, ReturnPath.IN_HOUSE, TODAY.minusDays(1), TODAY,
                "paula")).expectNoEvents().expectException(rule("ServiceEndedInTime", "serviceEndedOn"));
        // once complete, the case changes no more: neither its checklist, nor a new review, nor a second completion
        var completed = new ExitCompletedEvent(ENGAGEMENT, EXIT, ReturnPath.IN_HOUSE, TODAY, "paula", "marc");
        fixture.given(served).andGiven(done, waived, settled, completed).when(new UpdateReadinessItemCommand(EXIT, ReadinessItem.STAFF_IDENTIFIED,
                "Ivo", TODAY, ItemStatus.DONE, null, TODAY, "paula")).expectNoEvents().expectException(rule("ExitOpen", null));
        fixture.given(served).andGiven(done, waived, settled, completed).when(new OpenRelationshipReviewCommand(EXIT, "review-2",
                ReviewOrigin.BY_HAND, "Costs rose again", null, "paula")).expectNoEvents().expectException(rule("ExitOpen", null));
        fixture.given(served).andGiven(done, waived, settled, completed).when(new CompleteExitCommand(EXIT, ReturnPath.IN_HOUSE, TODAY, TODAY,
                "paula")).expectNoEvents().expectException(rule("ExitOpen", null));
    }
}
