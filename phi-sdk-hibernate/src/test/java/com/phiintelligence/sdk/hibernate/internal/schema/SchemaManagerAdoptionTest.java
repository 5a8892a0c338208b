package com.phiintelligence.sdk.hibernate.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.phiintelligence.sdk.schema.SchemaDifference;
import com.phiintelligence.sdk.schema.SchemaDifference.Severity;
import com.phiintelligence.sdk.schema.SchemaMismatchException;
import com.phiintelligence.sdk.schema.SchemaReport;
import com.phiintelligence.sdk.schema.SchemaReport.Outcome;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SchemaManagerAdoptionTest {

    /** Drift seen in production: names, an integer width, a default, a dropped foreign key. */
    static final String HARMLESS_DRIFT = """
            ALTER TABLE users RENAME CONSTRAINT users_username_key TO users_username_unique;
            ALTER INDEX idx_voice_sessions_status RENAME TO voice_sessions_status_index;
            ALTER TABLE contacts ALTER COLUMN response_time_hours TYPE bigint;
            ALTER TABLE job_applications ALTER COLUMN status SET DEFAULT 'new';
            ALTER TABLE news_articles DROP CONSTRAINT news_articles_source_id_fkey;
            """;

    @Test
    void adoptsTheWebsiteDatabaseKeepingEveryRow() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, Fixtures.ROWS_IN_EVERY_TABLE);
        Map<String, List<String>> before = TestDatabases.contents(db);
        List<String> catalogBefore = CatalogDump.of(db, "public");

        SchemaManager manager = new SchemaManager(db, "phi_sdk");
        SchemaReport report = manager.apply();

        assertThat(report.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(report.version()).isEqualTo("2");
        assertThat(report.differences()).isEmpty();
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        assertThat(TestDatabases.contents(db)).isEqualTo(before);
        assertThat(CatalogDump.of(db, "public")).isEqualTo(catalogBefore);
        assertThat(TestDatabases.value(db, "SELECT nextval('" + manager.voicebotMetricsSequence() + "')")).isEqualTo("43");
        assertThat(TestDatabases.rows(db, "SELECT version, type FROM phi_sdk.flyway_schema_history"
                + " WHERE type <> 'SCHEMA' ORDER BY installed_rank")).containsExactly("1 | BASELINE", "2 | SQL");
    }

    @Test
    void adoptsADriftedDatabaseListingExactlyTheHarmlessDifferences() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, Fixtures.ROWS_IN_EVERY_TABLE + HARMLESS_DRIFT);
        Map<String, List<String>> before = TestDatabases.contents(db);

        SchemaReport report = new SchemaManager(db, "phi_sdk").apply();

        assertThat(report.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(report.differences())
                .extracting(SchemaDifference::table, SchemaDifference::object, SchemaDifference::severity)
                .containsExactlyInAnyOrder(
                        tuple("users", "users_username_key", Severity.HARMLESS),
                        tuple("voice_sessions", "idx_voice_sessions_status", Severity.HARMLESS),
                        tuple("contacts", "response_time_hours", Severity.HARMLESS),
                        tuple("job_applications", "status", Severity.HARMLESS),
                        tuple("news_articles", "news_articles_source_id_fkey", Severity.HARMLESS));
        assertThat(report.differences()).extracting(SchemaDifference::description).containsExactlyInAnyOrder(
                "expected unique constraint users_username_key on (username), found unique constraint"
                        + " users_username_unique on (username)",
                "expected index idx_voice_sessions_status on (status), found index voice_sessions_status_index on (status)",
                "expected type integer, found bigint",
                "expected default 'pending'::text, found default 'new'::text",
                "expected foreign key news_articles_source_id_fkey (source_id) references news_sources(id),"
                        + " found none (the link is not enforced by the database)");
        assertThat(TestDatabases.contents(db)).isEqualTo(before);

        SchemaReport next = new SchemaManager(db, "phi_sdk").apply();
        assertThat(next.outcome()).isEqualTo(Outcome.MIGRATED);
        assertThat(next.differences()).containsExactlyInAnyOrderElementsOf(report.differences());
    }

    @Test
    void adoptsNarrowedColumnsSayingWhatTheDatabaseRefuses() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, """
                ALTER TABLE voicebot_profiles ALTER COLUMN company_name TYPE varchar(100);
                ALTER TABLE contacts ALTER COLUMN response_time_hours TYPE smallint;
                ALTER TABLE voice_sessions ALTER COLUMN room_name TYPE text;
                ALTER TABLE news_sources ALTER COLUMN priority TYPE bigint;
                """);

        SchemaReport report = new SchemaManager(db, "phi_sdk").apply();

        assertThat(report.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(report.differences()).extracting(SchemaDifference::table, SchemaDifference::object,
                SchemaDifference::severity, SchemaDifference::description).containsExactly(
                tuple("contacts", "response_time_hours", Severity.HARMLESS, "expected type integer, found smallint:"
                        + " narrower, the database will refuse values above 32767 that the SDK accepts"),
                tuple("news_sources", "priority", Severity.HARMLESS, "expected type integer, found bigint"),
                tuple("voice_sessions", "room_name", Severity.HARMLESS,
                        "expected type character varying(255), found text"),
                tuple("voicebot_profiles", "company_name", Severity.HARMLESS,
                        "expected type character varying(500), found character varying(100): narrower, the database"
                                + " will refuse values longer than 100 characters that the SDK accepts"));
    }

    @Test
    void adoptsExtraChecksUniqueKeysAndTriggersSayingWhatTheyRefuse() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, Fixtures.ROWS_IN_EVERY_TABLE + """
                ALTER TABLE contacts ADD CONSTRAINT contacts_status_check
                    CHECK (status IN ('new', 'contacted', 'qualified', 'closed'));
                ALTER TABLE contacts ADD CONSTRAINT contacts_email_key UNIQUE (email);
                ALTER TABLE jobs ADD CONSTRAINT jobs_title_excl EXCLUDE USING btree (title WITH =);
                CREATE UNIQUE INDEX voicebot_profiles_company_uidx ON voicebot_profiles (lower(company_name));
                CREATE UNIQUE INDEX news_sources_url_uidx ON news_sources (url) WHERE status = 'active';
                DROP INDEX idx_voice_sessions_status;
                CREATE UNIQUE INDEX idx_voice_sessions_status ON voice_sessions (status);
                CREATE FUNCTION public.note_contact() RETURNS trigger LANGUAGE plpgsql
                    AS $$ BEGIN NEW.notes := 'seen'; RETURN NEW; END $$;
                CREATE TRIGGER contacts_note BEFORE INSERT OR UPDATE ON contacts
                    FOR EACH ROW EXECUTE FUNCTION note_contact();
                -- Not listed: they refuse or change no SDK write.
                CREATE INDEX contacts_created_at_idx ON contacts (created_at);
                CREATE UNIQUE INDEX users_username_id_uidx ON users (username, id);
                ALTER TABLE blog_posts ADD CONSTRAINT blog_posts_slug_title_key UNIQUE (slug, title);
                CREATE TRIGGER contacts_note_disabled BEFORE UPDATE ON contacts
                    FOR EACH ROW EXECUTE FUNCTION note_contact();
                ALTER TABLE contacts DISABLE TRIGGER contacts_note_disabled;
                CREATE TRIGGER contacts_note_truncate BEFORE TRUNCATE ON contacts
                    FOR EACH STATEMENT EXECUTE FUNCTION note_contact();
                """);
        Map<String, List<String>> before = TestDatabases.contents(db);

        SchemaReport report = new SchemaManager(db, "phi_sdk").apply();

        assertThat(report.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(report.differences()).extracting(SchemaDifference::table, SchemaDifference::object,
                SchemaDifference::severity, SchemaDifference::description).containsExactly(
                tuple("contacts", "contacts_email_key", Severity.HARMLESS, "found unique constraint contacts_email_key"
                        + " on (email), not in the platform schema: writes that repeat the (email) of another row"
                        + " are refused"),
                tuple("contacts", "contacts_status_check", Severity.HARMLESS, "found check constraint"
                        + " contacts_status_check CHECK (status = ANY (ARRAY['new'::text, 'contacted'::text,"
                        + " 'qualified'::text, 'closed'::text])), not in the platform schema: writes that break it"
                        + " are refused"),
                tuple("contacts", "contacts_note", Severity.HARMLESS, "found trigger contacts_note BEFORE INSERT OR"
                        + " UPDATE ON public.contacts FOR EACH ROW EXECUTE FUNCTION note_contact(), not in the platform"
                        + " schema: it runs on the SDK's writes and may change or refuse them"),
                tuple("jobs", "jobs_title_excl", Severity.HARMLESS, "found exclusion constraint jobs_title_excl"
                        + " EXCLUDE USING btree (title WITH =), not in the platform schema: writes that conflict with"
                        + " another row under it are refused"),
                tuple("news_sources", "news_sources_url_uidx", Severity.HARMLESS, "found partial unique index"
                        + " news_sources_url_uidx on (url), not in the platform schema: writes that repeat the (url)"
                        + " of another row among the rows it covers are refused"),
                tuple("voice_sessions", "idx_voice_sessions_status", Severity.HARMLESS, "found unique index"
                        + " idx_voice_sessions_status on (status), not unique in the platform schema: writes that"
                        + " repeat the (status) of another row are refused"),
                tuple("voicebot_profiles", "voicebot_profiles_company_uidx", Severity.HARMLESS, "found unique index"
                        + " voicebot_profiles_company_uidx on (lower(company_name::text)), not in the platform schema:"
                        + " writes that repeat the (lower(company_name::text)) of another row are refused"));
        assertThat(TestDatabases.contents(db)).isEqualTo(before);
    }

    @Test
    void refusesADatabaseWithSomeOfTheTablesChangingNothing() {
        DataSource db = TestDatabases.newDatabase();
        TestDatabases.execute(db, TestDatabases.createTablesOf("users", "admin_users", "contacts", "jobs"));
        List<String> catalogBefore = CatalogDump.of(db, "public");
        List<String> schemasBefore = schemas(db);

        SchemaMismatchException refused = catchThrowableOfType(SchemaMismatchException.class,
                () -> new SchemaManager(db, "phi_sdk").apply());

        assertThat(refused.differences())
                .extracting(SchemaDifference::table, SchemaDifference::object, SchemaDifference::severity)
                .containsExactlyInAnyOrder(
                        missing("job_applications"), missing("blog_posts"), missing("news_sources"),
                        missing("news_articles"), missing("news_fetch_logs"), missing("voicebot_profiles"),
                        missing("voice_sessions"), missing("voicebot_metrics"), missing("voicebot_usage_summaries"));
        assertThat(refused.differences()).extracting(SchemaDifference::description)
                .contains("expected table voicebot_metrics, found none");
        assertThat(refused).hasMessageContaining("has 4 of the 13 platform tables");
        assertThat(CatalogDump.of(db, "public")).isEqualTo(catalogBefore);
        assertThat(schemas(db)).isEqualTo(schemasBefore).doesNotContain("phi_sdk");
    }

    @Test
    void refusesConflictingTablesListingEveryDifferenceChangingNothing() {
        DataSource db = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(db, Fixtures.ROWS_IN_EVERY_TABLE + """
                ALTER TABLE contacts DROP COLUMN company;
                ALTER TABLE jobs ALTER COLUMN created_at TYPE timestamptz;
                ALTER TABLE blog_posts ALTER COLUMN read_time SET NOT NULL;
                ALTER INDEX idx_voice_sessions_status RENAME TO voice_sessions_status_index;
                """);
        Map<String, List<String>> before = TestDatabases.contents(db);
        List<String> catalogBefore = CatalogDump.of(db, "public");
        List<String> schemasBefore = schemas(db);

        SchemaMismatchException refused = catchThrowableOfType(SchemaMismatchException.class,
                () -> new SchemaManager(db, "phi_sdk").apply());

        assertThat(refused.differences()).extracting(SchemaDifference::table, SchemaDifference::object,
                SchemaDifference::severity, SchemaDifference::description).containsExactly(
                // Breaking ones first, then in table order (tables by name).
                tuple("blog_posts", "read_time", Severity.BREAKING,
                        "expected nullable, found NOT NULL (the SDK writes NULL there)"),
                tuple("contacts", "company", Severity.BREAKING, "expected column company text, found none"),
                tuple("jobs", "created_at", Severity.BREAKING,
                        "expected type timestamp without time zone, found timestamp with time zone"),
                tuple("voice_sessions", "idx_voice_sessions_status", Severity.HARMLESS,
                        "expected index idx_voice_sessions_status on (status), found index"
                                + " voice_sessions_status_index on (status)"));
        assertThat(refused).hasMessageContaining("conflict").hasMessageContaining("contacts.company");
        assertThat(TestDatabases.contents(db)).isEqualTo(before);
        assertThat(CatalogDump.of(db, "public")).isEqualTo(catalogBefore);
        assertThat(schemas(db)).isEqualTo(schemasBefore).doesNotContain("phi_sdk");
    }

    private static org.assertj.core.groups.Tuple missing(String table) {
        return tuple(table, null, Severity.BREAKING);
    }

    static List<String> schemas(DataSource db) {
        return TestDatabases.rows(db, "SELECT nspname FROM pg_namespace ORDER BY 1");
    }
}
