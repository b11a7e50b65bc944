package org.outsourcingdesk.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.command.OpenEngagementCommand;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;

class EngagementTest {

    private static final EngagementId ID = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");

    private FixtureConfiguration<Engagement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Engagement.class);
    }

    private static OpenEngagementCommand open(String name, String businessUnit, String currency, String reference) {
        return new OpenEngagementCommand(ID, reference, name, businessUnit, currency, "paula");
    }

    @Test
    void opensInTheAssessmentStageWithTrimmedText() {
        fixture.givenNoPriorActivity()
                .when(open("  Tier-1 phone support  ", " Consumer Electronics ", "USD", "ENG-2026-0001"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EngagementOpenedEvent(ID, "ENG-2026-0001", "Tier-1 phone support",
                        "Consumer Electronics", "USD", "paula"))
                .expectState(engagement -> assertThat(engagement.stage()).isEqualTo(Stage.ASSESSMENT));
    }

    @Test
    void refusesABlankName() {
        expectRule(open("   ", "CE", "USD", "ENG-2026-0001"), "EngagementNameRequired", "name");
    }

    @Test
    void refusesANameLongerThan200Characters() {
        expectRule(open("a".repeat(201), "CE", "USD", "ENG-2026-0001"), "EngagementNameTooLong", "name");
        fixture.givenNoPriorActivity().when(open("a".repeat(200), "CE", "USD", "ENG-2026-0001"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAMissingOrLongBusinessUnit() {
        expectRule(open("Name", null, "USD", "ENG-2026-0001"), "BusinessUnitRequired", "businessUnit");
        expectRule(open("Name", "b".repeat(101), "USD", "ENG-2026-0001"), "BusinessUnitTooLong", "businessUnit");
    }

    @Test
    void refusesControlCharactersThatNoNameNeedsAndPostgresqlCannotStore() {
        expectRule(open("a\u0000b", "CE", "USD", "ENG-2026-0001"), "NoControlCharacters", "name");
        expectRule(open("Name", "line\nbreak", "USD", "ENG-2026-0001"), "NoControlCharacters", "businessUnit");
    }

    @Test
    void refusesAnUnknownCurrency() {
        expectRule(open("Name", "CE", "ABC", "ENG-2026-0001"), "CurrencyMustBeIso4217", "currency");
        expectRule(open("Name", "CE", "usd", "ENG-2026-0001"), "CurrencyMustBeIso4217", "currency");
    }

    @Test
    void refusesAMalformedReference() {
        expectRule(open("Name", "CE", "EUR", "2026-1"), "EngagementReferenceFormat", "reference");
    }

    @Test
    void theOpenedEventSummarisesItself() {
        var event = new EngagementOpenedEvent(ID, "ENG-2026-0007", "Email desk", "Retail", "EUR", "paula");
        assertThat(event.summary()).contains("ENG-2026-0007").contains("Email desk").contains("Retail").contains("EUR");
        assertThat(event.engagementId()).isEqualTo(ID);
    }

    private void expectRule(OpenEngagementCommand command, String rule, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(BusinessRuleViolation.class);
        try {
            new Engagement(command);
        } catch (BusinessRuleViolation violation) {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.field()).isEqualTo(field);
            return;
        }
        throw new AssertionError("expected rule " + rule + " to be broken");
    }
}
