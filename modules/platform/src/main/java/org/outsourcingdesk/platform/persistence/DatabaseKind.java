package org.outsourcingdesk.platform.persistence;

/** The databases the product supports; each has its own folder of migrations beside the common one. */
public enum DatabaseKind {
    H2("h2"), POSTGRESQL("postgresql");

    private final String migrationFolder;

    DatabaseKind(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    public String migrationFolder() {
        return migrationFolder;
    }

    /** The kind of database a data source connects to, asked of the database itself. */
    public static DatabaseKind of(javax.sql.DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return of(connection.getMetaData().getURL());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    public static DatabaseKind of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("Unsupported database URL " + jdbcUrl
                + ": use jdbc:postgresql://host:port/database, or leave DESK_DB_URL unset for the embedded H2 database");
    }
}
