package com.phiintelligence.sdk.hibernate.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.error.DataAccessException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.schema.SchemaReport;
import com.phiintelligence.sdk.schema.SchemaReport.Outcome;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaManagerCreationTest {

    @ParameterizedTest
    @ValueSource(strings = {"phi_sdk", "platform_sdk_state"})
    void createsExactlyTheSchemaThatSchemaSqlCreates(String sdkSchema) {
        DataSource website = TestDatabases.newPlatformDatabase();
        DataSource sdk = TestDatabases.newDatabase();

        SchemaReport report = new SchemaManager(sdk, sdkSchema).apply();

        assertThat(report.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(report.version()).isEqualTo("2");
        assertThat(report.differences()).isEmpty();
        // Same tables, columns, types, defaults, constraint and index names and definitions, and
        // nothing else in public: no Flyway table, no sequence.
        assertThat(CatalogDump.of(sdk, "public")).isNotEmpty().containsExactlyElementsOf(CatalogDump.of(website, "public"));
        assertThat(TestDatabases.rows(sdk, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND (c.relkind = 'S' OR c.relname LIKE 'flyway%')")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phi_sdk", "platform_sdk_state"})
    void keepsHistoryAndSequenceInTheSdkSchema(String sdkSchema) {
        DataSource sdk = TestDatabases.newDatabase();
        SchemaManager manager = new SchemaManager(sdk, sdkSchema);

        manager.apply();

        assertThat(TestDatabases.rows(sdk, "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = '" + sdkSchema + "' AND c.relkind IN ('r', 'S') ORDER BY 1"))
                .containsExactly("flyway_schema_history | r", "voicebot_metrics_id_seq | S");
        assertThat(manager.voicebotMetricsSequence()).isEqualTo(sdkSchema + ".voicebot_metrics_id_seq");
        assertThat(TestDatabases.value(sdk, "SELECT nextval('" + manager.voicebotMetricsSequence() + "')")).isEqualTo("1");
        assertThat(TestDatabases.schemaExists(sdk, "phi_sdk")).isEqualTo(sdkSchema.equals("phi_sdk"));
    }

    @Test
    void migratesOnTheNextStartWithoutChangingAnything() {
        DataSource sdk = TestDatabases.newDatabase();
        new SchemaManager(sdk, "phi_sdk").apply();
        List<String> before = CatalogDump.of(sdk, "public");

        SchemaReport second = new SchemaManager(sdk, "phi_sdk").apply();

        assertThat(second.outcome()).isEqualTo(Outcome.MIGRATED);
        assertThat(second.version()).isEqualTo("2");
        assertThat(second.differences()).isEmpty();
        assertThat(CatalogDump.of(sdk, "public")).isEqualTo(before);
        assertThat(appliedMigrations(sdk)).containsExactly("1 | SQL | t", "2 | SQL | t");
    }

    @Test
    void twoInstancesStartingTogetherCreateTheSchemaOnce() throws Exception {
        DataSource sdk = TestDatabases.newDatabase();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SchemaReport>> reports = List.of(
                    pool.submit(() -> { start.await(); return new SchemaManager(sdk, "phi_sdk").apply(); }),
                    pool.submit(() -> { start.await(); return new SchemaManager(sdk, "phi_sdk").apply(); }));
            start.countDown();
            List<Outcome> outcomes = List.of(reports.get(0).get(60, TimeUnit.SECONDS).outcome(),
                    reports.get(1).get(60, TimeUnit.SECONDS).outcome());

            assertThat(outcomes).containsExactlyInAnyOrder(Outcome.CREATED, Outcome.MIGRATED);
            assertThat(appliedMigrations(sdk)).containsExactly("1 | SQL | t", "2 | SQL | t");
            assertThat(TestDatabases.value(sdk, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo("13");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void createsTheSchemaOnTheStartAfterAFailedFirstMigration() {
        DataSource sdk = TestDatabases.newDatabase();
        // Not a table, so the database counts as empty, but V1's CREATE TABLE public.users fails on it.
        TestDatabases.execute(sdk, "CREATE VIEW public.users AS SELECT 1 AS id");

        assertThatThrownBy(() -> new SchemaManager(sdk, "phi_sdk").apply())
                .isInstanceOf(DataAccessException.class)
                .hasMessageStartingWith("Migrating the PHI SDK schema (phi_sdk) failed: Failed to execute script"
                        + " V1__platform_schema.sql: ")
                .hasMessageContaining("users")
                .hasMessageEndingWith(" [SQLSTATE 42P07]")
                .hasMessageNotContaining("\n");
        assertThat(TestDatabases.value(sdk, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo("0");

        TestDatabases.execute(sdk, "DROP VIEW public.users");
        SchemaReport report = new SchemaManager(sdk, "phi_sdk").apply();

        assertThat(report.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(appliedMigrations(sdk)).containsExactly("1 | SQL | t", "2 | SQL | t");
    }

    @Test
    void refusesPublicAsTheSdkSchema() {
        DataSource sdk = TestDatabases.newDatabase();
        assertThatThrownBy(() -> new SchemaManager(sdk, "public"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("sdkSchema");
        assertThatThrownBy(() -> new SchemaManager(sdk, "Phi; DROP")).isInstanceOf(ValidationException.class);
    }

    static List<String> appliedMigrations(DataSource dataSource) {
        return TestDatabases.rows(dataSource, "SELECT version, type, success FROM phi_sdk.flyway_schema_history"
                + " WHERE version IS NOT NULL AND type <> 'SCHEMA' ORDER BY installed_rank");
    }
}
