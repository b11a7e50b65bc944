package org.outsourcingdesk.platform.persistence;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * Which database the product uses, read from MicroProfile Config: {@code DESK_DB_URL},
 * {@code DESK_DB_USER} and {@code DESK_DB_PASSWORD} (environment) or {@code desk.db.url} etc. With
 * none set, an embedded H2 database kept in {@code desk.data.dir} (default {@code ./data}).
 */
public record DatabaseSettings(String url, String user, String password) {

    public static DatabaseSettings from(Config config) {
        String url = config.getOptionalValue("desk.db.url", String.class).filter(s -> !s.isBlank())
                .orElseGet(() -> embeddedUrl(config.getOptionalValue("desk.data.dir", String.class).orElse("data")));
        String user = config.getOptionalValue("desk.db.user", String.class).orElse(isH2(url) ? "desk" : "");
        String password = config.getOptionalValue("desk.db.password", String.class).orElse("");
        return new DatabaseSettings(url, user, password);
    }

    static String embeddedUrl(String dataDir) {
        Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve("desk");
        return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    public DatabaseKind kind() {
        return DatabaseKind.of(url);
    }

    private static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]"; // never the password
    }
}
