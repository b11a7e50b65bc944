package org.outsourcingdesk.app.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;

/**
 * Databases for in-container tests. PostgreSQL is the machine's server when {@code DESK_TEST_DB_URL}
 * names it (CI does), otherwise an embedded PostgreSQL started from Maven-provided binaries, so a
 * fresh machine needs no database. Each test class gets a database of its own.
 */
final class TestDatabases {

    private static EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    /** Leaves the shared server as it was found, once the test JVM ends (the product has stopped by then). */
    private static void dropAtExit(String adminUrl, String user, String password, String database) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var connection = DriverManager.getConnection(adminUrl, user, password);
                 var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
            } catch (Exception e) {
                System.err.println("could not drop test database " + database + ": " + e.getMessage());
            }
        }));
    }

    static Map<String, String> freshH2() throws Exception {
        Path dir = Files.createTempDirectory("desk-it-h2");
        return Map.of("desk.db.url", "jdbc:h2:file:" + dir.resolve("desk") + ";DB_CLOSE_ON_EXIT=FALSE",
                "desk.demo", "true", "desk.demo.journeys", "false");
    }

    /** A new, empty PostgreSQL database with the demo users switched on (and the demo journeys off: the tests make their own). */
    static synchronized Map<String, String> freshPostgres() throws Exception {
        String adminUrl = System.getenv("DESK_TEST_DB_URL");
        boolean shared = adminUrl != null && !adminUrl.isBlank();
        String user = System.getenv().getOrDefault("DESK_TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("DESK_TEST_DB_PASSWORD", "");
        if (adminUrl == null || adminUrl.isBlank()) {
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (Exception ignored) {
                        // the JVM is ending anyway
                    }
                }));
            }
            adminUrl = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
        }
        String database = "desk_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(adminUrl, user, password);
             var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        if (shared) {
            dropAtExit(adminUrl, user, password, database);
        }
        String url = adminUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        return Map.of("desk.db.url", url, "desk.db.user", user, "desk.db.password", password, "desk.demo", "true",
                "desk.demo.journeys", "false");
    }
}
