package org.privacyimpact.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curators' edits must survive a restart of the dashboard and its embedded database. */
class EmbeddedPostgresPersistenceTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgresStarter.startServer(dataDirectory, 0);
             Connection connection = first.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table curated_note (text text)");
            statement.execute("insert into curated_note values ('edited by a curator')");
        }

        try (EmbeddedPostgres second = EmbeddedPostgresStarter.startServer(dataDirectory, 0);
             Connection connection = second.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select text from curated_note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("edited by a curator");
            assertThat(dataDirectory.resolve("PG_VERSION")).exists();
        }
    }

    @Test
    void aSecondDashboardOnTheSameDataFolderIsToldWhatToDo() throws Exception {
        try (EmbeddedPostgres running = EmbeddedPostgresStarter.startServer(dataDirectory, 0)) {
            assertThatThrownBy(() -> EmbeddedPostgresStarter.startServer(dataDirectory, 0))
                    .hasMessageContaining("is in use by another running dashboard")
                    .hasMessageContaining("DASHBOARD_DATA_DIR");
        }
    }
}
