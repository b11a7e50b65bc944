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
