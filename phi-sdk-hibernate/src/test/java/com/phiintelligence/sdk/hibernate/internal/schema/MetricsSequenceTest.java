package com.phiintelligence.sdk.hibernate.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.phiintelligence.sdk.schema.SchemaReport.Outcome;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MetricsSequenceTest {
    private static final String INSERT_METRIC = "INSERT INTO public.voicebot_metrics (id, voicebot_id, action_type)"
            + " VALUES (%d, '" + Fixtures.VOICEBOT + "', 'llm')";

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
}
