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

        var ready = Api.anonymous(base()).get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        var login = Api.anonymous(base()).get("login.xhtml");
        assertThat(login.header("Set-Cookie")).as("session cookie flags")
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        var openapi = Api.anonymous(base()).get("openapi");
        assertThat(openapi.body()).contains("/api/v1/engagements").contains("/api/v1/engagements/{id}/history");
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

    private static void assertProblem(Api.Reply reply, int status, String field, String rule) throws Exception {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        var violations = reply.json().get("violations");
        assertThat(violations.findValuesAsText("field")).contains(field);
        assertThat(violations.findValuesAsText("rule")).contains(rule);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
