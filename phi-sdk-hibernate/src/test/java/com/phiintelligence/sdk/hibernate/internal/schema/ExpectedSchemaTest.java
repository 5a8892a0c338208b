package com.phiintelligence.sdk.hibernate.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shipped expected shape ({@code expected-schema.txt}) equal to what V1 creates, so that
 * the DDL has one source, the migration. When V1's shape changes on purpose (it never should once
 * released) or the reader learns more, regenerate the resource with
 * {@code -Dphi.regenerateExpectedSchema=true} and review the diff.
 */
class ExpectedSchemaTest {
    private static final String REGENERATE = "phi.regenerateExpectedSchema";
    private static final Path SOURCE = Path.of("src/main/resources/com/phiintelligence/sdk/hibernate/internal/schema",
            ExpectedSchema.RESOURCE);

    @Test
    void resourceIsWhatV1Creates() throws Exception {
        String generated = ShapeFile.write(publicAfterV1(), ExpectedSchema.HEADER);
        // When regenerating, the class path still holds the old copy until the next build: check the source.
        String shipped = ExpectedSchema.text();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(SOURCE, generated, StandardCharsets.UTF_8);
            shipped = Files.readString(SOURCE, StandardCharsets.UTF_8);
        }
        assertThat(shipped)
                .as("%s no longer matches what V1__platform_schema.sql creates. Regenerate it with:%n  %s%n"
                        + "then rebuild and review the diff", SOURCE, ExpectedSchema.HEADER.get(2).substring("Regenerate: ".length()))
                .isEqualTo(generated);
    }

    @Test
    void shapeFileReadsBackWhatItWrites() throws Exception {
        SchemaShape shape = publicAfterV1();
        assertThat(ShapeFile.parse(ShapeFile.write(shape, ExpectedSchema.HEADER))).isEqualTo(shape);
    }

    @Test
    void shapeFileKeepsChecksAndTriggersOnOneLine() throws Exception {
        DataSource dataSource = TestDatabases.newPlatformDatabase();
        TestDatabases.execute(dataSource, """
                ALTER TABLE contacts ADD CONSTRAINT contacts_assigned_check CHECK (
                    CASE WHEN priority = 'high' THEN assigned_to IS NOT NULL ELSE true END);
                CREATE FUNCTION public.note_contact() RETURNS trigger LANGUAGE plpgsql
                    AS $$ BEGIN NEW.notes := 'seen'; RETURN NEW; END $$;
                CREATE TRIGGER "Contacts note" AFTER DELETE ON contacts
                    FOR EACH STATEMENT EXECUTE FUNCTION note_contact();
                """);
        SchemaShape shape;
        try (Connection c = dataSource.getConnection()) {
            shape = new CatalogReader().read(c, "public");
        }

        SchemaShape.Table contacts = shape.table("contacts").orElseThrow();
        assertThat(contacts.checks()).containsExactly(new SchemaShape.Check("contacts_assigned_check",
                "CHECK ( CASE WHEN priority = 'high'::text THEN assigned_to IS NOT NULL ELSE true END)"));
        assertThat(contacts.triggers()).containsExactly(new SchemaShape.Trigger("Contacts note",
                "AFTER DELETE ON public.contacts FOR EACH STATEMENT EXECUTE FUNCTION note_contact()"));
        assertThat(ShapeFile.parse(ShapeFile.write(shape, ExpectedSchema.HEADER))).isEqualTo(shape);
    }

    @Test
    void expectedShapeHoldsTheThirteenTablesAndFourteenNamedIndexes() {
        SchemaShape shape = ExpectedSchema.shape();
        assertThat(shape.tables()).extracting(SchemaShape.Table::name).containsExactlyInAnyOrder(
                "users", "admin_users", "contacts", "jobs", "job_applications", "blog_posts", "news_sources",
                "news_articles", "news_fetch_logs", "voicebot_profiles", "voice_sessions", "voicebot_metrics",
                "voicebot_usage_summaries");
        assertThat(shape.tables().stream().flatMap(t -> t.indexes().stream()).filter(i -> !i.backsConstraint()))
                .hasSize(14);
        assertThat(shape.table("voicebot_metrics").orElseThrow().column("cost_usd").orElseThrow())
                .isEqualTo(new SchemaShape.Column("cost_usd", "numeric(10,6)", false, null));
        assertThat(shape.table("job_applications").orElseThrow().foreignKeys()).containsExactly(
                new SchemaShape.ForeignKey("job_applications_job_id_fkey", java.util.List.of("job_id"), "jobs",
                        java.util.List.of("id")));
    }

    /** V1 only, with Flyway itself: the expected shape is V1's, whatever later migrations add. */
    private static SchemaShape publicAfterV1() throws Exception {
        DataSource dataSource = TestDatabases.newDatabase();
        Migrations.configuration(dataSource, "phi_sdk").target("1").load().migrate();
        try (Connection c = dataSource.getConnection()) {
            return new CatalogReader().read(c, "public");
        }
    }
}
