package org.outsourcingdesk.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.persistence.DatabaseKind;

/**
 * Makes sure somebody can log in on a new installation.
 * <ul>
 * <li>Demo mode ({@code DESK_DEMO}: {@code auto}, the default, means on with the embedded database
 * and off with PostgreSQL) creates the demo users, all with the password {@value #DEMO_PASSWORD}.</li>
 * <li>Otherwise, while there are no users at all, {@code DESK_ADMIN_USER} and
 * {@code DESK_ADMIN_PASSWORD} create the first administrator.</li>
 * </ul>
 */
@ApplicationScoped
public class AccountBootstrap {

    public static final String DEMO_PASSWORD = "outsourcing-demo";
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    record Account(String username, String displayName, List<Role> roles) {
        Account(String username, String displayName, Role role) {
            this(username, displayName, List.of(role));
        }
    }

    static final List<Account> DEMO_ACCOUNTS = List.of(
            new Account("paula", "Paula Procurement", Role.PROCUREMENT),
            new Account("marc", "Marc Approver", Role.APPROVER),
            // a category manager who runs engagements and signs off others' decisions, never her own
            new Account("carla", "Carla Category Manager", List.of(Role.PROCUREMENT, Role.APPROVER)),
            new Account("lena", "Lena Legal", Role.LEGAL),
            new Account("audrey", "Audrey Auditor", Role.AUDITOR),
            new Account("admin", "Desk Administrator", Role.ADMIN));

    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;
    @Inject
    PasswordHashing passwords;
    @Inject
    @ConfigProperty(name = "desk.demo", defaultValue = "auto")
    String demo;
    @Inject
    @ConfigProperty(name = "desk.admin.user")
    Optional<String> adminUser;
    @Inject
    @ConfigProperty(name = "desk.admin.password")
    Optional<String> adminPassword;

    /** Creates whatever accounts are due; answers whether demo mode is on. */
    public boolean bootstrap(DatabaseKind kind) {
        boolean demoMode = switch (demo.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> kind == DatabaseKind.H2;
        };
        try (Connection connection = dataSource.getConnection()) {
            if (demoMode) {
                for (Account account : DEMO_ACCOUNTS) {
                    if (!exists(connection, account.username())) {
                        create(connection, account, DEMO_PASSWORD.toCharArray());
                        LOG.info(() -> "Demo user " + account.username() + " " + account.roles() + " created");
                    }
                }
            } else if (adminUser.filter(u -> !u.isBlank()).isPresent() && countUsers(connection) == 0) {
                String password = adminPassword.orElse("");
                if (password.length() < 12) {
                    throw new IllegalStateException("DESK_ADMIN_PASSWORD must have at least 12 characters");
                }
                create(connection, new Account(adminUser.get().strip(), "Administrator", Role.ADMIN), password.toCharArray());
                LOG.info(() -> "First administrator " + adminUser.get() + " created from DESK_ADMIN_USER");
            } else if (countUsers(connection) == 0) {
                LOG.warning("There are no users: set DESK_ADMIN_USER and DESK_ADMIN_PASSWORD and restart "
                        + "to create the first administrator (see deploy/README.md)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not set up user accounts: " + e.getMessage(), e);
        }
        return demoMode;
    }

    private static boolean exists(Connection connection, String username) throws SQLException {
        try (var statement = connection.prepareStatement("select 1 from desk_user where username = ?")) {
            statement.setString(1, username);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static long countUsers(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select count(*) from desk_user");
             var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Whether a user name exists (enabled or not). */
    public boolean exists(String username) {
        try (Connection connection = dataSource.getConnection()) {
            return exists(connection, username);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Creates the user and its role in one transaction. Another node starting at the same moment may
     * have created it first; that is success, not a failed start.
     */
    private void create(Connection connection, Account account, char[] password) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            insert(connection, account, password);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
            LOG.info(() -> "User " + account.username() + " was created by another node");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void insert(Connection connection, Account account, char[] password) throws SQLException {
        try (var user = connection.prepareStatement(
                "insert into desk_user (username, display_name, password_hash, enabled, created_at) values (?, ?, ?, ?, ?)");
             var role = connection.prepareStatement("insert into desk_user_role (username, role) values (?, ?)")) {
            user.setString(1, account.username());
            user.setString(2, account.displayName());
            user.setString(3, passwords.hash(password));
            user.setBoolean(4, true);
            user.setTimestamp(5, Timestamp.from(Instant.now()));
            user.executeUpdate();
            for (Role each : account.roles()) {
                role.setString(1, account.username());
                role.setString(2, each.name());
                role.executeUpdate();
            }
        }
    }
}
