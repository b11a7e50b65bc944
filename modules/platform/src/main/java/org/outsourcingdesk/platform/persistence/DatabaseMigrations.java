package org.outsourcingdesk.platform.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before anything touches it. Every module keeps its own
 * migrations under {@code db/migration/common} (both databases) or {@code db/migration/<kind>}
 * (one database only), versioned by date and time so that modules never collide (ADR 0006).
 */
public final class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    private DatabaseMigrations() {
    }

    public static int migrate(DataSource dataSource, ClassLoader classLoader) {
        return migrate(dataSource, DatabaseKind.of(dataSource), classLoader);
    }

    public static int migrate(DataSource dataSource, DatabaseKind kind, ClassLoader classLoader) {
        var result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + kind.migrationFolder())
                .table("desk_schema_history")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema on " + kind + " at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        return result.migrationsExecuted;
    }
}
