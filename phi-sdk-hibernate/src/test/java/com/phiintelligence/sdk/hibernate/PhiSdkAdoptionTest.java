package com.phiintelligence.sdk.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.config.PhiConfig;
import com.phiintelligence.sdk.contacts.ContactStatus;
import com.phiintelligence.sdk.schema.SchemaDifference;
import com.phiintelligence.sdk.schema.SchemaMismatchException;
import com.phiintelligence.sdk.schema.SchemaReport;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTestDatabase;
import com.phiintelligence.sdk.voice.ActionType;
import com.phiintelligence.sdk.voice.NewVoicebotMetric;
import com.phiintelligence.sdk.voice.NewVoicebotProfile;
import com.phiintelligence.sdk.voice.VoicebotMetric;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Adoption as an operator meets it: {@link PhiSdk#create} pointed at existing databases. */
class PhiSdkAdoptionTest {

    private static PhiConfig configFor(ConnectionInfo db) {
        return db.configBuilder().poolSize(2).build();
    }

    private static void execute(ConnectionInfo db, String sql) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String schemaSql() throws Exception {
        try (InputStream in = PhiSdkAdoptionTest.class.getResourceAsStream("/schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void adoptsTheWebsitesDatabaseAndReadsItsRows() throws Exception {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        execute(db, schemaSql());
        execute(db, "INSERT INTO contacts (name, email, message) VALUES ('Lead', 'lead@example.com', 'hello')");

        try (PhiSdk phi = PhiSdk.create(configFor(db))) {
            assertThat(phi.schemaReport().outcome()).isEqualTo(SchemaReport.Outcome.ADOPTED);
            assertThat(phi.schemaReport().differences()).isEmpty();
            assertThat(phi.contacts().query().list()).singleElement()
                    .satisfies(c -> assertThat(c.status()).isEqualTo(ContactStatus.NEW));
        }
        try (PhiSdk phi = PhiSdk.create(configFor(db))) {
            assertThat(phi.schemaReport().outcome()).isEqualTo(SchemaReport.Outcome.MIGRATED);
            assertThat(phi.contacts().query().count()).isEqualTo(1);
        }
        try (Connection c = db.open();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(13);
        }
    }

    @Test
    void refusesAPartialDatabaseBeforeTouchingIt() throws Exception {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        execute(db, "CREATE TABLE users (id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(), "
                + "username TEXT NOT NULL UNIQUE, password TEXT NOT NULL)");

        assertThatThrownBy(() -> PhiSdk.create(configFor(db)))
                .isInstanceOfSatisfying(SchemaMismatchException.class, e -> {
                    assertThat(e.differences()).extracting(SchemaDifference::table)
                            .contains("contacts", "voicebot_metrics", "news_articles");
                    assertThat(e.differences()).allMatch(d -> d.severity() == SchemaDifference.Severity.BREAKING);
                    assertThat(e.getMessage()).contains("contacts");
                });
        try (Connection c = db.open();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 'phi_sdk'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("no SDK schema was created").isZero();
        }
    }

    @Test
    void withoutMigrationAnEmptyDatabaseIsRefusedNotCreated() {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        PhiConfig config = db.configBuilder().migrateOnStart(false).build();
        assertThatThrownBy(() -> PhiSdk.create(config)).isInstanceOf(SchemaMismatchException.class);
    }

    @Test
    void withoutMigrationADatabaseTheSdkNeverPreparedIsRefusedUntilAMigratingStart() throws Exception {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        execute(db, schemaSql());
        PhiConfig checkOnly = db.configBuilder().poolSize(2).migrateOnStart(false).build();

        assertThatThrownBy(() -> PhiSdk.create(checkOnly))
                .isInstanceOfSatisfying(SchemaMismatchException.class, e -> {
                    assertThat(e.differences()).extracting(SchemaDifference::table, SchemaDifference::severity)
                            .containsExactly(tuple("phi_sdk.flyway_schema_history", SchemaDifference.Severity.BREAKING),
                                    tuple("voicebot_metrics", SchemaDifference.Severity.BREAKING));
                    assertThat(e.getMessage()).contains("phi_sdk.voicebot_metrics_id_seq",
                            "start once with migrateOnStart(true), or let a deployment step migrate");
                });
        try (Connection c = db.open();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 'phi_sdk'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("no SDK schema was created").isZero();
        }

        try (PhiSdk phi = PhiSdk.create(configFor(db))) {
            assertThat(phi.schemaReport().outcome()).isEqualTo(SchemaReport.Outcome.ADOPTED);
        }
        try (PhiSdk phi = PhiSdk.create(checkOnly)) {
            assertThat(phi.schemaReport().outcome()).isEqualTo(SchemaReport.Outcome.NOT_MANAGED);
            assertThat(phi.schemaReport().version()).isEqualTo("2");
            phi.voicebotProfiles().create(NewVoicebotProfile.builder().voicebotId("bot-1").companyName("Acme").build());
            VoicebotMetric metric = phi.voicebotMetrics().record(NewVoicebotMetric.builder().voicebotId("bot-1")
                    .actionType(ActionType.LLM).build());
            assertThat(metric.id()).isEqualTo(1);
        }
    }
}
