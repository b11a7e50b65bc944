package org.outsourcingdesk.benchmark;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own for one run, created next to the admin database and dropped afterwards, so
 * that every run starts from an empty event store and never touches anybody's data. Only servers on
 * the loopback interface are accepted: this is a load generator.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final String adminUrl;
    private final String user;
    private final String name;
    private final String url;
    private final boolean keep;
    private final AtomicBoolean dropped = new AtomicBoolean();

    private ScratchDatabase(String adminUrl, String user, String name, String url, boolean keep) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.name = name;
        this.url = url;
        this.keep = keep;
    }

    static ScratchDatabase create(String adminUrl, String user, boolean keep) throws SQLException {
        String name = "desk_bench_" + LocalDateTime.now().format(STAMP);
        var database = new ScratchDatabase(adminUrl, user, name, withDatabase(adminUrl, name), keep);
        try (var admin = connect(adminUrl, user); var statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        // Ctrl-C during a long run must not leave a database of a hundred thousand events behind.
        Runtime.getRuntime().addShutdownHook(new Thread(database::dropQuietly, "bench-drop-database"));
        return database;
    }

    /** A database an earlier run kept: worked in again and kept afterwards, never dropped. */
    static ScratchDatabase existing(String adminUrl, String user, String name) throws SQLException {
        var database = new ScratchDatabase(adminUrl, user, name, withDatabase(adminUrl, name), true);
        try (var connection = database.connect()) {
            return database; // it answers: it exists
        } catch (SQLException e) {
            throw new IllegalArgumentException("desk.bench.database " + name + " cannot be opened: " + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    Connection connect() throws SQLException {
        return connect(url, user);
    }

    /** For Flyway, which wants a data source; unpooled, as migrations run once. */
    DataSource dataSource() {
        var source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        return source;
    }

    @Override
    public void close() throws SQLException {
        if (keep) {
            System.out.println("Kept database " + name + " (work in it again with -Ddesk.bench.database=" + name
                    + "); drop it with: DROP DATABASE "
                    + name + ";");
            dropped.set(true);
            return;
        }
        drop();
    }

    private void drop() throws SQLException {
        if (!dropped.compareAndSet(false, true)) {
            return;
        }
        try (var admin = connect(adminUrl, user); var statement = admin.createStatement()) {
            // FORCE ends connections a stuck pool may still hold (PostgreSQL 13 and later).
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private void dropQuietly() {
        if (keep) {
            return;
        }
        try {
            drop();
        } catch (SQLException e) {
            System.err.println("Could not drop database " + name + ": " + e.getMessage());
        }
    }

    private static Connection connect(String url, String user) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("ApplicationName", "desk-benchmark");
        return DriverManager.getConnection(url, properties);
    }

    /**
     * The admin URL with its database replaced, keeping host, port and parameters. Refuses anything
     * that is not one PostgreSQL server on this machine.
     */
    static String withDatabase(String adminUrl, String database) {
        if (!adminUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("desk.bench.url must look like jdbc:postgresql://127.0.0.1:5432/postgres, not "
                    + adminUrl);
        }
        URI uri;
        try {
            uri = URI.create(adminUrl.substring("jdbc:".length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("desk.bench.url is not a single-host PostgreSQL URL: " + adminUrl, e);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("desk.bench.url names no single host: " + adminUrl);
        }
        requireLoopback(uri.getHost());
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://" + uri.getHost() + port + "/" + database + query;
    }

    /** Judged without a name lookup, which could itself leave the machine: "localhost" or a loopback literal. */
    private static void requireLoopback(String host) {
        String bare = host.replaceAll("^\\[|]$", "");
        boolean literal = bare.matches("[0-9.]+") || bare.contains(":");
        boolean loopback;
        try {
            loopback = bare.equalsIgnoreCase("localhost") || (literal && InetAddress.getByName(bare).isLoopbackAddress());
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalArgumentException("The benchmark only loads a database server on this machine: use 127.0.0.1,"
                    + " ::1 or localhost in desk.bench.url, not " + host);
        }
    }
}
