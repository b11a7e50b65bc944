package org.outsourcingdesk.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The product as a user runs it: Payara Micro with the WAR and the embedded database in a data folder.
 * Stopped and started again, everything is still there, and the event store's global index goes on
 * from where it was (no jump after a restart); a read-model rebuild stopped half-way through replaying
 * a processor resumes and ends equal; and a rebuild appends no event.
 */
class RestartIT {

    @Test
    void engagementsSurviveARestartAndTheGlobalIndexStaysContiguous() throws Exception {
        Path data = Files.createTempDirectory("desk-restart");
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/");

        String id;
        long firstIndex;
        JsonNode interrupted;
        Process first = start(data, port);
        try {
            awaitReady(base, first);
            demoModeFillsEveryStage(base);
            var opened = Api.as(base, "paula").post("api/v1/engagements",
                    "{\"name\":\"Before the restart\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
            assertThat(opened.status()).isEqualTo(201);
            id = opened.json().get("id").asText();
            firstIndex = Api.as(base, "audrey").get("api/v1/engagements/" + id + "/history").json().get(0)
                    .get("globalIndex").asLong();
            // a rebuild of the read models, stopped while it replays a processor it has reset: it must resume by itself
            interrupted = awaitRebuildUnderWay(base);
        } finally {
            stop(first);
        }

        Process second = start(data, port);
        try {
            awaitReady(base, second);
            Api.Reply again = null;
            for (int attempt = 0; attempt < 100; attempt++) { // a read model the interrupted rebuild reset is refilled
                again = Api.as(base, "audrey").get("api/v1/engagements/" + id);
                if (again.status() == 200) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("name").asText()).isEqualTo("Before the restart");

            var next = Api.as(base, "paula").post("api/v1/engagements",
                    "{\"name\":\"After the restart\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
            long nextIndex = Api.as(base, "audrey").get("api/v1/engagements/" + next.json().get("id").asText() + "/history")
                    .json().get(0).get("globalIndex").asLong();
            assertThat(nextIndex).as("the next event follows on, no block of numbers skipped").isEqualTo(firstIndex + 1);

            // the processor the stop interrupted took its replay up again and finished it, without an error
            String processor = interrupted.get("processor").asText();
            JsonNode resumed = awaitProcessor(base, processor);
            assertThat(resumed.get("position").asLong()).as(resumed.toString())
                    .isGreaterThanOrEqualTo(interrupted.get("head").asLong());

            // after the interrupted rebuild resumed, a new one finds every read model equal to what it rebuilds, and
            // appends nothing: the policies, which act on events, are not replayed
            var admin = Api.as(base, "admin");
            var before = EventStore.of(base);
            assertThat(admin.post("api/v1/audit/rebuilds", "", null).status()).isEqualTo(202);
            JsonNode run;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            do {
                Thread.sleep(200);
                run = admin.get("api/v1/audit/rebuilds/latest").json();
            } while (!run.get("done").asBoolean() && System.nanoTime() < deadline);
            assertThat(run.get("allEqual").asBoolean()).as(run.toString()).isTrue();
            assertThat(EventStore.of(base)).as("a rebuild appends no event").isEqualTo(before);
        } finally {
            stop(second);
        }
    }

    /**
     * Starts a rebuild and follows it until it replays a processor it has reset: one model "rebuilding" with
     * a position past the first event, which the processors' view shows replaying. Answers that model as the
     * rebuild shows it. A rebuild over before it could be seen is started again.
     */
    private static JsonNode awaitRebuildUnderWay(URI base) throws Exception {
        var admin = Api.as(base, "admin");
        JsonNode run = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            var started = admin.post("api/v1/audit/rebuilds", "", null);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            do {
                run = admin.get("api/v1/audit/rebuilds/latest").json();
                for (JsonNode model : run.get("models")) {
                    if (!run.get("done").asBoolean() && "rebuilding".equals(model.get("state").asText())
                            && model.get("position").asLong() > 0 && model.get("position").asLong() < model.get("head").asLong()) {
                        for (JsonNode processor : admin.get("api/v1/audit/read-models").json()) {
                            if (processor.get("processor").asText().equals(model.get("processor").asText())
                                    && processor.get("replaying").asBoolean()) {
                                return model;
                            }
                        }
                    }
                }
                Thread.sleep(10);
            } while (!run.get("done").asBoolean() && System.nanoTime() < deadline);
        }
        throw new AssertionError("no rebuild was seen replaying a processor; the last: " + run);
    }

    /** Waits until the processor has caught up with the store and is not replaying, and runs without an error. */
    private static JsonNode awaitProcessor(URI base, String name) throws Exception {
        JsonNode found = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode processor : Api.as(base, "audrey").get("api/v1/audit/read-models").json()) {
                if (processor.get("processor").asText().equals(name)) {
                    found = processor;
                }
            }
            assertThat(found).as("processor " + name + " after the restart").isNotNull();
            assertThat(found.get("inError").asBoolean()).as(found.toString()).isFalse();
            if (found.get("running").asBoolean() && found.get("caughtUp").asBoolean() && !found.get("replaying").asBoolean()) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("processor " + name + " did not finish its replay after the restart: " + found);
    }

    /** The event store as auditors see it: how many events it holds (sealed or not yet), and the newest position. */
    private record EventStore(long events, long head) {
        static EventStore of(URI base) throws Exception {
            var audrey = Api.as(base, "audrey");
            var started = audrey.post("api/v1/audit/verifications", "", null);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            String location = started.header("Location");
            JsonNode run;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            do {
                Thread.sleep(100);
                run = audrey.get(location.substring(location.indexOf("api/v1/"))).json();
            } while (!run.get("done").asBoolean() && System.nanoTime() < deadline);
            assertThat(run.get("intact").asBoolean()).as(run.toString()).isTrue();
            long head = audrey.get("api/v1/audit/read-models").json().get(0).get("head").asLong();
            return new EventStore(run.get("eventsVerified").asLong() + run.get("unsealedEvents").asLong(), head);
        }
    }

    private static Process start(Path data, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var log = data.resolve("server-" + System.nanoTime() + ".log").toFile();
        // small projection batches: a replay of the demo's events takes many of them, so that a stop can fall amid one
        return new ProcessBuilder(List.of(java, "-Xmx768m", "-Daxoniq.update-checker.disabled=true",
                "-Ddesk.data.dir=" + data, "-Ddesk.axon.processor-batch-size=5", "-jar", System.getProperty("payara.micro.jar"), "--nocluster",
                "--port", Integer.toString(port), "--deploy", System.getProperty("desk.war")))
                .redirectErrorStream(true).redirectOutput(log).start();
    }

    /**
     * The product as a first-time user starts it (embedded H2, demo mode): engagements in assessment, one
     * in sourcing with three quoted vendors, one in monitoring with six months of KPIs and a breach, one
     * closed after an exit, each carried there by real commands of the demo users.
     */
    private static void demoModeFillsEveryStage(URI base) throws Exception {
        var audrey = Api.as(base, "audrey");
        var stages = new java.util.HashMap<String, String>();
        var ids = new java.util.HashMap<String, String>();
        audrey.get("api/v1/engagements").json().forEach(e -> {
            stages.put(e.get("name").asText(), e.get("stage").asText());
            ids.put(e.get("name").asText(), e.get("id").asText());
        });
        assertThat(stages).containsEntry("Inbound phone support, North America", "ASSESSMENT")
                .containsEntry("Customer care for the Nordics", "SOURCING")
                .containsEntry("Technical support, Asia-Pacific", "MONITORING")
                .containsEntry("Order hotline, United Kingdom", "CLOSED");
        var round = audrey.get("api/v1/engagements/" + ids.get("Customer care for the Nordics") + "/sourcing").json();
        assertThat(round.get("shortlist")).hasSize(3);
        assertThat(round.get("shortlist").findValues("quotes")).allSatisfy(quotes -> assertThat(quotes).isNotEmpty());
        var monitoring = audrey.get("api/v1/engagements/" + ids.get("Technical support, Asia-Pacific") + "/monitoring").json();
        assertThat(monitoring.get("periods")).hasSize(6);
        assertThat(audrey.get("api/v1/engagements/" + ids.get("Technical support, Asia-Pacific") + "/monitoring/evaluations").json()
                .findValuesAsText("met")).containsOnlyOnce("false");
        var exit = audrey.get("api/v1/engagements/" + ids.get("Order hotline, United Kingdom") + "/exit").json();
        assertThat(exit.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(audrey.get("api/v1/engagements/" + ids.get("Order hotline, United Kingdom") + "/history?decisions=true").json()
                .findValuesAsText("actor")).contains("paula", "marc", "carla", "lena");
    }

    private static void awaitReady(URI base, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("Payara Micro is running").isTrue();
            try {
                if (Api.anonymous(base).get("health/ready").status() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the product did not become ready");
    }

    private static void stop(Process server) throws Exception {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }
}
