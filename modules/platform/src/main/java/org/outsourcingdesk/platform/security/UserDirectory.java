package org.outsourcingdesk.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Who the product's users are, for the pages and documents that name them: each account's display
 * name and roles by user name (tables {@code desk_user} and {@code desk_user_role}). Events name
 * people by user name only; this is where a module turns that into "Paula Procurement". Accounts are
 * few and change rarely (at start-up, or by an administrator in the database), so all of them are read
 * at once and kept for {@link #FRESH_FOR}. Names are decoration: when the accounts cannot be read, the
 * last ones read (or none) answer until the next attempt, and callers fall back to the user name.
 */
@ApplicationScoped
public class UserDirectory {

    /** How long the accounts read are used before they are read again. */
    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(UserDirectory.class.getName());

    /** Reads every account. */
    interface Accounts {
        Map<String, Person> read() throws SQLException;
    }

    /**
     * A user as others see them.
     *
     * @param roles the names of their {@link org.outsourcingdesk.kernel.Role}s now, in alphabetical order
     */
    public record Person(String username, String displayName, List<String> roles) {
        public Person {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        /** "Paula Procurement (paula)"; only the user name when the display name adds nothing. */
        public String describe() {
            return displayName == null || displayName.isBlank() || displayName.equals(username)
                    ? username : displayName + " (" + username + ")";
        }
    }

    private record Snapshot(Map<String, Person> people, Instant readAt) {
    }

    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;

    private final Accounts accounts;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public UserDirectory() {
        this.accounts = () -> read(dataSource);
        this.clock = Clock.systemUTC();
    }

    /** With other accounts and another clock, for tests. */
    UserDirectory(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The account of this user name, if there is one. */
    public Optional<Person> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(everyone().get(username));
    }

    /** The user's display name, or the user name itself when there is no account (or no name given). */
    public String displayName(String username) {
        return find(username).map(Person::displayName).filter(name -> !name.isBlank()).orElse(username);
    }

    /** "Paula Procurement (paula)", or the user name alone when there is no account: for naming somebody on a page. */
    public String describe(String username) {
        return find(username).map(Person::describe).orElse(username);
    }

    /** Every account by user name, as last read (at most {@link #FRESH_FOR} ago). */
    public Map<String, Person> everyone() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.readAt().plus(FRESH_FOR))) {
            return current.people();
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && now.isBefore(current.readAt().plus(FRESH_FOR))) {
                return current.people();
            }
            try {
                snapshot = new Snapshot(Collections.unmodifiableMap(new LinkedHashMap<>(accounts.read())), now);
                return snapshot.people();
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not read the accounts; naming people as last read, or by user name", e);
                snapshot = new Snapshot(current == null ? Map.of() : current.people(), now); // tried again once this is stale
                return snapshot.people();
            }
        }
    }

    /** Every account of the data source, by user name. */
    static Map<String, Person> read(DataSource dataSource) throws SQLException {
        var names = new LinkedHashMap<String, String>();
        var roles = new LinkedHashMap<String, List<String>>();
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select u.username, u.display_name, r.role from desk_user u"
                     + " left join desk_user_role r on r.username = u.username order by u.username, r.role");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                String username = rows.getString(1);
                names.put(username, rows.getString(2));
                List<String> own = roles.computeIfAbsent(username, u -> new ArrayList<>());
                if (rows.getString(3) != null) {
                    own.add(rows.getString(3));
                }
            }
        }
        var people = new LinkedHashMap<String, Person>();
        names.forEach((username, name) -> people.put(username, new Person(username, name, roles.get(username))));
        return people;
    }
}
