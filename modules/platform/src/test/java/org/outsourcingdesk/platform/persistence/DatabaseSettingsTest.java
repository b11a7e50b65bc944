package org.outsourcingdesk.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withoutConfigurationTheEmbeddedDatabaseLivesInTheDataFolder() {
        String url = DatabaseSettings.embeddedUrl("data");
        assertThat(url).startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().normalize().resolve("desk"));
        assertThat(DatabaseKind.of(url)).isEqualTo(DatabaseKind.H2);
    }

    @Test
    void postgresqlIsRecognisedAndAnythingElseIsRefusedWithAHint() {
        assertThat(DatabaseKind.of("jdbc:postgresql://127.0.0.1:5432/desk")).isEqualTo(DatabaseKind.POSTGRESQL);
        assertThatThrownBy(() -> DatabaseKind.of("jdbc:mysql://x/y")).hasMessageContaining("DESK_DB_URL");
    }

    @Test
    void thePasswordNeverAppearsInLogs() {
        var settings = new DatabaseSettings("jdbc:postgresql://h/d", "desk", "s3cret");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void theDataSourceMakesConnectionsToTheChosenDatabase() throws Exception {
        var dir = java.nio.file.Files.createTempDirectory("desk-ds");
        var h2 = DeskDataSource.create(new DatabaseSettings(DatabaseSettings.embeddedUrl(dir.toString()), "desk", ""));
        try (var connection = h2.getConnection(); var rows = connection.createStatement().executeQuery("select 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(DatabaseKind.of(connection.getMetaData().getURL())).isEqualTo(DatabaseKind.H2);
        }
    }
}
