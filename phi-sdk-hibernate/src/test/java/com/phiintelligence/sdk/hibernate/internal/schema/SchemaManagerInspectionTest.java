package com.phiintelligence.sdk.hibernate.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.phiintelligence.sdk.error.DataAccessException;
import com.phiintelligence.sdk.schema.SchemaDifference;
import com.phiintelligence.sdk.schema.SchemaDifference.Severity;
import com.phiintelligence.sdk.schema.SchemaMismatchException;
import com.phiintelligence.sdk.schema.SchemaReport;
import com.phiintelligence.sdk.schema.SchemaReport.Outcome;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@link SchemaManager#inspect()}: a start with migration off checks, and changes nothing. */
class SchemaManagerInspectionTest {
    private static final String HISTORY_NONE = "expected the PHI SDK's migration history at version 2, found none:"
            + " start once with migrateOnStart(true), or let a deployment step migrate";
    private static final String SEQUENCE_NONE = "expected sequence phi_sdk.voicebot_metrics_id_seq to number new rows,"
            + " found none (recording a voicebot metric fails): start once with migrateOnStart(true), or let a"
            + " deployment step migrate";

    @Test
    void reportsTheVersionAndDriftOfAPreparedDatabaseChangingNothing() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, Fixtures.ROWS_IN_EVERY_TABLE + SchemaManagerAdoptionTest.HARMLESS_DRIFT);
        SchemaReport adopted = new SchemaManager(db, "phi_sdk").apply();
        List<String> before = state(db);

        SchemaReport report = new SchemaManager(db, "phi_sdk").inspect();

        assertThat(report.outcome()).isEqualTo(Outcome.NOT_MANAGED);
        assertThat(report.version()).isEqualTo("2");
        assertThat(report.differences()).hasSize(5).allMatch(d -> d.severity() == Severity.HARMLESS)
                .containsExactlyElementsOf(adopted.differences());
        assertThat(state(db)).isEqualTo(before);
    }

    @Test
    void refusesADatabaseTheSdkNeverPreparedChangingNothing() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, "ALTER INDEX idx_voice_sessions_status RENAME TO voice_sessions_status_index");
        List<String> before = state(db);

        SchemaMismatchException refused = catchThrowableOfType(SchemaMismatchException.class,
                () -> new SchemaManager(db, "phi_sdk").inspect());

        assertThat(refused.differences()).extracting(SchemaDifference::table, SchemaDifference::object,
                SchemaDifference::severity, SchemaDifference::description).containsExactly(
                tuple("phi_sdk.flyway_schema_history", null, Severity.BREAKING, HISTORY_NONE),
                tuple("voicebot_metrics", "id", Severity.BREAKING, SEQUENCE_NONE),
                tuple("voice_sessions", "idx_voice_sessions_status", Severity.HARMLESS,
                        "expected index idx_voice_sessions_status on (status), found index"
                                + " voice_sessions_status_index on (status)"));
        assertThat(refused).hasMessageStartingWith("The PHI SDK has not prepared this database for its current"
                + " version (migration on start is off, so nothing was changed)");
        assertThat(state(db)).isEqualTo(before);
        assertThat(SchemaManagerAdoptionTest.schemas(db)).doesNotContain("phi_sdk");
    }

    @Test
    void refusesADatabasePreparedByAnOlderVersionChangingNothing() {
        DataSource db = TestDatabases.newDatabase();
        Migrations.configuration(db, "phi_sdk").target("1").load().migrate();
        List<String> before = state(db);

        SchemaMismatchException refused = catchThrowableOfType(SchemaMismatchException.class,
                () -> new SchemaManager(db, "phi_sdk").inspect());

        assertThat(refused.differences()).extracting(SchemaDifference::table, SchemaDifference::object,
                SchemaDifference::severity, SchemaDifference::description).containsExactly(
                tuple("phi_sdk.flyway_schema_history", null, Severity.BREAKING, "expected the PHI SDK's migration"
                        + " history at version 2, found version 1 (not applied: 2): start once with"
                        + " migrateOnStart(true), or let a deployment step migrate"),
                tuple("voicebot_metrics", "id", Severity.BREAKING, SEQUENCE_NONE));
        assertThat(state(db)).isEqualTo(before);
    }

    @Test
    void refusesADatabaseWhoseHistoryRecordsNoVersion() {
        DataSource db = TestDatabases.newDatabase();
        // A failed first migration leaves the SDK schema with a history that records no version.
        TestDatabases.execute(db, "CREATE VIEW public.users AS SELECT 1 AS id");
        assertThatThrownBy(() -> new SchemaManager(db, "phi_sdk").apply()).isInstanceOf(DataAccessException.class);
        TestDatabases.execute(db, "DROP VIEW public.users; " + TestDatabases.schemaSql());

        SchemaMismatchException refused = catchThrowableOfType(SchemaMismatchException.class,
                () -> new SchemaManager(db, "phi_sdk").inspect());

        assertThat(refused.differences()).extracting(SchemaDifference::description).containsExactly(
                "expected the PHI SDK's migration history at version 2, found no version recorded (not applied: 1, 2):"
                        + " start once with migrateOnStart(true), or let a deployment step migrate",
                SEQUENCE_NONE);
    }

    @Test
    void refusesADatabaseWhoseSequenceIsMissing() {
        DataSource db = TestDatabases.newPlatformDatabase();
        new SchemaManager(db, "phi_sdk").apply();
        TestDatabases.execute(db, "DROP SEQUENCE phi_sdk.voicebot_metrics_id_seq");

        SchemaMismatchException refused = catchThrowableOfType(SchemaMismatchException.class,
                () -> new SchemaManager(db, "phi_sdk").inspect());

        assertThat(refused.differences()).extracting(SchemaDifference::description).containsExactly(SEQUENCE_NONE);
    }

    @Test
    void refusesAnEmptyDatabase() {
        DataSource db = TestDatabases.newDatabase();

        SchemaMismatchException refused = catchThrowableOfType(SchemaMismatchException.class,
                () -> new SchemaManager(db, "phi_sdk").inspect());

        assertThat(refused.differences()).hasSize(13).allMatch(d -> d.severity() == Severity.BREAKING && d.object() == null);
        assertThat(SchemaManagerAdoptionTest.schemas(db)).doesNotContain("phi_sdk");
    }

    /** Everything inspect must leave alone: both schemas' catalogs, the rows, the history, the sequence. */
    private static List<String> state(DataSource db) {
        List<String> state = new ArrayList<>(CatalogDump.of(db, "public"));
        state.addAll(CatalogDump.of(db, "phi_sdk"));
        state.addAll(SchemaManagerAdoptionTest.schemas(db));
        TestDatabases.contents(db).forEach((table, rows) -> state.add(table + " " + rows));
        if (TestDatabases.schemaExists(db, "phi_sdk")) {
            state.addAll(TestDatabases.rows(db, "SELECT * FROM phi_sdk.flyway_schema_history ORDER BY installed_rank"));
            if (TestDatabases.value(db, "SELECT to_regclass('phi_sdk.voicebot_metrics_id_seq') IS NOT NULL").equals("t")) {
                state.addAll(TestDatabases.rows(db, "SELECT last_value, is_called FROM phi_sdk.voicebot_metrics_id_seq"));
            }
        }
        return state;
    }
}
