package org.outsourcingdesk.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Opening an engagement and reading it back, through the REST API of a running product, on one
 * database. Each database has a subclass that deploys the product against it.
 */
@ExtendWith(ArquillianExtension.class)
abstract class EngagementFlowContract {

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    private Api paula() {
        return Api.as(base(), "paula");
    }

    @Test
    void anEngagementOpenedOverRestIsListedReadableAndHasItsHistory() throws Exception {
        String requestId = "it-" + UUID.randomUUID();
        var opened = paula().post("api/v1/engagements",
                "{\"name\":\"Tier-1 phone support EMEA\",\"businessUnit\":\"Consumer Electronics\",\"currency\":\"EUR\"}",
                requestId);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asText();
        String reference = opened.json().get("reference").asText();
        assertThat(reference).matches("ENG-\\d{4}-\\d{4,}");
        assertThat(opened.header("Location")).endsWith("/api/v1/engagements/" + id);

        // read your own write: the read model shows it as soon as the POST has answered
        var one = Api.as(base(), "audrey").get("api/v1/engagements/" + id);
        assertThat(one.status()).isEqualTo(200);
        JsonNode engagement = one.json();
        assertThat(engagement.get("reference").asText()).isEqualTo(reference);
        assertThat(engagement.get("name").asText()).isEqualTo("Tier-1 phone support EMEA");
        assertThat(engagement.get("businessUnit").asText()).isEqualTo("Consumer Electronics");
        assertThat(engagement.get("currency").asText()).isEqualTo("EUR");
        assertThat(engagement.get("stage").asText()).isEqualTo("ASSESSMENT");
        assertThat(engagement.get("status").asText()).isEqualTo("Open");
        assertThat(engagement.get("openedBy").asText()).isEqualTo("paula");
        assertThat(engagement.get("openedAt").asText()).isNotBlank();

        var list = paula().get("api/v1/engagements").json();
        assertThat(list.findValuesAsText("id")).contains(id);

        var history = Api.as(base(), "audrey").get("api/v1/engagements/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        JsonNode first = history.json().get(0);
        assertThat(history.json().size()).isEqualTo(1);
        assertThat(first.get("sequence").asInt()).isEqualTo(1);
        assertThat(first.get("type").asText()).isEqualTo("EngagementOpenedEvent");
        assertThat(first.get("actor").asText()).isEqualTo("paula");
        assertThat(first.get("roles").get(0).asText()).isEqualTo("PROCUREMENT");
        assertThat(first.get("requestId").asText()).isEqualTo(requestId);
        assertThat(first.get("correlationId").asText()).isNotBlank();
        assertThat(first.get("causationId").asText()).isNotBlank();
        assertThat(first.get("summary").asText()).contains(reference).contains("Tier-1 phone support EMEA");
        assertThat(first.get("payload").get("name").asText()).isEqualTo("Tier-1 phone support EMEA");
        assertThat(first.get("payload").get("engagementId").asText()).isEqualTo(id);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndRuleAndChangesNothing() throws Exception {
        int before = paula().get("api/v1/engagements").json().size();

        var blank = paula().post("api/v1/engagements", "{\"name\":\"  \",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        assertProblem(blank, 400, "name", "NotBlank");
        var tooLong = paula().post("api/v1/engagements",
                "{\"name\":\"" + "x".repeat(500) + "\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        assertProblem(tooLong, 400, "name", "Size");
        var currency = paula().post("api/v1/engagements", "{\"name\":\"N\",\"businessUnit\":\"BU\",\"currency\":\"ABC\"}", null);
        assertProblem(currency, 400, "currency", "CurrencyCodeConstraint");
        var withdrawn = paula().post("api/v1/engagements", "{\"name\":\"N\",\"businessUnit\":\"BU\",\"currency\":\"DEM\"}", null);
        assertProblem(withdrawn, 400, "currency", "CurrencyCodeConstraint");
        var control = paula().post("api/v1/engagements", "{\"name\":\"a\\u0000b\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        assertProblem(control, 400, "name", "Pattern");
        var malformed = paula().post("api/v1/engagements", "{\"name\": \"N\",", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.json().get("title").asText()).isEqualTo("Malformed JSON");

        var auditor = Api.as(base(), "audrey").post("api/v1/engagements",
                "{\"name\":\"N\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(auditor.header("Content-Type")).startsWith("application/problem+json");
        var approver = Api.as(base(), "marc").post("api/v1/engagements",
                "{\"name\":\"N\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        assertThat(approver.status()).isEqualTo(403);
        var nobody = Api.anonymous(base()).post("api/v1/engagements",
                "{\"name\":\"N\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(nobody.header("WWW-Authenticate")).startsWith("Basic");

        assertThat(paula().get("api/v1/engagements").json().size()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void unknownEngagementsAre404AndTheServiceDescribesItself() throws Exception {
        var unknown = paula().get("api/v1/engagements/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("no engagement");
        assertThat(paula().get("api/v1/engagements/not-an-id/history").status()).isEqualTo(404);
        for (String view : new String[] {"decisions", "events"}) { // the auditors' views of the history answer as it does
            var none = Api.as(base(), "audrey").get("api/v1/audit/engagements/" + UUID.randomUUID() + "/" + view);
            assertThat(none.status()).as(none.body()).isEqualTo(404);
            assertThat(none.header("Content-Type")).startsWith("application/problem+json");
            assertThat(none.json().get("detail").asText()).contains("no engagement");
        }

        var ready = Api.anonymous(base()).get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        var login = Api.anonymous(base()).get("login.xhtml");
        assertThat(login.header("Set-Cookie")).as("session cookie flags")
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        var openapi = Api.anonymous(base()).get("openapi");
        assertThat(openapi.body()).contains("/api/v1/engagements").contains("/api/v1/engagements/{id}/history")
                .contains("/api/v1/engagements/{id}/assessment/demand").contains("/api/v1/engagements/{id}/assessment/options")
                .contains("/api/v1/engagements/{id}/assessment/decision/approve").contains("/api/v1/rate-card")
                .contains("/api/v1/exchange-rates/{currency}").contains("/api/v1/audit/verifications")
                .contains("/api/v1/audit/export.jsonl").contains("/api/v1/audit/public-key")
                .contains("/api/v1/audit/engagements/{id}/as-of").contains("/api/v1/audit/engagements/{id}/changes")
                .contains("/api/v1/audit/engagements/{id}/dossier.pdf").contains("/api/v1/audit/events")
                .contains("/api/v1/audit/engagements/{id}/decisions").contains("/api/v1/audit/engagements/{id}/events")
                .contains("/api/v1/audit/rebuilds");
    }

    @Test
    void theStaffingCalculatorAnswersAnyRoleAndNamesBadFields() throws Exception {
        var staffing = Api.as(base(), "audrey").post("api/v1/calculators/staffing",
                "{\"contacts\": 100, \"intervalMinutes\": 30, \"ahtSeconds\": 180, \"serviceLevelTarget\": 0.80,"
                        + " \"answerWithinSeconds\": 20, \"maxOccupancy\": 0.85, \"shrinkage\": 0.30}", null);
        assertThat(staffing.status()).as(staffing.body()).isEqualTo(200);
        var json = staffing.json();
        assertThat(json.get("trafficErlangs").asDouble()).isEqualTo(10.0);
        assertThat(json.get("agents").asInt()).isEqualTo(14);
        assertThat(json.get("scheduledAgents").asInt()).isEqualTo(20);
        assertThat(json.get("serviceLevel").asDouble()).isEqualTo(0.888);
        assertThat(json.get("probabilityOfWaiting").asDouble()).isEqualTo(0.174);
        assertThat(json.get("averageSpeedOfAnswerSeconds").asDouble()).isEqualTo(7.84);
        assertThat(json.get("occupancy").asDouble()).isEqualTo(0.714);

        var zero = paula().post("api/v1/calculators/staffing", "{\"contacts\": 0, \"intervalMinutes\": 30,"
                + " \"ahtSeconds\": 180, \"serviceLevelTarget\": 1.2, \"answerWithinSeconds\": 20, \"shrinkage\": 1}", null);
        assertProblem(zero, 400, "contacts", "Positive");
        assertThat(zero.json().get("violations").findValuesAsText("field")).contains("serviceLevelTarget", "shrinkage");
        var text = paula().post("api/v1/calculators/staffing", "{\"contacts\": \"many\", \"intervalMinutes\": 30,"
                + " \"ahtSeconds\": 180, \"serviceLevelTarget\": 0.8, \"answerWithinSeconds\": 20}", null);
        assertThat(text.status()).as(text.body()).isEqualTo(400);
        assertThat(text.json().get("violations").findValuesAsText("field")).containsExactly("contacts");
    }

    /** What the live views show now, with the number of events that made it: [events, engagement, assessment]. */
    private void capture(String id, java.util.List<JsonNode[]> moments) throws Exception {
        var audrey = Api.as(base(), "audrey");
        long events = audrey.get("api/v1/engagements/" + id + "/history").json().size();
        var sourcing = audrey.get("api/v1/engagements/" + id + "/sourcing");
        moments.add(new JsonNode[] {com.fasterxml.jackson.databind.node.LongNode.valueOf(events),
                audrey.get("api/v1/engagements/" + id).json(), audrey.get("api/v1/engagements/" + id + "/assessment").json(),
                sourcing.status() == 200 ? sourcing.json() : com.fasterxml.jackson.databind.node.NullNode.getInstance()});
    }

    static final String DEMAND = """
            {"channels": [
              {"channel": "INBOUND_VOICE", "monthlyVolume": 12000, "ahtSeconds": 300, "busiestHourPercent": 14,
               "openingHours": {"allDay": false, "hoursPerWeekday": [10, 10, 10, 10, 10, 0, 0]},
               "target": {"percent": 80, "withinSeconds": 20}, "languages": ["English", "Spanish"],
               "expertPercent": 15, "faceToFacePercent": 0, "growthPercentPerYear": 5, "concurrency": 1},
              {"channel": "EMAIL", "monthlyVolume": 4000, "ahtSeconds": 420, "busiestHourPercent": 12,
               "openingHours": {"allDay": false, "hoursPerWeekday": [10, 10, 10, 10, 10, 0, 0]},
               "target": {"percent": 90, "withinHours": 24}, "languages": ["English"],
               "expertPercent": 10, "faceToFacePercent": 0, "growthPercentPerYear": 8},
              {"channel": "CHAT", "monthlyVolume": 5000, "ahtSeconds": 480, "busiestHourPercent": 15,
               "openingHours": {"allDay": true},
               "target": {"percent": 80, "withinSeconds": 60}, "languages": ["English"],
               "expertPercent": 5, "faceToFacePercent": 0, "growthPercentPerYear": 15, "concurrency": 2}],
             "assumptions": {"maxOccupancyPercent": 85, "shrinkagePercent": 30, "paidHoursPerFte": 2080}}
            """;
    static final String BASELINE = """
            {"annualWagePerFte": 38000, "payrollBurdenPercent": 25, "trainingCostPerHire": 4000,
             "attritionPercentPerYear": 35, "equipmentPerSeat": 1200, "facilitiesPerSeat": 4800,
             "maintenanceAndItPerSeat": 1500, "telephonyAndSoftwarePerSeat": 1800, "agentsPerSupervisor": 12,
             "supervisorAnnualCost": 65000, "managementAnnualCost": 120000}
            """;

    @Test
    void anAssessmentRunsFromDemandToAnApprovedDecisionThatStartsSourcing() throws Exception {
        var opened = paula().post("api/v1/engagements",
                "{\"name\":\"Customer care EMEA\",\"businessUnit\":\"Home Appliances\",\"currency\":\"EUR\"}", null);
        String id = opened.json().get("id").asText();
        String assessment = "api/v1/engagements/" + id + "/assessment";
        var audrey = Api.as(base(), "audrey");
        var marc = Api.as(base(), "marc");
        var admin = Api.as(base(), "admin");

        // nothing recorded yet: the figures say what is missing
        assertThat(paula().get(assessment).json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertProblem(paula().get(assessment + "/options"), 409, "", "FiguresNeedDemandAndBaseline");
        assertThat(paula().get(assessment + "/demand").status()).isEqualTo(404);

        // inputs: validated, naming the field and the rule; an auditor changes nothing
        assertProblem(paula().put(assessment + "/demand", DEMAND.replace("\"ahtSeconds\": 300", "\"ahtSeconds\": 0")),
                422, "channels.INBOUND_VOICE.ahtSeconds", "HandleTimeMustBePositive");
        assertProblem(paula().put(assessment + "/demand", DEMAND.replace("\"expertPercent\": 10", "\"expertPercent\": 140")),
                422, "channels.EMAIL.expertPercent", "ShareOutOfRange");
        assertThat(paula().put(assessment + "/demand", "{\"channels\": \"lots\"}").status()).isEqualTo(400);
        assertProblem(paula().put(assessment + "/demand", DEMAND.replace("\"monthlyVolume\": 4000, ", "")),
                422, "channels.EMAIL.monthlyVolume", "VolumeRequired");
        assertProblem(paula().put(assessment + "/cost-baseline", BASELINE.replace("\"payrollBurdenPercent\": 25, ", "")),
                422, "payrollBurdenPercent", "RateRequired");
        assertProblem(paula().put(assessment + "/cost-baseline", BASELINE.replace("}", ", \"currency\": \"USD\"}")),
                422, "currency", "BaselineInEngagementCurrency");
        assertProblem(paula().put(assessment + "/demand", DEMAND.replace("\"maxOccupancyPercent\": 85", "\"maxOccupancyPercent\": 0.85")),
                422, "assumptions.maxOccupancyPercent", "OccupancyOutOfRange");
        assertThat(audrey.put(assessment + "/demand", DEMAND).status()).isEqualTo(403);
        assertThat(marc.put(assessment + "/cost-baseline", BASELINE).status()).isEqualTo(403);
        assertThat(paula().get(assessment).json().get("demand").isNull()).as("nothing changed").isTrue();

        var recorded = paula().put(assessment + "/demand", DEMAND);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("demand").get("channels")).hasSize(3);
        var staffing = audrey.get(assessment + "/staffing").json();
        assertThat(staffing.findValuesAsText("method")).containsExactly("ERLANG_C", "WORKLOAD", "ERLANG_C");
        assertThat(staffing.get(0).get("peakAgents").asInt()).isPositive();
        assertThat(staffing.get(0).get("sensitivity")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(paula().put(assessment + "/cost-baseline", BASELINE).status()).isEqualTo(200);
        assertThat(paula().put(assessment + "/factors",
                "{\"ratings\": [{\"factor\": \"COMPLEXITY\", \"rating\": \"LOW\", \"note\": \"Scripted\"}]}").status())
                .isEqualTo(200);

        // options need a rate for EUR: the demo sets one; a new one set by an administrator is used from now on
        assertThat(audrey.put("api/v1/exchange-rates/EUR", "{\"unitsPerUsd\": 0.9, \"asOf\": \"2026-01-01\"}").status())
                .isEqualTo(403);
        var rate = admin.put("api/v1/exchange-rates/EUR", "{\"unitsPerUsd\": 0.5, \"asOf\": \"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\"}");
        assertThat(rate.status()).as(rate.body()).isEqualTo(200);
        var options = audrey.get(assessment + "/options");
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        var figures = options.json();
        assertThat(figures.get("currency").asText()).isEqualTo("EUR");
        assertThat(figures.get("conversion").get("unitsPerUsd").asDouble()).isEqualTo(0.5);
        assertThat(figures.get("inHouse").get("total").asDouble()).isPositive();
        assertThat(figures.get("options").get(0).get("domestic").asBoolean()).as("domestic options first").isTrue();
        assertThat(figures.get("options").findValuesAsText("pricingModel")).contains("SHARED_PER_MINUTE", "DEDICATED_HOURLY", "MONTHLY");
        assertThat(figures.get("recommendation").get("outcome").asText()).isEqualTo("OUTSOURCE");
        int rateCardVersion = figures.get("rateCardVersion").asInt();

        // the decision: rules first, then four eyes
        String proposal = "{\"outcome\": \"OUTSOURCE\", \"channels\": [\"INBOUND_VOICE\", \"EMAIL\"],"
                + " \"regions\": [\"US_CA\", \"ASIA_PHILIPPINES\"], \"pricingModels\": [\"DEDICATED_HOURLY\"],"
                + " \"rationale\": \"%s\"}";
        assertProblem(paula().post(assessment + "/decision/propose", proposal.formatted("Cheaper."), null),
                422, "rationale", "RationaleTooShort");
        assertThat(marc.post(assessment + "/decision/propose", proposal.formatted("Marc may not propose this at all."), null)
                .status()).isEqualTo(403);
        var proposed = paula().post(assessment + "/decision/propose",
                proposal.formatted("Dedicated agents onshore and in Manila cost less and cover the peaks."), null);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(proposed.json().get("status").asText()).isEqualTo("PROPOSED");
        var moments = new java.util.ArrayList<JsonNode[]>();
        capture(id, moments);
        assertProblem(paula().put(assessment + "/demand", DEMAND), 409, "", "AssessmentUnderReview");
        assertThat(paula().post(assessment + "/decision/approve", "{}", null).status()).as("not an approver").isEqualTo(403);

        // a later change of rates never rewrites the figures of the proposal
        admin.put("api/v1/exchange-rates/EUR", "{\"unitsPerUsd\": 0.8, \"asOf\": \"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\"}");
        var approved = marc.post(assessment + "/decision/approve", "{\"comment\": \"Agreed\"}", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        var decision = approved.json().get("decision");
        assertThat(decision.get("approvedBy").asText()).isEqualTo("marc");
        assertThat(decision.get("nextStage").asText()).isEqualTo("SOURCING");
        assertThat(decision.get("figures").get("conversion").get("unitsPerUsd").asDouble()).isEqualTo(0.5);
        assertThat(decision.get("figures").get("rateCardVersion").asInt()).isEqualTo(rateCardVersion);
        assertThat(paula().get("api/v1/engagements/" + id).json().get("stage").asText()).isEqualTo("SOURCING");

        // the approval opened a sourcing round with the decision's scope and the standard criteria
        var round = awaitRound(id, r -> true);
        capture(id, moments); // the round opens a moment after the approval: taken once it has
        assertThat(round.get("status").asText()).isEqualTo("OPEN");
        assertThat(round.get("number").asInt()).isEqualTo(1);
        assertThat(round.get("openedBy").asText()).isEqualTo("marc");
        assertThat(round.get("regions").toString()).isEqualTo(decision.get("regions").toString());
        assertThat(round.get("criteria").findValuesAsText("code")).contains("COST", "DATA_SECURITY", "PERCEPTION");
        String sourcing = "api/v1/engagements/" + id + "/sourcing";
        assertProblem(paula().put(sourcing + "/criteria", "{\"basedOnRevision\": 1, \"criteria\": [{\"name\": \"Cost\","
                + " \"weightPercent\": 70}, {\"name\": \"Quality\", \"weightPercent\": 20}]}"), 422, "criteria", "WeightsSumTo100");
        var criteria = paula().put(sourcing + "/criteria", "{\"basedOnRevision\": 1, \"reason\": \"Cost first\", \"criteria\":"
                + " [{\"name\": \"Cost\", \"weightPercent\": 70}, {\"name\": \"Quality\", \"weightPercent\": 30}]}");
        assertThat(criteria.status()).as(criteria.body()).isEqualTo(200);
        assertThat(criteria.json().get("criteriaRevision").asInt()).isEqualTo(2);
        assertProblem(paula().put(sourcing + "/criteria", "{\"basedOnRevision\": 1, \"criteria\": [{\"name\": \"Cost\","
                + " \"weightPercent\": 100}]}"), 409, "basedOnRevision", "CriteriaChangedMeanwhile");
        var vendor = paula().post("api/v1/vendors", vendorJson("Round vendor " + System.nanoTime()), null);
        String vendorId = vendor.json().get("vendorId").asText();
        var listed = paula().post(sourcing + "/shortlist", "{\"vendorId\": \"" + vendorId + "\"}", null);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().get("shortlist").get(0).get("vendorVersion").asInt()).isEqualTo(1);
        assertProblem(paula().post(sourcing + "/shortlist", "{\"vendorId\": \"" + vendorId + "\"}", null), 409, "vendorId",
                "ShortlistedOnce");
        assertProblem(paula().post(sourcing + "/shortlist", "{\"vendorId\": \"nobody\"}", null), 422, "vendorId", "VendorInRegistry");
        assertProblem(paula().put(sourcing + "/shortlist/" + vendorId + "/rfp", "{\"sentOn\": \"2026-12-01\", \"dueOn\":"
                + " \"2026-11-30\"}"), 422, "dueOn", "RfpDueAfterSent");
        var rfp = paula().put(sourcing + "/shortlist/" + vendorId + "/rfp", "{\"sentOn\": \"2026-12-01\", \"dueOn\": \"2026-12-15\"}");
        assertThat(rfp.status()).as(rfp.body()).isEqualTo(200);
        assertThat(rfp.json().get("shortlist").get(0).get("rfpDueOn").asText()).isEqualTo("2026-12-15");
        capture(id, moments);
        assertThat(audrey.put(sourcing + "/criteria", "{\"basedOnRevision\": 2, \"criteria\": []}").status()).isEqualTo(403);

        // a quote, priced at the approved forecast and held against the rate card's band for the vendor's region
        String vendorPath = sourcing + "/shortlist/" + vendorId;
        String hourly = "{\"quote\": {\"pricingModel\": \"DEDICATED_HOURLY\", \"currency\": \"USD\", %s"
                + " \"billingBasis\": \"PRODUCTIVE\", \"setupFee\": 5000, \"contractMonths\": 24}}";
        assertProblem(paula().put(vendorPath + "/quotes/EMAIL", hourly.formatted("")), 422, "quote.ratePerHour", "HourlyQuoteHasRate");
        assertProblem(paula().put(vendorPath + "/quotes/EMAIL", hourly.formatted("\"ratePerHour\": 9.5,")
                .replace("{\"quote\"", "{\"region\": \"US_CA\", \"quote\"")), 422, "region", "RegionOfVendor");
        assertProblem(paula().put(vendorPath + "/quotes/CHAT", hourly.formatted("\"ratePerHour\": 9.5,")), 422, "channel",
                "QuoteChannelInScope");
        var quoted = paula().put(vendorPath + "/quotes/EMAIL", hourly.formatted("\"ratePerHour\": 9.5,"));
        assertThat(quoted.status()).as(quoted.body()).isEqualTo(200);
        var emailQuote = quoted.json().get("shortlist").get(0).get("quotes").get(0);
        assertThat(emailQuote.get("region").asText()).isEqualTo("ASIA_PHILIPPINES");
        assertThat(emailQuote.get("volume").get("annualContacts").asLong()).as("the approved forecast").isGreaterThan(48_000L);
        assertThat(emailQuote.get("cost").get("currency").asText()).isEqualTo("USD");
        assertThat(emailQuote.get("cost").get("saving").isNull()).as("compared with the in-house cost").isFalse();
        assertThat(emailQuote.get("cost").get("band").get("position").asText()).isEqualTo("WITHIN");

        // due diligence, a test call, an online review
        assertThat(paula().put(sourcing + "/due-diligence/mandatory", "{\"items\": [\"DATA_PROTECTION\", \"LABOUR_LAW\"]}")
                .json().get("mandatoryDueDiligence").size()).isEqualTo(2);
        assertProblem(paula().put(vendorPath + "/due-diligence/REFERENCES", "{\"outcome\": \"PASSED\", \"evidence\":"
                + " \"Two references, both positive\"}"), 422, "references", "ReferenceNamed");
        var checked = paula().put(vendorPath + "/due-diligence/REFERENCES", "{\"outcome\": \"PASSED\", \"evidence\":"
                + " \"Two references, both positive\", \"references\": [{\"contact\": \"Jo Reyes\", \"company\":"
                + " \"Acme Retail\", \"outcome\": \"Renewed twice\"}]}");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(paula().put(vendorPath + "/due-diligence/DATA_PROTECTION", "{\"outcome\": \"FAILED\", \"evidence\":"
                + " \"No data processing agreement offered\"}").status()).isEqualTo(200);
        assertThat(paula().put(vendorPath + "/due-diligence/NOT_AN_ITEM", "{\"outcome\": \"FAILED\"}").status()).isEqualTo(404);
        String call = "{\"madeOn\": \"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\", \"channel\": \"EMAIL\","
                + " \"scenario\": \"Refund for a damaged kettle\", \"waitSeconds\": 5400, \"handleSeconds\": 600,"
                + " \"resolved\": true, \"clarity\": %d, \"courtesy\": 4}";
        assertProblem(paula().post(vendorPath + "/test-calls", call.formatted(7), null), 422, "call.clarity", "RatingWithinScale");
        assertThat(paula().post(vendorPath + "/test-calls", call.formatted(4), null).status()).isEqualTo(200);
        assertThat(paula().post(vendorPath + "/reviews", "{\"source\": \"Trustpilot\", \"sentiment\": \"MIXED\","
                + " \"summary\": \"Friendly agents, slow email replies\"}", null).status()).isEqualTo(200);

        // two evaluators score; the first score froze the weights
        String scores = "{\"scores\": [{\"criterionCode\": \"COST\", \"score\": %d, \"comment\": \"Hourly rate within band\"},"
                + " {\"criterionCode\": \"QUALITY\", \"score\": 3, \"comment\": \"Slow email in the test call\"}]}";
        assertProblem(paula().put(vendorPath + "/scores", "{\"scores\": [{\"criterionCode\": \"COST\", \"score\": 4,"
                + " \"comment\": \"Cheap\"}]}"), 422, "scores", "ScoreEveryCriterion");
        assertThat(paula().put(vendorPath + "/scores", scores.formatted(4)).status()).isEqualTo(200);
        var carlaScored = Api.as(base(), "carla").put(vendorPath + "/scores", scores.formatted(5));
        assertThat(carlaScored.status()).as(carlaScored.body()).isEqualTo(200);
        assertProblem(paula().put(sourcing + "/criteria", "{\"basedOnRevision\": 2, \"criteria\": [{\"name\": \"Cost\","
                + " \"weightPercent\": 50}, {\"name\": \"Quality\", \"weightPercent\": 50}]}"), 422, "reason", "WeightsFrozen");
        var comparison = audrey.get(sourcing + "/comparison");
        assertThat(comparison.status()).as(comparison.body()).isEqualTo(200);
        var row = comparison.json().get("rows").get(0);
        // COST (4 + 5) / 2 = 4.5, QUALITY 3: 70 x 4.5 / 5 + 30 x 3 / 5 = 63 + 18
        assertThat(row.get("weightedTotal").asDouble()).isEqualTo(81.0);
        assertThat(row.get("mandatoryFailed").toString()).isEqualTo("[\"DATA_PROTECTION\"]");
        assertThat(row.get("testCalls").asInt()).isEqualTo(1);
        assertThat(row.get("annualCost").decimalValue()).isEqualByComparingTo(emailQuote.get("cost").get("averageAnnual").decimalValue());
        capture(id, moments);

        // decided: read-only until reopened with a reason; the history keeps both
        assertProblem(paula().put(assessment + "/cost-baseline", BASELINE), 409, "", "DecidedAssessmentIsReadOnly");
        assertProblem(marc.post(assessment + "/reopen", "{\"reason\": \" \"}", null), 422, "reason", "ReopenNeedsReason");
        assertThat(audrey.post(assessment + "/reopen", "{\"reason\": \"Audit\"}", null).status()).isEqualTo(403);
        assertThat(paula().post(assessment + "/reopen", "{\"reason\": \"Undo it\"}", null).status())
                .as("an analyst alone does not undo an approval").isEqualTo(403);
        var reopened = marc.post(assessment + "/reopen", "{\"reason\": \"Volumes doubled after the merger\"}", null);
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(paula().get("api/v1/engagements/" + id).json().get("stage").asText()).isEqualTo("ASSESSMENT");
        // the round the approval opened is cancelled with the reason, and changes no more
        var cancelled = awaitRound(id, r -> r.get("status").asText().equals("CANCELLED"));
        capture(id, moments);
        assertThat(cancelled.get("closeReason").asText()).contains("Volumes doubled after the merger");
        assertProblem(paula().post(sourcing + "/shortlist/" + vendorId + "/drop", "{\"reason\": \"Too late now\"}", null), 409,
                "", "RoundOpen");

        // a second proposal, rejected with a comment: the analyst works on it again
        // ... proposed this time by carla, who is an approver too: four eyes hold all the same
        var carla = Api.as(base(), "carla");
        var again = carla.post(assessment + "/decision/propose",
                "{\"outcome\": \"KEEP_IN_HOUSE\", \"rationale\": \"With doubled volumes the in-house team is cheaper.\"}", null);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertProblem(carla.post(assessment + "/decision/approve", "{\"comment\": \"Fine\"}", null), 403, "",
                "ApproverMustDifferFromProposer");
        assertProblem(carla.post(assessment + "/decision/reject", "{\"comment\": \"Not so sure\"}", null), 403, "",
                "ApproverMustDifferFromProposer");
        assertProblem(marc.post(assessment + "/decision/reject", "{\"comment\": \"\"}", null), 422, "comment",
                "RejectionNeedsComment");
        var rejected = marc.post(assessment + "/decision/reject", "{\"comment\": \"Show the staffing at the new volumes first\"}", null);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(rejected.json().get("lastRejection").get("rejectedBy").asText()).isEqualTo("marc");
        capture(id, moments);
        assertProblem(marc.post(assessment + "/decision/approve", "{}", null), 409, "", "NoProposalToDecide");

        var history = audrey.get("api/v1/engagements/" + id + "/history").json();
        assertThat(history.findValuesAsText("type")).contains("SourcingRoundOpenedEvent", "EvaluationCriteriaSetEvent",
                "VendorShortlistedEvent", "RequestForProposalRecordedEvent", "SourcingRoundCancelledEvent");
        assertThat(history.findValuesAsText("type")).contains("QuoteRecordedEvent", "MandatoryDueDiligenceSetEvent",
                "DueDiligenceRecordedEvent", "TestCallLoggedEvent", "ReviewFindingRecordedEvent", "VendorScoredEvent");
        assertThat(history.findValuesAsText("type").stream().filter(type -> type.startsWith("Engagement")
                || type.startsWith("Assessment") || type.endsWith("ProfileRecordedEvent") || type.startsWith("CostBaseline")
                || type.startsWith("Qualitative")).toList()).containsExactly(
                "EngagementOpenedEvent", "DemandProfileRecordedEvent",
                "CostBaselineRecordedEvent", "QualitativeFactorsRecordedEvent", "AssessmentDecisionProposedEvent",
                "AssessmentDecisionApprovedEvent", "AssessmentReopenedEvent", "AssessmentDecisionProposedEvent",
                "AssessmentDecisionRejectedEvent");
        // as of each decision, the engagement is what the live views showed right after it
        for (JsonNode[] moment : moments) {
            var then = audrey.get("api/v1/audit/engagements/" + id + "/as-of?event=" + moment[0].asLong());
            assertThat(then.status()).as(then.body()).isEqualTo(200);
            assertThat(then.json().get("engagement")).as("engagement after event " + moment[0]).isEqualTo(moment[1]);
            assertThat(then.json().get("assessment")).as("assessment after event " + moment[0]).isEqualTo(moment[2]);
            assertThat(then.json().get("sourcing")).as("sourcing round after event " + moment[0]).isEqualTo(moment[3]);
        }
        var byTime = audrey.get("api/v1/audit/engagements/" + id + "/as-of?at="
                + moments.get(0)[1].get("openedAt").asText());
        assertThat(byTime.json().get("eventsApplied").asLong()).as("only the opening by then").isEqualTo(1);
        assertThat(byTime.json().get("assessment").isNull()).isTrue();
        var changed = audrey.get("api/v1/audit/engagements/" + id + "/changes?fromEvent=" + moments.get(0)[0].asLong()
                + "&toEvent=" + moments.get(1)[0].asLong()).json();
        assertThat(changed.findValuesAsText("path")).contains("engagement.stage", "assessment.status");
        assertProblem(audrey.get("api/v1/audit/engagements/" + id + "/as-of?at=yesterday"), 422, "at", "InstantFormat");

        // the event log across engagements: filters, keyset paging, exports; auditors and administrators only
        var approvals = audrey.get("api/v1/audit/events?engagement=" + id + "&type=AssessmentDecisionApprovedEvent").json();
        assertThat(approvals.get("events")).hasSize(1);
        assertThat(approvals.get("events").get(0).get("actor").asText()).isEqualTo("marc");
        var newest = audrey.get("api/v1/audit/events?engagement=" + id + "&limit=4").json();
        assertThat(newest.get("events")).hasSize(4);
        assertThat(newest.get("older").asBoolean()).isTrue();
        long oldestShown = newest.get("events").get(3).get("globalIndex").asLong();
        var older = audrey.get("api/v1/audit/events?engagement=" + id + "&limit=4&before=" + oldestShown).json();
        assertThat(older.get("events").get(0).get("globalIndex").asLong()).isLessThan(oldestShown);
        assertThat(older.get("newer").asBoolean()).isTrue();
        assertThat(audrey.get("api/v1/audit/events?actor=marc&module=assessment").json().get("events").findValuesAsText("actor"))
                .isNotEmpty().containsOnly("marc");
        var csv = audrey.get("api/v1/audit/events/export.csv?engagement=" + id).body().lines().toList();
        assertThat(csv.get(0)).startsWith("globalIndex,occurredAt,engagementId,module,type,actor");
        assertThat(csv).hasSize(1 + history.size());
        var jsonl = audrey.get("api/v1/audit/events/export.jsonl?engagement=" + id).body().lines().toList();
        assertThat(jsonl).hasSize(history.size());
        assertThat(jsonl.get(0)).contains("\"type\":\"EngagementOpenedEvent\"").contains("\"link\"");
        assertThat(paula().get("api/v1/audit/events").status()).as("analysts do not read the log").isEqualTo(403);
        assertProblem(audrey.get("api/v1/audit/events?from=last-week"), 422, "from", "InstantFormat");

        // the decision dossier: a PDF with the decisions, their figures and the integrity proof
        var dossier = audrey.getBytes("api/v1/audit/engagements/" + id + "/dossier.pdf");
        var pdf = new com.lowagie.text.pdf.PdfReader(dossier);
        var text = new StringBuilder();
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf);
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Decision dossier").contains("Dedicated agents onshore")
                .contains("approved by marc").contains("Integrity proof").contains("BEGIN PUBLIC KEY");

        var decisions = audrey.get("api/v1/engagements/" + id + "/history?decisions=true").json();
        assertThat(decisions.findValuesAsText("type")).containsExactly("EngagementOpenedEvent",
                "AssessmentDecisionProposedEvent", "AssessmentDecisionApprovedEvent", "AssessmentReopenedEvent",
                "AssessmentDecisionProposedEvent", "AssessmentDecisionRejectedEvent");
        assertThat(decisions.get(2).get("sequence").asInt()).as("places in the full history").isEqualTo(6);
        assertThat(decisions.get(2).get("payload").get("rationale").asText()).startsWith("Dedicated agents onshore");
        assertThat(history.get(2).get("payload").get("baseline").get("currency").asText())
                .as("the baseline's amounts carry the engagement's currency").isEqualTo("EUR");
        var approval = history.get(5);
        assertThat(approval.get("actor").asText()).isEqualTo("marc");
        assertThat(approval.get("actorName").asText()).isEqualTo("Marc Approver");
        var answered = approval.get("proposal"); // the proposal it approves: who, by name, in which role, when
        assertThat(answered.get("username").asText()).isEqualTo("paula");
        assertThat(answered.get("name").asText()).isEqualTo("Paula Procurement");
        assertThat(answered.get("roles").get(0).asText()).isEqualTo("PROCUREMENT");
        assertThat(answered.get("sequence").asLong()).isEqualTo(decisions.get(1).get("sequence").asLong());
        assertThat(answered.get("at").asText()).isEqualTo(decisions.get(1).get("occurredAt").asText());
        assertThat(decisions.get(1).get("proposal").isNull()).as("a proposal answers nothing").isTrue();
        assertThat(approval.get("payload").get("figures").get("inHouse").get("total").asDouble())
                .isEqualTo(figures.get("inHouse").get("total").asDouble());
        assertThat(approval.get("payload").get("figures").get("demand").get("channels")).hasSize(3);
    }

    @Test
    void anAuditorIsRefusedEveryCommandAndNothingChanges() throws Exception {
        var opened = paula().post("api/v1/engagements",
                "{\"name\":\"Role matrix\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        String id = opened.json().get("id").asText();
        String assessment = "api/v1/engagements/" + id + "/assessment";
        var audrey = Api.as(base(), "audrey");
        JsonNode newest = null;
        for (int attempt = 0; attempt < 100; attempt++) { // the log follows the store a moment later
            newest = audrey.get("api/v1/audit/events?limit=1").json().get("events").get(0);
            if (id.equals(newest.get("engagementId").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(newest.get("engagementId").asText()).isEqualTo(id);
        var vendor = paula().post("api/v1/vendors", vendorJson("Role matrix vendor"), null);
        assertThat(vendor.status()).as(vendor.body()).isEqualTo(201);
        String vendorPath = "api/v1/vendors/" + vendor.json().get("vendorId").asText();
        for (int attempt = 0; attempt < 100; attempt++) { // the log follows the store a moment later
            newest = audrey.get("api/v1/audit/events?limit=1").json().get("events").get(0);
            if (newest.get("type").asText().equals("VendorRegisteredEvent")) {
                break;
            }
            Thread.sleep(100);
        }
        long before = newest.get("globalIndex").asLong();
        String rateCard = "{\"basedOnVersion\": 1, \"content\": " + paula().get("api/v1/rate-card").json().get("content") + "}";
        String sourcing = "api/v1/engagements/" + id + "/sourcing";
        String shortlisted = sourcing + "/shortlist/" + vendor.json().get("vendorId").asText();
        record Call(String method, String path, String body) {
        }
        var commands = java.util.List.of(
                new Call("POST", "api/v1/engagements", "{\"name\":\"N\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}"),
                new Call("PUT", assessment + "/demand", DEMAND),
                new Call("PUT", assessment + "/cost-baseline", BASELINE),
                new Call("PUT", assessment + "/factors", "{\"ratings\": []}"),
                new Call("POST", assessment + "/decision/propose", "{\"outcome\": \"KEEP_IN_HOUSE\", \"rationale\": \"It is cheaper to keep it.\"}"),
                new Call("POST", assessment + "/decision/approve", "{}"),
                new Call("POST", assessment + "/decision/reject", "{\"comment\": \"No\"}"),
                new Call("POST", assessment + "/reopen", "{\"reason\": \"Because\"}"),
                new Call("PUT", "api/v1/rate-card", rateCard),
                new Call("PUT", "api/v1/exchange-rates/EUR", "{\"unitsPerUsd\": 0.9, \"asOf\": \"2026-01-01\"}"),
                new Call("POST", "api/v1/vendors", vendorJson("Audrey's vendor")),
                new Call("PUT", vendorPath, "{\"basedOnVersion\": 1, \"profile\": " + vendorJson("Renamed") + "}"),
                new Call("POST", vendorPath + "/archive", "{\"reason\": \"An auditor may not archive vendors.\"}"),
                new Call("CSV", "api/v1/vendors/import", VENDOR_CSV_HEADER + "Imported,CALL_CENTER,PH,PH::ASIA_PHILIPPINES,,EMAIL,no,,,,\n"),
                new Call("PUT", sourcing + "/criteria", "{\"basedOnRevision\": 1, \"criteria\": []}"),
                new Call("POST", sourcing + "/shortlist", "{\"vendorId\": \"v\"}"),
                new Call("POST", shortlisted + "/drop", "{\"reason\": \"An auditor may not\"}"),
                new Call("PUT", shortlisted + "/rfp", "{\"sentOn\": \"2026-12-01\", \"dueOn\": \"2026-12-15\"}"),
                new Call("PUT", shortlisted + "/quotes/EMAIL", "{\"quote\": {}}"),
                new Call("PUT", sourcing + "/due-diligence/mandatory", "{\"items\": []}"),
                new Call("PUT", shortlisted + "/due-diligence/REFERENCES", "{\"outcome\": \"PASSED\"}"),
                new Call("POST", shortlisted + "/test-calls", "{}"),
                new Call("POST", shortlisted + "/reviews", "{}"),
                new Call("PUT", shortlisted + "/scores", "{\"scores\": []}"),
                new Call("POST", sourcing + "/selection", "{}"),
                new Call("POST", sourcing + "/selection/approve", "{}"),
                new Call("POST", sourcing + "/selection/reject", "{\"comment\": \"No\"}"),
                new Call("POST", sourcing + "/end", "{\"reason\": \"An auditor may not end it\"}"),
                new Call("PUT", "api/v1/engagements/" + id + "/contract/term", "{}"),
                new Call("PUT", "api/v1/engagements/" + id + "/contract/service-levels", "{}"),
                new Call("PUT", "api/v1/engagements/" + id + "/contract/governance", "{}"),
                new Call("PUT", "api/v1/engagements/" + id + "/contract/data", "{}"),
                new Call("PUT", "api/v1/engagements/" + id + "/contract/termination", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/contract/submit", ""),
                new Call("POST", "api/v1/engagements/" + id + "/contract/legal-review/pass", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/contract/legal-review/request-changes", "{\"comment\": \"An auditor may not\"}"),
                new Call("POST", "api/v1/engagements/" + id + "/contract/approval/approve", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/contract/approval/request-changes", "{\"comment\": \"An auditor may not\"}"),
                new Call("POST", "api/v1/engagements/" + id + "/contract/signatures", "{\"party\": \"CLIENT\"}"),
                new Call("POST", "api/v1/engagements/" + id + "/contract/amendments", "{\"reason\": \"An auditor may not\"}"),
                new Call("POST", "api/v1/engagements/" + id + "/monitoring/periods", "{\"reports\": []}"),
                new Call("CSV", "api/v1/engagements/" + id + "/monitoring/periods/import", "period_start,channel,handled\n"),
                new Call("POST", "api/v1/engagements/" + id + "/monitoring/test-calls", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/monitoring/test-calls/log", "{\"call\": {}}"),
                new Call("POST", "api/v1/engagements/" + id + "/monitoring/reviews", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/monitoring/invoices", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/monitoring/governance", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/monitoring/governance/m/items/1/done", "{}"),
                new Call("PUT", "api/v1/engagements/" + id + "/exit/checklist/STAFF_IDENTIFIED", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/exit/reviews", "{\"reason\": \"An auditor may not\"}"),
                new Call("POST", "api/v1/engagements/" + id + "/exit/reviews/propose", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/exit/reviews/approve", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/exit/reviews/reject", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/exit/notice", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/exit/tasks", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/exit/tasks/t/done", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/exit/tasks/t/waive", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/exit/settlement", "{}"),
                new Call("POST", "api/v1/engagements/" + id + "/exit/complete", "{}"));
        for (Call call : commands) {
            var reply = switch (call.method()) {
                case "POST" -> audrey.post(call.path(), call.body(), null);
                case "CSV" -> audrey.postText(call.path(), call.body(), "text/csv");
                default -> audrey.put(call.path(), call.body());
            };
            assertThat(reply.status()).as(call.method() + " " + call.path()).isEqualTo(403);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        Thread.sleep(500);
        long after = audrey.get("api/v1/audit/events?limit=1").json().get("events").get(0).get("globalIndex").asLong();
        assertThat(after).as("no event was stored").isEqualTo(before);
    }

    private void contractGoesThroughReviewApprovalAndSignatureToMonitoring(String id, String contract, String term) throws Exception {
        var lena = Api.as(base(), "lena");
        var marc = Api.as(base(), "marc");
        String termination = "{\"forCause\": [{\"kind\": \"SLA_BREACH_CONSECUTIVE\", \"metric\": \"%s\", \"breachedPeriods\": 3},"
                + " {\"kind\": \"DATA_BREACH\"}], \"convenienceFees\": [{\"fromMonth\": 1, \"fee\": 40000}, {\"fromMonth\": 3,"
                + " \"fee\": 15000}], \"liabilityCap\": 1000000, \"terminationFeeCap\": 50000, \"exitAssistanceMonths\": 6,"
                + " \"exitAssistance\": \"Knowledge transfer, call flows and recordings handed over\"}";
        assertProblem(paula().post(contract + "/submit", "", null), 422, "termination", "SectionsComplete");
        assertProblem(paula().put(contract + "/termination", termination.formatted("CUSTOMER_SATISFACTION")), 422,
                "termination.forCause[0].metric", "TriggerMetricInSlas");
        var terminated = paula().put(contract + "/termination", termination.formatted("SERVICE_LEVEL"));
        assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
        assertThat(terminated.json().get("termination").get("forCause")).hasSize(2);
        // it started seven months ago, so that it becomes active as soon as both have signed and has periods to report;
        // it ends in 120 days, so notice is due within 30
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        java.time.LocalDate started = today.minusMonths(7).withDayOfMonth(1);
        assertThat(paula().put(contract + "/term", term.replace("2027-01-01", started.toString())
                .formatted(today.plusDays(119))).status()).isEqualTo(200);
        assertProblem(paula().put(contract + "/termination", termination.formatted("SERVICE_LEVEL").replace("\"fromMonth\": 3,",
                "\"fromMonth\": 40,")), 422, "termination.convenienceFees[1].fromMonth", "FeeWithinTerm");

        assertThat(lena.post(contract + "/submit", "", null).status()).as("legal does not submit").isEqualTo(403);
        var submitted = paula().post(contract + "/submit", "", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asText()).isEqualTo("IN_LEGAL_REVIEW");
        assertProblem(paula().put(contract + "/termination", termination.formatted("SERVICE_LEVEL")), 409, "", "ContractIsDraft");
        assertThat(paula().post(contract + "/legal-review/pass", "{}", null).status()).as("only legal reviews").isEqualTo(403);
        assertProblem(marc.post(contract + "/approval/approve", "{}", null), 409, "", "ContractLegallyApproved");
        assertProblem(lena.post(contract + "/legal-review/request-changes", "{\"comment\": \"No\"}", null), 422, "comment",
                "ChangesExplained");
        var changes = lena.post(contract + "/legal-review/request-changes", "{\"comment\": \"Lower the liability cap to the annual fee\"}", null);
        assertThat(changes.status()).as(changes.body()).isEqualTo(200);
        assertThat(changes.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(changes.json().get("reviews").get(0).get("comment").asText()).isEqualTo("Lower the liability cap to the annual fee");
        assertThat(paula().put(contract + "/termination", termination.formatted("SERVICE_LEVEL").replace("1000000", "400000"))
                .status()).isEqualTo(200);
        assertThat(paula().post(contract + "/submit", "", null).status()).isEqualTo(200);
        var passed = lena.post(contract + "/legal-review/pass", "{\"comment\": \"Fine now\"}", null);
        assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        assertThat(passed.json().get("status").asText()).isEqualTo("LEGALLY_APPROVED");
        assertThat(paula().post(contract + "/approval/approve", "{}", null).status()).as("procurement does not approve").isEqualTo(403);
        assertProblem(paula().post(contract + "/signatures", "{\"party\": \"CLIENT\", \"signatory\": \"Dana Whitfield\","
                + " \"signedOn\": \"" + today + "\"}", null), 409, "", "SignatureAfterApproval");
        var approved = marc.post(contract + "/approval/approve", "{\"comment\": \"Sign it\"}", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("approvedBy").asText()).isEqualTo("marc");

        String signature = "{\"party\": \"%s\", \"signatory\": \"%s\", \"signedOn\": \"%s\"}";
        assertProblem(paula().post(contract + "/signatures", signature.formatted("VENDOR", "Jo Reyes", today.plusDays(1)), null), 422,
                "signedOn", "SignatureNotInFuture");
        assertThat(paula().post(contract + "/signatures", signature.formatted("CLIENT", "Dana Whitfield", today), null).status())
                .isEqualTo(200);
        assertProblem(paula().post(contract + "/signatures", signature.formatted("CLIENT", "Dana Whitfield", today), null), 409, "party",
                "SignedOnce");
        var signed = paula().post(contract + "/signatures", signature.formatted("VENDOR", "Jo Reyes", today), null);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("status").asText()).as("started already: active at once").isEqualTo("ACTIVE");
        assertThat(signed.json().get("activatedOn").asText()).isEqualTo(today.toString());
        JsonNode engagement = null;
        for (int attempt = 0; attempt < 100; attempt++) { // the engagement moves a moment after the activation
            engagement = paula().get("api/v1/engagements/" + id).json();
            if ("MONITORING".equals(engagement.get("stage").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(engagement.get("stage").asText()).isEqualTo("MONITORING");
        java.util.List<String> decisions = java.util.List.of();
        for (int attempt = 0; attempt < 100 && !decisions.contains("ContractActivatedEvent"); attempt++) {
            decisions = paula().get("api/v1/engagements/" + id + "/history?decisions=true").json().findValuesAsText("type");
            Thread.sleep(100);
        }
        assertThat(decisions).containsSubsequence("ContractSubmittedForReviewEvent", "ContractChangesRequestedEvent",
                "ContractLegallyApprovedEvent", "ContractApprovedEvent", "ContractSignedEvent", "ContractActivatedEvent");

        // its deadlines, here and on the dashboard's list, and its printable summary
        JsonNode deadlines = paula().get(contract + "/deadlines").json();
        assertThat(deadlines).singleElement().satisfies(d -> {
            assertThat(d.get("kind").asText()).isEqualTo("NON_RENEWAL_NOTICE");
            assertThat(d.get("date").asText()).isEqualTo(today.plusDays(29).toString());
            assertThat(d.get("within").asInt()).isEqualTo(30);
            assertThat(d.get("missed").asBoolean()).isFalse();
        });
        assertThat(Api.as(base(), "audrey").get("api/v1/contracts/deadlines").json().findValuesAsText("contractId"))
                .contains(deadlines.get(0).get("contractId").asText());
        var pdf = new com.lowagie.text.pdf.PdfReader(paula().getBytes(contract + "/summary.pdf"));
        var text = new StringBuilder();
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf);
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Contract summary").contains("Average handle time").contains("at most 360")
                .contains("Paula Procurement").contains("breached in 3 consecutive periods").contains("Jo Reyes").contains("Active since");

        // an amendment: never from a past day; legal and an approver who did not propose it pass it; version 2, and what changed
        String region = paula().get(contract).json().get("prices").get(0).get("region").asText();
        String amendment = "{\"effectiveFrom\": \"%s\", \"reason\": \"Volumes doubled; a lower rate from now on\","
                + " \"rates\": [{\"channel\": \"EMAIL\", \"region\": \"" + region + "\", \"ratePerHour\": 9.1}]}";
        assertProblem(paula().post(contract + "/amendments", amendment.formatted(today.minusDays(1)), null), 422, "effectiveFrom",
                "AmendmentNotRetroactive");
        var amending = paula().post(contract + "/amendments", amendment.formatted(today), null);
        assertThat(amending.status()).as(amending.body()).isEqualTo(200);
        assertThat(amending.json().get("amendment").get("version").asInt()).isEqualTo(2);
        assertThat(amending.json().get("amendment").get("status").asText()).isEqualTo("IN_LEGAL_REVIEW");
        assertProblem(paula().post(contract + "/amendments", amendment.formatted(today), null), 409, "", "AmendmentPending");
        assertThat(lena.post(contract + "/legal-review/pass", "{}", null).status()).isEqualTo(200);
        assertThat(paula().post(contract + "/approval/approve", "{}", null).status()).isEqualTo(403);
        var amended = marc.post(contract + "/approval/approve", "{\"comment\": \"Cheaper is fine\"}", null);
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().get("versions")).hasSize(2);
        assertThat(amended.json().get("prices").get(0).get("quote").get("ratePerHour").decimalValue()).isEqualByComparingTo("9.1");
        JsonNode diff = paula().get(contract + "/versions/diff?from=1&to=2").json();
        assertThat(diff).anySatisfy(change -> {
            assertThat(change.get("what").asText()).isEqualTo("Email, " + region + ": rate per hour");
            assertThat(change.get("before").asText()).isEqualTo("9.5 USD");
            assertThat(change.get("after").asText()).isEqualTo("9.1 USD");
        });
        assertProblem(paula().get(contract + "/versions/diff?from=1&to=3"), 422, "to", "VersionExists");
        assertThat(paula().get(contract + "/versions").json().findValuesAsText("approvedBy")).containsExactly("marc", "marc");

        monitoringJudgesEachPeriodByTheContract(id, started, today);
    }

    /**
     * The active contract's monitoring: four months imported from CSV (all or nothing), judged by version 1;
     * three service-level breaches in a row fire the ground for cause; an amendment of a period with its
     * reason; an invoice reconciled with a discrepancy; quality evidence and the governance log.
     */
    private void monitoringJudgesEachPeriodByTheContract(String id, java.time.LocalDate started, java.time.LocalDate today) throws Exception {
        String monitoring = "api/v1/engagements/" + id + "/monitoring";
        Api.Reply begun = null;
        for (int attempt = 0; attempt < 100; attempt++) { // begun by a policy a moment after the activation
            begun = paula().get(monitoring);
            if (begun.status() == 200 && begun.json().get("versions").size() == 2) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(begun.status()).as(begun.body()).isEqualTo(200);
        assertThat(begun.json().get("cadence").asText()).isEqualTo("MONTHLY");
        assertThat(begun.json().get("currency").asText()).isEqualTo("USD");
        assertThat(begun.json().get("versions").findValuesAsText("number")).containsExactly("1", "2");

        String header = "period_start,channel,offered,handled,abandoned,answered_in_threshold,handle_seconds,billed_hours,complaints\n";
        var months = new StringBuilder(header);
        int[] inTime = {860, 700, 720, 690};
        for (int m = 0; m < 4; m++) {
            months.append(started.plusMonths(m)).append(",EMAIL,1000,950,50,").append(inTime[m]).append(",340,400,3\n");
        }
        String bad = header + started + ",EMAIL,1000,990,50,860,340,400,3\n" + started.plusMonths(1) + ",EMAIL,1000,950,50,700,abc,400,3\n"
                + today.plusMonths(1).withDayOfMonth(1) + ",EMAIL,1000,950,50,700,340,400,3\n";
        var refused = paula().postText(monitoring + "/periods/import", bad, "text/csv");
        assertProblem(refused, 422, "line 2: abandoned", "AbandonedPlusHandledWithinOffered");
        assertThat(refused.json().findValuesAsText("field")).containsExactly("line 2: abandoned", "line 3: handle_seconds",
                "line 4: period_start");
        assertThat(paula().get(monitoring).json().get("periods")).as("nothing imported").isEmpty();
        var imported = paula().postText(monitoring + "/periods/import", months.toString(), "text/csv");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("periods")).hasSize(4);

        JsonNode evaluations = paula().get(monitoring + "/evaluations").json();
        assertThat(evaluations).hasSize(4);
        // 400 agent hours at 9.5 is 3,800 a month; a service-level breach is credited 5 % of it
        assertThat(evaluations.get(0).get("charge").decimalValue()).isEqualByComparingTo("3800.00");
        assertThat(evaluations.get(0).get("credits").decimalValue()).isEqualByComparingTo("0");
        assertThat(evaluations.get(1).get("results").get(0).get("met").asBoolean()).isFalse();
        assertThat(evaluations.get(1).get("results").get(0).get("measured").decimalValue()).isEqualByComparingTo("70.0");
        assertThat(evaluations.get(1).get("credits").decimalValue()).isEqualByComparingTo("190.00");
        assertThat(evaluations.findValuesAsText("contractVersion")).containsOnly("1");
        var forCause = new java.util.ArrayList<JsonNode>();
        paula().get(monitoring + "/triggers").json().forEach(t -> {
            if ("FOR_CAUSE".equals(t.get("kind").asText())) {
                forCause.add(t);
            }
        });
        assertThat(forCause).as("service level breached in the 2nd, 3rd and 4th month: 3 consecutive").singleElement().satisfies(t -> {
            assertThat(t.get("periodStart").asText()).isEqualTo(started.plusMonths(3).toString());
            assertThat(t.get("metric").asText()).isEqualTo("SERVICE_LEVEL");
            assertThat(t.get("evidence")).hasSize(3);
        });

        String again = "{\"reports\": [{\"periodStart\": \"" + started + "\", \"lines\": [{\"channel\": \"EMAIL\", \"offered\": 1000,"
                + " \"handled\": 950, \"abandoned\": 50, \"answeredInThreshold\": 870, \"handleSeconds\": 330, \"billedHours\": 390}]}]%s}";
        assertProblem(paula().post(monitoring + "/periods", again.formatted(""), null), 422, "amendmentReason", "AmendmentReasonRequired");
        var amended = paula().post(monitoring + "/periods", again.formatted(", \"amendmentReason\": \"Vendor corrected its hours\""), null);
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().get("periods").get(0).get("amendments").get(0).get("reason").asText()).isEqualTo("Vendor corrected its hours");
        assertThat(amended.json().get("periods").get(0).get("charge").get("amount").decimalValue()).isEqualByComparingTo("3705.00");

        // the second month: 3,800 less a credit of 190 is expected; 420 hours at 9.5 billed without the credit
        String invoice = "{\"invoiceNumber\": \"INV-2\", \"periodStart\": \"" + started.plusMonths(1) + "\", \"billedHours\": 420,"
                + " \"amount\": 3990, \"currency\": \"%s\"}";
        assertProblem(paula().post(monitoring + "/invoices", invoice.formatted("EUR"), null), 422, "invoice.exchangeRate",
                "InvoiceCurrencyMatchesContract");
        var reconciled = paula().post(monitoring + "/invoices", invoice.formatted("USD"), null);
        assertThat(reconciled.status()).as(reconciled.body()).isEqualTo(200);
        JsonNode reconciliation = reconciled.json().get("invoices").get(0).get("reconciliation");
        assertThat(reconciliation.get("expected").decimalValue()).isEqualByComparingTo("3610.00");
        assertThat(reconciliation.get("difference").decimalValue()).isEqualByComparingTo("380.00");
        assertThat(reconciliation.get("causes").findValuesAsText("kind")).containsExactly("UNITS", "CREDITS_NOT_DEDUCTED");
        assertProblem(paula().post(monitoring + "/invoices", invoice.formatted("USD"), null), 409, "invoice.invoiceNumber", "InvoiceNumberUnique");

        var planned = paula().post(monitoring + "/test-calls", "{\"dueOn\": \"" + today + "\", \"channel\": \"EMAIL\","
                + " \"scenario\": \"Refund request\"}", null);
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        String callId = planned.json().get("testCalls").get(0).get("callId").asText();
        var logged = paula().post(monitoring + "/test-calls/log", "{\"callId\": \"" + callId + "\", \"call\": {\"madeOn\": \"" + today
                + "\", \"channel\": \"EMAIL\", \"scenario\": \"Refund request\", \"waitSeconds\": 3600, \"handleSeconds\": 300,"
                + " \"resolved\": true, \"clarity\": 4, \"courtesy\": 5}}", null);
        assertThat(logged.status()).as(logged.body()).isEqualTo(200);
        assertThat(logged.json().get("testCalls").get(0).get("call").get("courtesy").asInt()).isEqualTo(5);
        assertProblem(paula().post(monitoring + "/reviews", "{\"reviewedOn\": \"" + today + "\", \"sampleSize\": 0,"
                + " \"averageScorePercent\": 80, \"findings\": \"x\"}", null), 422, "review.sampleSize", "SampleNotEmpty");
        assertThat(paula().post(monitoring + "/reviews", "{\"reviewedOn\": \"" + today + "\", \"sampleSize\": 20,"
                + " \"averageScorePercent\": 82.5, \"findings\": \"Templates not personalised\"}", null).status()).isEqualTo(200);
        var met = paula().post(monitoring + "/governance", "{\"type\": \"MONTHLY_PERFORMANCE\", \"heldOn\": \"" + today + "\","
                + " \"attendees\": [\"Paula\", \"Jo Reyes\"], \"decisions\": [\"Recovery plan\"], \"actionItems\": [{\"description\":"
                + " \"Send a recovery plan\", \"owner\": \"Jo Reyes\", \"dueOn\": \"" + today.plusDays(7) + "\"}]}", null);
        assertThat(met.status()).as(met.body()).isEqualTo(200);
        String meetingId = met.json().get("meetings").get(0).get("meetingId").asText();
        var done = paula().post(monitoring + "/governance/" + meetingId + "/items/1/done", "{\"completedOn\": \"" + today + "\"}", null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("meetings").get(0).get("items").get(0).get("completedOn").asText()).isEqualTo(today.toString());

        String kpis = paula().get(monitoring + "/export/kpis.csv").body();
        assertThat(kpis.lines()).hasSize(5).first().asString().startsWith("period_start,period_end,contract_version");
        assertThat(paula().get(monitoring + "/export/nothing.csv").status()).isEqualTo(404);
        java.util.List<String> types = java.util.List.of();
        for (int attempt = 0; attempt < 100 && !types.contains("ActionItemCompletedEvent"); attempt++) {
            types = paula().get("api/v1/engagements/" + id + "/history").json().findValuesAsText("type");
            Thread.sleep(100);
        }
        assertThat(types).contains("MonitoringStartedEvent", "ContractVersionAppliedEvent", "PeriodReportedEvent", "SlaBreachedEvent",
                "ReviewTriggeredEvent", "PeriodReportAmendedEvent", "InvoiceReconciledEvent", "QualityTestCallLoggedEvent",
                "ActionItemCompletedEvent");
        // the auditors' fold of the monitoring's stream, as of now, is what the live page shows
        var asOf = Api.as(base(), "audrey").get("api/v1/audit/engagements/" + id + "/as-of?event=" + types.size()).json();
        assertThat(asOf.get("monitoring")).isEqualTo(paula().get(monitoring).json());
        // the trigger and the amended report are decisions in the auditors' timeline, and the trigger a change between two moments
        var decisions = Api.as(base(), "audrey").get("api/v1/audit/engagements/" + id + "/decisions");
        assertThat(decisions.status()).as(decisions.body()).isEqualTo(200);
        assertThat(decisions.json().findValuesAsText("type")).contains("ReviewTriggeredEvent", "PeriodReportAmendedEvent")
                .doesNotContain("PeriodReportedEvent", "SlaBreachedEvent");
        decisions.json().forEach(d -> assertThat(d.get("decision").asBoolean()).as(d.get("type").asText()).isTrue());
        int triggered = types.indexOf("ReviewTriggeredEvent") + 1; // numbered from 1, as the history numbers them
        var triggerChanges = Api.as(base(), "audrey").get("api/v1/audit/engagements/" + id + "/changes?fromEvent=" + (triggered - 1)
                + "&toEvent=" + triggered).json();
        assertThat(triggerChanges.findValuesAsText("path")).contains("monitoring.triggers[0].kind", "monitoring.triggers[0].description");
        assertThat(Api.as(base(), "audrey").get("api/v1/audit/engagements/" + id + "/events").json().findValuesAsText("type"))
                .containsAll(types);

        exitEndsForCauseAndANewRoundOpens(id, forCause.get(0).get("triggerId").asText(), today);
    }

    /**
     * The ground for cause opened a review by itself: its costs compared, termination for cause proposed
     * (citing the trigger) and approved by another; notice checked; tasks done or waived; settled; a new
     * sourcing round for the same engagement.
     */
    private void exitEndsForCauseAndANewRoundOpens(String id, String trigger, java.time.LocalDate today) throws Exception {
        var marc = Api.as(base(), "marc");
        String exit = "api/v1/engagements/" + id + "/exit";
        JsonNode plan = null;
        for (int attempt = 0; attempt < 100; attempt++) { // the trigger opens the review a moment after the import
            plan = paula().get(exit).json();
            if (plan.has("reviews") && plan.get("reviews").size() == 1) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(plan.get("checklist")).hasSize(8);
        assertThat(plan.get("reviews").get(0).get("origin").asText()).isEqualTo("TRIGGER");
        assertThat(plan.get("reviews").get(0).get("triggerIds").get(0).asText()).isEqualTo(trigger);

        var item = paula().put(exit + "/checklist/STAFF_IDENTIFIED", "{\"owner\": \"Hanna (HR)\", \"dueOn\": \"" + today.plusDays(30)
                + "\", \"status\": \"IN_PROGRESS\"}");
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        assertThat(item.json().get("checklist").get(0).get("owner").asText()).isEqualTo("Hanna (HR)");
        assertProblem(paula().put(exit + "/checklist/NOT_AN_ITEM", "{\"owner\": \"x\"}"), 422, "item", "KnownValue");

        JsonNode comparison = paula().get(exit + "/comparison?horizonMonths=12&returnPath=NEW_SOURCING_ROUND&sourcingRoundCost=20000").json();
        assertThat(comparison.get("options").findValuesAsText("option")).containsExactly("RENEW", "RENEGOTIATE", "TERMINATE_FOR_CAUSE",
                "TERMINATE_FOR_CONVENIENCE", "LET_EXPIRE");
        var monthly = comparison.get("monthlyVendorCharge").decimalValue();
        assertThat(comparison.get("options").get(0).get("total").decimalValue())
                .isEqualByComparingTo(monthly.multiply(java.math.BigDecimal.valueOf(12)));
        assertProblem(paula().get(exit + "/comparison?horizonMonths=99"), 422, "inputs.horizonMonths", "HorizonInRange");

        String proposal = "{\"option\": \"TERMINATE_FOR_CAUSE\", \"rationale\": \"Service level missed three months running\","
                + " \"evidence\": \"%s\", \"inputs\": {\"returnPath\": \"NEW_SOURCING_ROUND\", \"sourcingRoundCost\": 20000}}";
        assertProblem(paula().post(exit + "/reviews/propose", proposal.formatted("bad"), null), 422, "evidence", "ForCauseCitesEvidence");
        var proposed = paula().post(exit + "/reviews/propose", proposal.formatted(trigger), null);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(paula().post(exit + "/reviews/approve", "{}", null).status()).as("procurement does not approve").isEqualTo(403);
        var approved = marc.post(exit + "/reviews/approve", "{\"comment\": \"Agreed\"}", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("ENDING_APPROVED");
        JsonNode engagement = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            engagement = paula().get("api/v1/engagements/" + id).json();
            if ("EXIT".equals(engagement.get("stage").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(engagement.get("stage").asText()).isEqualTo("EXIT");
        JsonNode closed = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            closed = paula().get("api/v1/engagements/" + id + "/monitoring/triggers").json();
            if (!closed.findValuesAsText("open").contains("true") || closed.size() == 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(closed.findValuesAsText("open")).doesNotContain("true");

        assertProblem(paula().post(exit + "/notice", "{\"servedOn\": \"" + today + "\", \"endsOn\": \"" + today.minusDays(1) + "\"}", null),
                422, "endsOn", "NoticeRespectsContract");
        var notice = paula().post(exit + "/notice", "{\"servedOn\": \"" + today + "\", \"endsOn\": \"" + today + "\"}", null);
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        String task = "{\"description\": \"%s\", \"owner\": \"Paula\", \"dueOn\": \"" + today.plusDays(14) + "\"}";
        paula().post(exit + "/tasks", task.formatted("Knowledge base handed over"), null);
        var tasks = paula().post(exit + "/tasks", task.formatted("Parallel run with the next provider"), null).json().get("tasks");
        assertThat(tasks).hasSize(2);
        assertProblem(paula().post(exit + "/settlement", "{\"lastInvoiceNumber\": \"INV-2\", \"outstandingCredits\": 570,"
                + " \"finalAmount\": 3230, \"settledOn\": \"" + today.plusDays(1) + "\"}", null), 422, "settlement.settledOn", "SettledByToday");
        assertThat(paula().post(exit + "/settlement", "{\"lastInvoiceNumber\": \"INV-2\", \"outstandingCredits\": 570,"
                + " \"finalAmount\": 3230, \"settledOn\": \"" + today + "\"}", null).status()).isEqualTo(200);
        String completion = "{\"path\": \"NEW_SOURCING_ROUND\", \"serviceEndedOn\": \"" + today + "\"}";
        assertProblem(paula().post(exit + "/complete", completion, null), 409, "", "TransitionTasksClosed");
        assertThat(paula().post(exit + "/tasks/" + tasks.get(0).get("taskId").asText() + "/done", "{\"completedOn\": \"" + today + "\"}",
                null).status()).isEqualTo(200);
        assertProblem(paula().post(exit + "/tasks/" + tasks.get(1).get("taskId").asText() + "/waive", "{\"reason\": \" \"}", null), 422,
                "reason", "WaiverReasonRequired");
        assertThat(paula().post(exit + "/tasks/" + tasks.get(1).get("taskId").asText() + "/waive",
                "{\"reason\": \"The vendor stopped at once; no parallel run possible\"}", null).status()).isEqualTo(200);
        var completed = paula().post(exit + "/complete", completion, null);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("status").asText()).isEqualTo("COMPLETED");
        assertProblem(paula().put(exit + "/checklist/STAFF_IDENTIFIED", "{\"owner\": \"Hanna (HR)\", \"dueOn\": \"" + today
                + "\", \"status\": \"DONE\"}"), 409, "", "ExitOpen");

        // the contract ended with its exit (terminated for cause, the day the service ended) and is amended no more
        String contract = "api/v1/engagements/" + id + "/contract";
        JsonNode ended = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            ended = paula().get(contract).json();
            if ("ENDED".equals(ended.get("status").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(ended.get("status").asText()).isEqualTo("ENDED");
        assertThat(ended.get("end").get("ending").asText()).isEqualTo("TERMINATED_FOR_CAUSE");
        assertThat(ended.get("end").get("endedOn").asText()).isEqualTo(today.toString());
        assertThat(ended.get("end").get("exitId").asText()).isEqualTo(plan.get("exitId").asText());
        assertThat(ended.get("amendment").isNull()).as("nothing left in review").isTrue();
        assertProblem(paula().post(contract + "/amendments", "{\"effectiveFrom\": \"" + today + "\", \"reason\": \"Keep the vendor"
                + " a while longer after all\", \"rates\": [{\"channel\": \"EMAIL\", \"region\": \""
                + ended.get("prices").get(0).get("region").asText() + "\", \"ratePerHour\": 8.5}]}", null), 409, "", "ContractNotEnded");

        // a new round for the same engagement: number 2; the history keeps both rounds
        JsonNode round = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            round = paula().get("api/v1/engagements/" + id + "/sourcing").json();
            engagement = paula().get("api/v1/engagements/" + id).json();
            if (round.has("number") && round.get("number").asInt() == 2 && "SOURCING".equals(engagement.get("stage").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(round.get("number").asInt()).isEqualTo(2);
        assertThat(round.get("channels").get(0).asText()).as("the contract's scope").isEqualTo("EMAIL");
        assertThat(engagement.get("stage").asText()).isEqualTo("SOURCING");
        java.util.List<String> history = java.util.List.of();
        for (int attempt = 0; attempt < 100 && !history.contains("ExitCompletedEvent"); attempt++) {
            history = paula().get("api/v1/engagements/" + id + "/history").json().findValuesAsText("type");
            Thread.sleep(100);
        }
        assertThat(history.stream().filter("SourcingRoundOpenedEvent"::equals).count()).isEqualTo(2);
        assertThat(paula().get("api/v1/audit/engagements/" + id + "/decisions").json().findValuesAsText("type"))
                .contains("RelationshipReviewOpenedEvent", "ExitOptionProposedEvent", "ExitOptionApprovedEvent", "ReviewTriggersClosedEvent",
                        "NoticeServedEvent", "TransitionTaskWaivedEvent", "ExitCompletedEvent");
        var asOf = Api.as(base(), "audrey").get("api/v1/audit/engagements/" + id + "/as-of?event=" + history.size()).json();
        assertThat(asOf.get("exit")).isEqualTo(paula().get(exit).json());
        assertThat(asOf.get("sourcing").get("number").asInt()).isEqualTo(2);

        // the dossier spans every stream: a section per stage with its decisions, people and figures
        String description = null;
        for (JsonNode t : paula().get("api/v1/engagements/" + id + "/monitoring/triggers").json()) {
            description = trigger.equals(t.get("triggerId").asText()) ? t.get("description").asText() : description;
        }
        var pdf = new com.lowagie.text.pdf.PdfReader(Api.as(base(), "audrey").getBytes("api/v1/audit/engagements/" + id + "/dossier.pdf"));
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String dossier = text.toString().replaceAll("\\s+", " "); // lines wrap where the page ends them
        assertThat(dossier).contains("Sourcing: round 1").contains("Contracting: the contract with")
                .contains("Monitoring of the contract with").contains("Exit from the contract with").contains("Sourcing: round 2")
                .contains("Legal review requested changes: Lower the liability cap to the annual fee")
                .contains("Approved the contract for signature: Sign it").contains("approved by marc (Marc Approver, Approver)")
                .contains(description.substring(0, description.indexOf(" ("))).contains("Evidence:") // dates may wrap at a hyphen
                .contains("Proposed to terminate for cause: Service level missed three months running")
                .contains("Proposed by paula (Paula Procurement, Procurement); approved by marc (Marc Approver, Approver)")
                .contains("Approved to terminate for cause (proposed by paula): Agreed")
                .contains("The vendor stopped at once; no parallel run possible")
                .contains("Integrity proof");
        var proof = java.util.regex.Pattern.compile("the (\\d+) events of (\\d+) streams").matcher(dossier);
        assertThat(proof.find()).as("the proof names its events and streams").isTrue();
        assertThat(Integer.parseInt(proof.group(1))).as("every event of the history")
                .isGreaterThanOrEqualTo(paula().get("api/v1/engagements/" + id + "/history").json().size());
        assertThat(proof.group(2)).as("its own, round 1, its contract, monitoring and exit, round 2").isEqualTo("6");
    }

    /** Waits until the engagement's sourcing round exists and shows what is expected (its view follows the store). */
    @Test
    void aRoundEndsInAnApprovedSelectionThatDraftsTheContractOrWithNoSuitableVendorBackInAssessment() throws Exception {
        var marc = Api.as(base(), "marc");
        var carla = Api.as(base(), "carla");
        var audrey = Api.as(base(), "audrey");
        String id = approvedForSourcing("Selection flow");
        String sourcing = "api/v1/engagements/" + id + "/sourcing";
        String chosen = paula().post("api/v1/vendors", vendorJson("Chosen " + System.nanoTime()), null).json().get("vendorId").asText();
        String other = paula().post("api/v1/vendors", vendorJson("Other " + System.nanoTime()), null).json().get("vendorId").asText();
        for (String vendor : new String[] {chosen, other}) {
            assertThat(paula().post(sourcing + "/shortlist", "{\"vendorId\": \"" + vendor + "\"}", null).status()).isEqualTo(200);
        }
        assertThat(paula().put(sourcing + "/criteria", "{\"basedOnRevision\": 1, \"criteria\": [{\"name\": \"Cost\","
                + " \"weightPercent\": 60}, {\"name\": \"Quality\", \"weightPercent\": 40}]}").status()).isEqualTo(200);
        assertThat(paula().put(sourcing + "/due-diligence/mandatory", "{\"items\": [\"LABOUR_LAW\"]}").status()).isEqualTo(200);
        String selection = "{\"vendorId\": \"" + chosen + "\", \"rationale\": \"Lowest cost within the band and a resolved test call\","
                + " \"rejections\": [{\"vendorId\": \"" + other + "\", \"reason\": \"%s\"}], \"waivers\": %s}";
        // not before a quote and scores
        assertProblem(paula().post(sourcing + "/selection", selection.formatted("Dearer", "[]"), null), 422, "vendorId",
                "SelectionNeedsScoredQuote");
        String vendorPath = sourcing + "/shortlist/" + chosen;
        assertThat(paula().put(vendorPath + "/quotes/EMAIL", "{\"quote\": {\"pricingModel\": \"DEDICATED_HOURLY\","
                + " \"currency\": \"USD\", \"ratePerHour\": 9.5, \"billingBasis\": \"SCHEDULED\", \"contractMonths\": 24}}")
                .status()).isEqualTo(200);
        assertThat(paula().put(vendorPath + "/scores", "{\"scores\": [{\"criterionCode\": \"COST\", \"score\": 5, \"comment\":"
                + " \"Lowest\"}, {\"criterionCode\": \"QUALITY\", \"score\": 4, \"comment\": \"Good call\"}]}").status()).isEqualTo(200);
        assertThat(paula().put(vendorPath + "/due-diligence/LABOUR_LAW", "{\"outcome\": \"FAILED\", \"evidence\":"
                + " \"Overtime rules not followed in Cebu\"}").status()).isEqualTo(200);
        assertProblem(paula().post(sourcing + "/selection", selection.formatted("", "[]"), null), 422, "rejections",
                "RejectedVendorsNeedReason");
        assertProblem(paula().post(sourcing + "/selection", selection.formatted("Dearer", "[]"), null), 422, "waivers",
                "MandatoryFailureNeedsWaiver");
        assertThat(marc.post(sourcing + "/selection", selection.formatted("Dearer", "[]"), null).status())
                .as("only procurement proposes").isEqualTo(403);
        var proposed = paula().post(sourcing + "/selection", selection.formatted("Dearer", "[{\"item\": \"LABOUR_LAW\","
                + " \"reason\": \"Fixed by contract clause 12 before go-live\"}]"), null);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(proposed.json().get("selection").get("status").asText()).isEqualTo("PROPOSED");
        assertProblem(paula().put(vendorPath + "/scores", "{\"scores\": []}"), 409, "", "SelectionPending");
        assertThat(paula().post(sourcing + "/selection/approve", "{}", null).status()).as("not an approver").isEqualTo(403);
        assertThat(audrey.post(sourcing + "/selection/approve", "{}", null).status()).isEqualTo(403);

        // marc rejects with a comment; paula proposes again; carla, an approver who did not propose, approves
        assertProblem(marc.post(sourcing + "/selection/reject", "{\"comment\": \"\"}", null), 422, "comment",
                "SelectionRejectionComment");
        assertThat(marc.post(sourcing + "/selection/reject", "{\"comment\": \"Check the labour-law fix first\"}", null).status())
                .isEqualTo(200);
        assertThat(paula().post(sourcing + "/selection", selection.formatted("Dearer", "[{\"item\": \"LABOUR_LAW\","
                + " \"reason\": \"Counsel confirmed the fix in clause 12\"}]"), null).status()).isEqualTo(200);
        var approved = carla.post(sourcing + "/selection/approve", "{\"comment\": \"Agreed\"}", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("SELECTED");
        JsonNode engagement = null;
        for (int attempt = 0; attempt < 100; attempt++) { // the engagement moves a moment after the selection
            engagement = paula().get("api/v1/engagements/" + id).json();
            if ("CONTRACTING".equals(engagement.get("stage").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(engagement.get("stage").asText()).isEqualTo("CONTRACTING");
        assertThat(engagement.get("status").asText()).contains("contracting starts");
        // the decision history: the selection with the comparison as it stood, the waiver and the approver
        JsonNode selected = null;
        for (int attempt = 0; attempt < 100 && selected == null; attempt++) {
            for (JsonNode event : audrey.get("api/v1/engagements/" + id + "/history").json()) {
                if (event.get("type").asText().equals("VendorSelectedEvent")) {
                    selected = event;
                }
            }
            Thread.sleep(100);
        }
        assertThat(selected).as("the selection in the history").isNotNull();
        var payload = selected.get("payload");
        assertThat(payload.get("approvedBy").asText()).isEqualTo("carla");
        assertThat(payload.get("waivers").get(0).get("reason").asText()).isEqualTo("Counsel confirmed the fix in clause 12");
        assertThat(payload.get("comparison").get("rows").get(0).get("weightedTotal").asDouble()).isEqualTo(92.0);
        assertThat(payload.get("shortlist").get(0).get("quotes").get(0).get("cost").get("averageAnnual").isNumber()).isTrue();
        assertProblem(marc.post(sourcing + "/end", "{\"reason\": \"Nobody fits after all\"}", null), 409, "", "RoundOpen");

        // the selection drafted the contract, prefilled with the selected quote; procurement sets its term and SLAs
        String contract = "api/v1/engagements/" + id + "/contract";
        JsonNode draft = null;
        for (int attempt = 0; attempt < 100 && draft == null; attempt++) {
            var reply = paula().get(contract);
            if (reply.status() == 200) {
                draft = reply.json();
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(draft).as("the draft contract").isNotNull();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("vendorId").asText()).isEqualTo(chosen);
        assertThat(draft.get("prices").get(0).get("quote").get("ratePerHour").asDouble()).isEqualTo(9.5);
        assertThat(draft.get("draftedFor").asText()).isEqualTo("carla");
        assertThat(audrey.get(contract + "/sla-catalogue").json().findValuesAsText("metric")).contains("SERVICE_LEVEL", "HANDLE_TIME");
        String term = "{\"startsOn\": \"2027-01-01\", \"endsOn\": \"%s\", \"renewal\": \"AUTOMATIC\", \"renewalMonths\": 12,"
                + " \"nonRenewalNoticeDays\": 90, \"convenienceNoticeDays\": 60}";
        assertProblem(paula().put(contract + "/term", term.formatted("2026-12-31")), 422, "term.endsOn", "EndAfterStart");
        assertProblem(paula().put(contract + "/term", term.formatted("2027-02-28")), 422, "term.nonRenewalNoticeDays",
                "NoticeShorterThanTerm");
        assertThat(audrey.put(contract + "/term", term.formatted("2028-12-31")).status()).isEqualTo(403);
        var termed = paula().put(contract + "/term", term.formatted("2028-12-31"));
        assertThat(termed.status()).as(termed.body()).isEqualTo(200);
        assertThat(termed.json().get("term").get("endsOn").asText()).isEqualTo("2028-12-31");
        String levels = "{\"creditCapPercent\": 10, \"levels\": [{\"metric\": \"SERVICE_LEVEL\", \"target\": 80, \"threshold\": 20,"
                + " \"period\": \"MONTHLY\", \"creditPercent\": %s}, {\"metric\": \"HANDLE_TIME\", \"target\": 360,"
                + " \"period\": \"MONTHLY\", \"creditPercent\": 3}]}";
        assertProblem(paula().put(contract + "/service-levels", levels.formatted("12")), 422, "serviceLevels.levels[0].creditPercent",
                "CreditWithinCap");
        var slas = paula().put(contract + "/service-levels", levels.formatted("5"));
        assertThat(slas.status()).as(slas.body()).isEqualTo(200);
        assertThat(slas.json().get("serviceLevels").get("levels")).hasSize(2);
        assertThat(slas.json().get("warnsSpeedOverService").asBoolean()).as("handle time credited, no quality metric").isTrue();
        String governance = "{\"internalLiaison\": \"%s\", \"vendorAccountManager\": \"Jo Reyes\", \"responsibilities\": [{\"role\":"
                + " \"Workforce planning\", \"party\": \"VENDOR\", \"responsibility\": \"Forecasts and rosters\"}], \"escalation\":"
                + " [{\"contact\": \"Team lead\", \"responseHours\": 4}, {\"contact\": \"Account manager\", \"responseHours\": 24}],"
                + " \"operationsMeetings\": \"WEEKLY\", \"monthlyPerformanceReview\": true, \"quarterlyBusinessReview\": true,"
                + " \"contactReasonReports\": \"MONTHLY\"}";
        assertProblem(paula().put(contract + "/governance", governance.formatted(" ")), 422, "governance.internalLiaison",
                "LiaisonRequired");
        var governed = paula().put(contract + "/governance", governance.formatted("Paula Procurement"));
        assertThat(governed.status()).as(governed.body()).isEqualTo(200);
        assertThat(governed.json().get("governance").get("escalation").get(1).get("level").asInt()).isEqualTo(2);
        String data = "{\"recordedSharePercent\": %d, \"retentionDays\": 90, \"access\": \"QA team and the liaison\","
                + " \"returnAndDestruction\": \"Returned as CSV, then wiped with a certificate\", \"destroyWithinDays\": 30}";
        assertProblem(paula().put(contract + "/data", data.formatted(120)), 422, "dataTerms.recordedSharePercent", "RecordedShareInRange");
        var dataSet = paula().put(contract + "/data", data.formatted(100));
        assertThat(dataSet.status()).as(dataSet.body()).isEqualTo(200);
        assertThat(dataSet.json().get("dataTerms").get("retentionDays").asInt()).isEqualTo(90);
        // as of now, the auditors' fold of the engagement's streams shows the contract as the live page does
        JsonNode history = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            history = audrey.get("api/v1/engagements/" + id + "/history").json();
            if (history.findValuesAsText("type").contains("DataTermsSetEvent")) {
                break;
            }
            Thread.sleep(100);
        }
        var now = audrey.get("api/v1/audit/engagements/" + id + "/as-of?event=" + history.size()).json();
        assertThat(now.get("contract")).isEqualTo(dataSet.json());
        assertThat(now.get("engagement").get("stage").asText()).isEqualTo("CONTRACTING");
        assertThat(now.get("sourcing").get("status").asText()).isEqualTo("SELECTED");

        // termination terms, then the way to active: legal review, an independent approver, both signatures
        contractGoesThroughReviewApprovalAndSignatureToMonitoring(id, contract, term);

        // a second engagement: no suitable vendor, back to the assessment with the reason
        String second = approvedForSourcing("No suitable vendor");
        String secondSourcing = "api/v1/engagements/" + second + "/sourcing";
        assertThat(paula().post(secondSourcing + "/end", "{\"reason\": \"No vendor serves Tagalog\"}", null).status())
                .as("only an approver ends a round").isEqualTo(403);
        assertProblem(marc.post(secondSourcing + "/end", "{\"reason\": \"None\"}", null), 422, "reason", "EndReason");
        var ended = marc.post(secondSourcing + "/end", "{\"reason\": \"No vendor serves Tagalog speakers\"}", null);
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("status").asText()).isEqualTo("ENDED");
        JsonNode reopened = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            reopened = paula().get("api/v1/engagements/" + second + "/assessment").json();
            if ("IN_PROGRESS".equals(reopened.get("status").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(reopened.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.get("lastReopening").get("reason").asText()).contains("No vendor serves Tagalog speakers");
        assertThat(paula().get("api/v1/engagements/" + second).json().get("stage").asText()).isEqualTo("ASSESSMENT");
    }

    /** An engagement whose decision to outsource email and voice was approved, with its round open. */
    private String approvedForSourcing(String name) throws Exception {
        String id = paula().post("api/v1/engagements", "{\"name\":\"" + name + "\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}",
                null).json().get("id").asText();
        String assessment = "api/v1/engagements/" + id + "/assessment";
        assertThat(paula().put(assessment + "/demand", DEMAND).status()).isEqualTo(200);
        assertThat(paula().put(assessment + "/cost-baseline", BASELINE).status()).isEqualTo(200);
        var proposed = paula().post(assessment + "/decision/propose", "{\"outcome\": \"OUTSOURCE\", \"channels\":"
                + " [\"INBOUND_VOICE\", \"EMAIL\"], \"regions\": [\"ASIA_PHILIPPINES\"], \"pricingModels\": [\"DEDICATED_HOURLY\"],"
                + " \"rationale\": \"Dedicated agents in Manila cost less than our own team.\"}", null);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(Api.as(base(), "marc").post(assessment + "/decision/approve", "{}", null).status()).isEqualTo(200);
        awaitRound(id, r -> true);
        return id;
    }

    private JsonNode awaitRound(String engagementId, java.util.function.Predicate<JsonNode> expected) throws Exception {
        JsonNode last = null;
        for (int attempt = 0; attempt < 150; attempt++) {
            var reply = paula().get("api/v1/engagements/" + engagementId + "/sourcing");
            if (reply.status() == 200) {
                last = reply.json();
                if (expected.test(last)) {
                    return last;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sourcing round did not show what was expected; last: " + last);
    }

    static final String VENDOR_CSV_HEADER = "name,kind,headquarters_country,delivery_locations,languages,channels,"
            + "coverage_24x7,certifications,size,website,notes\n";

    static String vendorJson(String name) {
        return """
                {"name": "%s", "kind": "CALL_CENTER", "headquartersCountry": "PH",
                 "deliveryLocations": [{"country": "PH", "city": "Manila", "region": "ASIA_PHILIPPINES"}],
                 "languages": [{"language": "English", "proficiency": "FLUENT"}],
                 "channels": ["INBOUND_VOICE", "EMAIL"], "coverage24x7": true,
                 "certifications": [{"name": "ISO 27001", "expires": "2099-05-31"}], "size": 300}
                """.formatted(name);
    }

    @Test
    void theVendorRegistryKeepsVersionsRefusesBadInputAndImportsAllOrNothing() throws Exception {
        var paula = paula();
        String name = "Registry flow " + System.nanoTime();
        var registered = paula.post("api/v1/vendors", vendorJson(name), null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.header("Location")).contains("/api/v1/vendors/");
        String id = registered.json().get("vendorId").asText();
        String path = "api/v1/vendors/" + id;
        assertThat(paula.get(path).json().get("version").asInt()).isEqualTo(1);
        assertThat(paula.get(path).json().get("registeredBy").asText()).isEqualTo("paula");

        // bad input: named, and nothing registered
        assertProblem(paula.post("api/v1/vendors", vendorJson("Other").replace("\"headquartersCountry\": \"PH\"",
                "\"headquartersCountry\": \"ph\""), null), 422, "profile.headquartersCountry", "CountryIsIsoCode");
        assertProblem(paula.post("api/v1/vendors", vendorJson("Other").replace("ASIA_PHILIPPINES", "MARS"), null), 422,
                "profile.deliveryLocations[0].region", "RegionOnRateCard");
        assertProblem(paula.post("api/v1/vendors", vendorJson(name.toUpperCase(java.util.Locale.ROOT)), null), 409,
                "profile.name", "VendorNameUnique");
        assertThat(paula.post("api/v1/vendors", "{\"name\": ", null).status()).isEqualTo(400);
        assertProblem(paula.get("api/v1/vendors?kind=PIGEON_POST"), 422, "kind", "KnownValue");
        assertThat(paula.get("api/v1/vendors?q=Other").json().findValuesAsText("name")).doesNotContain("Other");

        // search
        assertThat(paula.get("api/v1/vendors?region=ASIA_PHILIPPINES&channel=EMAIL&language=english&certification=ISO%2027001")
                .json().findValuesAsText("name")).contains(name);
        assertThat(paula.get("api/v1/vendors?region=INDIA").json().findValuesAsText("name")).doesNotContain(name);

        // a new version, and a stale one refused
        // only the size changes: the name carries digits of nanoTime, which may well contain "300"
        String revision = "{\"basedOnVersion\": 1, \"profile\": " + vendorJson(name).replace("\"size\": 300", "\"size\": 450") + "}";
        var revised = paula.put(path, revision);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("version").asInt()).isEqualTo(2);
        assertThat(revised.json().get("profile").get("size").asInt()).isEqualTo(450);
        assertProblem(paula.put(path, revision), 409, "basedOnVersion", "VendorChangedMeanwhile");
        assertThat(paula.put("api/v1/vendors/no-such-vendor", revision).status()).isEqualTo(404);

        // archived: out of the active list, kept with its reason
        assertProblem(paula.post(path + "/archive", "{\"reason\": \"short\"}", null), 422, "reason", "ArchiveReasonRequired");
        var archived = paula.post(path + "/archive", "{\"reason\": \"Replaced by a domestic provider.\"}", null);
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);
        assertThat(archived.json().get("archived").asBoolean()).isTrue();
        assertThat(paula.get("api/v1/vendors").json().findValuesAsText("name")).doesNotContain(name);
        var withArchived = paula.get("api/v1/vendors?includeArchived=true");
        assertThat(withArchived.json().findValuesAsText("name"))
                .as(() -> "all vendors: " + withArchived.body() + "; the archived one: " + get(paula, path)).contains(name);

        // import: all or nothing
        String first = "Imported " + System.nanoTime();
        String second = "Imported too " + System.nanoTime();
        var refused = paula.postText("api/v1/vendors/import", VENDOR_CSV_HEADER
                + first + ",CALL_CENTER,PH,PH:Cebu:ASIA_PHILIPPINES,English:FLUENT,EMAIL,yes,,,,\n"
                + second + ",CALL_CENTER,PH,PH::ASIA_PHILIPPINES,,FAX,no,,,,\n", "text/csv");
        assertProblem(refused, 422, "line 3: channels", "ChannelRequired");
        assertThat(paula.get("api/v1/vendors?q=" + java.net.URLEncoder.encode(first, java.nio.charset.StandardCharsets.UTF_8))
                .json().size()).as("nothing imported").isZero();
        var imported = paula.postText("api/v1/vendors/import", VENDOR_CSV_HEADER
                + first + ",CALL_CENTER,PH,PH:Cebu:ASIA_PHILIPPINES,English:FLUENT,EMAIL,yes,,,,\n"
                + second + ",EMAIL_SUPPORT_PROVIDER,PL,PL::EASTERN_EUROPE,German:NATIVE,EMAIL|CHAT,no,SOC 2:2099-01-01,40,,\n",
                "text/csv");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("registered").size()).isEqualTo(2);
        assertThat(paula.get("api/v1/vendors?country=PL&kind=EMAIL_SUPPORT_PROVIDER").json().findValuesAsText("name"))
                .contains(second);

        // every change is an event in the log
        var log = Api.as(base(), "audrey").get("api/v1/audit/events?module=sourcing&limit=50").json().get("events");
        assertThat(log.findValuesAsText("type")).contains("VendorRegisteredEvent", "VendorRevisedEvent", "VendorArchivedEvent");
    }

    @Test
    void theQuoteCalculatorNormalisesAQuoteAndHoldsItsRateAgainstTheRateCard() throws Exception {
        var audrey = Api.as(base(), "audrey"); // a calculator: any role, nothing stored
        String volume = "\"volume\": {\"annualContacts\": 120000, \"ahtSeconds\": 300, \"scheduledAgentHoursPerYear\": 14400,"
                + " \"inHouseAnnualCost\": 600000}";
        var shared = audrey.post("api/v1/calculators/quote-cost", "{\"quote\": {\"pricingModel\": \"SHARED_PER_MINUTE\","
                + " \"currency\": \"USD\", \"ratePerMinute\": 0.90, \"setupFee\": 6000, \"contractMonths\": 24}, " + volume
                + ", \"region\": \"US_CA\"}", null);
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().get("averageAnnual").decimalValue()).isEqualByComparingTo("543000.00");
        assertThat(shared.json().get("saving").decimalValue()).isEqualByComparingTo("57000.00");
        assertThat(shared.json().get("band").get("region").asText()).isEqualTo("US_CA");

        var hourly = audrey.post("api/v1/calculators/quote-cost", "{\"quote\": {\"pricingModel\": \"DEDICATED_HOURLY\","
                + " \"currency\": \"USD\", \"ratePerHour\": 40, \"billingBasis\": \"SCHEDULED\", \"contractMonths\": 12}, "
                + volume + ", \"region\": \"INDIA\"}", null);
        assertThat(hourly.status()).as(hourly.body()).isEqualTo(200);
        assertThat(hourly.json().get("monthly").decimalValue()).isEqualByComparingTo("48000.00");
        assertThat(hourly.json().get("band").get("position").asText()).as("India's band is 5 to 9 USD").isEqualTo("ABOVE");

        assertProblem(audrey.post("api/v1/calculators/quote-cost", "{\"quote\": {\"pricingModel\": \"COMMISSION\","
                + " \"currency\": \"USD\", \"commissionPercent\": 5, \"contractMonths\": 12}, " + volume + "}", null),
                422, "quote.revenueBasisPerYear", "CommissionQuoteHasRevenueBasis");
        assertProblem(audrey.post("api/v1/calculators/quote-cost", "{\"quote\": {\"pricingModel\": \"SHARED_PER_MINUTE\","
                + " \"currency\": \"USD\", \"ratePerMinute\": 1, \"contractMonths\": 12}, " + volume + ", \"region\": \"MARS\"}",
                null), 422, "region", "RegionOnRateCard");
        assertThat(audrey.post("api/v1/calculators/quote-cost", "{\"quote\": ", null).status()).isEqualTo(400);
    }

    @Test
    void rebuildingTheReadModelsEndsEqualEvenTwice() throws Exception {
        var admin = Api.as(base(), "admin");
        paula().post("api/v1/engagements", "{\"name\":\"Rebuilt\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        assertThat(paula().post("api/v1/audit/rebuilds", "", null).status()).as("analysts do not rebuild").isEqualTo(403);
        for (int round = 1; round <= 2; round++) {
            var started = admin.post("api/v1/audit/rebuilds", "", null);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            if (round == 1) {
                var second = Api.as(base(), "audrey").post("api/v1/audit/rebuilds", "", null);
                if (second.status() != 202) { // 202 only when the first had already finished
                    assertProblem(second, 409, "", "RebuildRunning");
                }
            }
            JsonNode run;
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(150);
            do {
                Thread.sleep(200);
                run = admin.get("api/v1/audit/rebuilds/latest").json();
            } while (!run.get("done").asBoolean() && System.nanoTime() < deadline);
            assertThat(run.get("allEqual").asBoolean()).as("round " + round + ": " + run).isTrue();
            assertThat(run.get("models").findValuesAsText("processor"))
                    .contains("assessment-engagements", "assessment-worksheets", "assessment-reference-data", "audit-history",
                            "sourcing-vendors");
        }
        assertThat(paula().get("api/v1/engagements").json().findValuesAsText("name")).contains("Rebuilt");

        // after the rebuilds, every processor runs without error and follows the store
        assertThat(paula().get("api/v1/audit/read-models").status()).as("analysts do not see the processors").isEqualTo(403);
        JsonNode processors = Api.as(base(), "audrey").get("api/v1/audit/read-models").json();
        assertThat(processors.findValuesAsText("processor")).contains("audit-history", "contracting-policies");
        for (JsonNode processor : processors) {
            assertThat(processor.get("running").asBoolean()).as(processor.toString()).isTrue();
            assertThat(processor.get("inError").asBoolean()).as(processor.toString()).isFalse();
            assertThat(processor.get("head").asLong()).as(processor.toString()).isGreaterThanOrEqualTo(processor.get("position").asLong());
        }
        assertThat(processors.findValuesAsText("kind")).contains("policy", "read model");
    }

    @Test
    void theRateCardIsVersionedAndOnlyAdministratorsReviseIt() throws Exception {
        var admin = Api.as(base(), "admin");
        var current = paula().get("api/v1/rate-card");
        assertThat(current.status()).isEqualTo(200);
        int version = current.json().get("version").asInt();
        assertThat(current.json().get("content").get("regions").findValuesAsText("code"))
                .contains("US_CA", "WESTERN_EUROPE", "EASTERN_EUROPE", "AUSTRALIA", "AFRICA_MIDDLE_EAST",
                        "LATIN_AMERICA", "ASIA_PHILIPPINES", "INDIA", "PAKISTAN");
        String content = current.json().get("content").toString();
        String revision = "{\"basedOnVersion\": %d, \"note\": \"India band up\", \"content\": %s}";

        assertThat(paula().put("api/v1/rate-card", revision.formatted(version, content)).status()).isEqualTo(403);
        assertProblem(admin.put("api/v1/rate-card", revision.formatted(version,
                content.replace("\"code\":\"INDIA\"", "\"code\":\"india\""))), 422, "regions.7.code", "RegionCode");
        var revised = admin.put("api/v1/rate-card", revision.formatted(version, content));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("version").asInt()).isEqualTo(version + 1);
        assertThat(revised.json().get("revisedBy").asText()).isEqualTo("admin");
        assertProblem(admin.put("api/v1/rate-card", revision.formatted(version, content)), 409, "basedOnVersion",
                "RateCardChangedMeanwhile");
        assertThat(paula().get("api/v1/rate-card/versions").json().findValuesAsText("revisedBy")).contains("system", "admin");
        assertThat(paula().get("api/v1/rate-card/versions/" + version).json().get("version").asInt()).isEqualTo(version);
    }

    private static void assertProblem(Api.Reply reply, int status, String field, String rule) throws Exception {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        var violations = reply.json().get("violations");
        assertThat(violations.findValuesAsText("field")).contains(field);
        assertThat(violations.findValuesAsText("rule")).contains(rule);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    /** A GET's body for a failure message, whatever it answers. */
    private static String get(Api api, String path) {
        try {
            return api.get(path).body();
        } catch (Exception e) {
            return "unknown: " + e;
        }
    }
}
