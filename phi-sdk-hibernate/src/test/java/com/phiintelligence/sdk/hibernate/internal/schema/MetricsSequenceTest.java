package com.phiintelligence.sdk.hibernate.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.phiintelligence.sdk.schema.SchemaReport;
import com.phiintelligence.sdk.schema.SchemaReport.Outcome;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MetricsSequenceTest {
    private static final String INSERT_METRIC = "INSERT INTO public.voicebot_metrics (id, voicebot_id, action_type)"
            + " VALUES (%d, '" + Fixtures.VOICEBOT + "', 'llm')";
    private static final String NEXTVAL = "SELECT nextval('phi_sdk.voicebot_metrics_id_seq')";

    @Test
    void everyStartMovesTheSequencePastIdsInsertedByOthers() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, Fixtures.ROWS_IN_EVERY_TABLE);
        SchemaManager manager = new SchemaManager(db, "phi_sdk");
        manager.apply();
        String nextval = "SELECT nextval('" + manager.voicebotMetricsSequence() + "')";
        assertThat(TestDatabases.value(db, nextval)).isEqualTo("43");

        TestDatabases.execute(db, INSERT_METRIC.formatted(100));
        assertThat(manager.apply().outcome()).isEqualTo(Outcome.MIGRATED);

        assertThat(TestDatabases.value(db, nextval)).isEqualTo("101");
    }

    @Test
    void neverMovesTheSequenceBack() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, Fixtures.ROWS_IN_EVERY_TABLE);
        SchemaManager manager = new SchemaManager(db, "phi_sdk");
        manager.apply();
        String nextval = "SELECT nextval('" + manager.voicebotMetricsSequence() + "')";
        TestDatabases.execute(db, "SELECT setval('" + manager.voicebotMetricsSequence() + "', 500)");
        TestDatabases.execute(db, INSERT_METRIC.formatted(60));

        manager.apply();

        assertThat(TestDatabases.value(db, nextval)).isEqualTo("501");
    }

    @Test
    void aStartRightAfterAdoptionKeepsTheNextValue() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, Fixtures.ROWS_IN_EVERY_TABLE);
        SchemaManager manager = new SchemaManager(db, "phi_sdk");
        manager.apply();

        manager.apply();

        assertThat(TestDatabases.value(db, "SELECT nextval('" + manager.voicebotMetricsSequence() + "')")).isEqualTo("43");
    }

    @Test
    void aStartWithMigrationOffAlsoMovesTheSequencePastIdsInsertedByOthers() {
        DataSource db = adoptedThenAnotherWriterInsertsId100();

        assertThat(new SchemaManager(db, "phi_sdk").inspect().outcome()).isEqualTo(Outcome.NOT_MANAGED);

        assertThat(TestDatabases.value(db, NEXTVAL)).isEqualTo("101");
    }

    @Test
    void aStartWithMigrationOffByARoleThatMayOnlyUseTheSequenceLeavesItWhereItIs() {
        DataSource db = adoptedThenAnotherWriterInsertsId100();
        // Roles belong to the server, not the database: a name of this JVM's own, dropped at the end.
        String role = "phi_test_sequence_user_" + ProcessHandle.current().pid();
        TestDatabases.execute(db, "CREATE ROLE " + role + " NOLOGIN;"
                + " GRANT USAGE ON SCHEMA phi_sdk TO " + role + ";"
                + " GRANT SELECT ON phi_sdk.flyway_schema_history TO " + role + ";"
                + " GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role + ";"
                + " GRANT USAGE ON SEQUENCE phi_sdk.voicebot_metrics_id_seq TO " + role);
        try {
            SchemaReport report = new SchemaManager(TestDatabases.asRole(db, role), "phi_sdk").inspect();

            assertThat(report.outcome()).isEqualTo(Outcome.NOT_MANAGED);
            assertThat(TestDatabases.value(db, NEXTVAL)).isEqualTo("43");
        } finally {
            TestDatabases.execute(db, "DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    /** @return a platform database with rows (metric ids up to 42) that the SDK adopted, then metric id 100 from another writer */
    private static DataSource adoptedThenAnotherWriterInsertsId100() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, Fixtures.ROWS_IN_EVERY_TABLE);
        new SchemaManager(db, "phi_sdk").apply();
        TestDatabases.execute(db, INSERT_METRIC.formatted(100));
        return db;
    }
}
