package org.outsourcingdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.platform.persistence.DatabaseMigrations;

/** The accounts' display names and roles by user name: read from the real tables, kept a minute, never failing a page. */
class UserDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void namesAndRolesComeFromTheAccounts() throws Exception {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + Files.createTempDirectory("desk-users").resolve("desk"));
        DatabaseMigrations.migrate(dataSource, getClass().getClassLoader());
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("insert into desk_user values ('carla', 'Carla Category Manager', 'x', true, current_timestamp)");
            statement.executeUpdate("insert into desk_user values ('ops', 'ops', 'x', true, current_timestamp)");
            statement.executeUpdate("insert into desk_user_role values ('carla', 'PROCUREMENT')");
            statement.executeUpdate("insert into desk_user_role values ('carla', 'APPROVER')");
        }
        var directory = new UserDirectory(() -> UserDirectory.read(dataSource), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(directory.find("carla")).contains(new UserDirectory.Person("carla", "Carla Category Manager",
                List.of("APPROVER", "PROCUREMENT")));
        assertThat(directory.describe("carla")).isEqualTo("Carla Category Manager (carla)");
        assertThat(directory.find("ops").orElseThrow().roles()).as("an account without roles").isEmpty();
        assertThat(directory.describe("ops")).as("a display name that adds nothing").isEqualTo("ops");
        assertThat(directory.displayName("system")).as("no account: the user name").isEqualTo("system");
        assertThat(directory.describe("system")).isEqualTo("system");
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void theAccountsAreReadOnceAMinute() {
        var reads = new AtomicInteger();
        var clock = new MovableClock();
        var directory = new UserDirectory(() -> {
            reads.incrementAndGet();
            return Map.of("paula", new UserDirectory.Person("paula", "Paula " + reads.get(), List.of("PROCUREMENT")));
        }, clock);

        assertThat(directory.displayName("paula")).isEqualTo("Paula 1");
        clock.now = NOW.plusSeconds(59);
        assertThat(directory.displayName("paula")).isEqualTo("Paula 1");
        assertThat(directory.everyone()).hasSize(1);
        clock.now = NOW.plus(UserDirectory.FRESH_FOR);
        assertThat(directory.displayName("paula")).as("read again once stale").isEqualTo("Paula 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void unreadableAccountsLeaveTheLastOnesOrTheUserName() {
        var clock = new MovableClock();
        var fail = new boolean[] {true};
        var reads = new AtomicInteger();
        var directory = new UserDirectory(() -> {
            reads.incrementAndGet();
            if (fail[0]) {
                throw new SQLException("database down");
            }
            return Map.of("marc", new UserDirectory.Person("marc", "Marc Approver", List.of("APPROVER")));
        }, clock);

        assertThat(directory.describe("marc")).isEqualTo("marc");
        assertThat(directory.describe("marc")).as("not tried again at once").isEqualTo("marc");
        assertThat(reads).hasValue(1);
        fail[0] = false;
        clock.now = NOW.plus(UserDirectory.FRESH_FOR);
        assertThat(directory.describe("marc")).isEqualTo("Marc Approver (marc)");
        fail[0] = true;
        clock.now = NOW.plus(UserDirectory.FRESH_FOR.multipliedBy(2));
        assertThat(directory.describe("marc")).as("the last accounts read").isEqualTo("Marc Approver (marc)");
    }

    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
