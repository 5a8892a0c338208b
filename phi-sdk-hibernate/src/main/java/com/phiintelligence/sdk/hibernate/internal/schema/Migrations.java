package com.phiintelligence.sdk.hibernate.internal.schema;

import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The SDK's Flyway: migrations from {@value #LOCATION}, history table {@value #HISTORY_TABLE} in the
 * SDK schema (never in public), validation on every migrate, clean disabled. The SDK schema is also
 * Flyway's default schema, so {@code ${flyway:defaultSchema}} in a migration names it.
 *
 * <p>Flyway takes its connections from the data source, besides the one that {@link SchemaLock}
 * holds and the one {@link SchemaManager} reads the catalog on: the data source must be able to hand
 * out at least four at once.
 */
final class Migrations {
    /** Where the migrations are on the class path. */
    static final String LOCATION = "classpath:phi-sdk/db/migration";
    /** The name of Flyway's history table in the SDK schema. */
    static final String HISTORY_TABLE = "flyway_schema_history";
    /** The version recorded when an existing platform schema is adopted: V1 created that shape. */
    static final String BASELINE_VERSION = "1";

    private final Flyway flyway;

    /**
     * @param dataSource where to migrate
     * @param sdkSchema  the SDK schema, already checked to be a plain identifier
     */
    Migrations(DataSource dataSource, String sdkSchema) {
        this.flyway = configuration(dataSource, sdkSchema).load();
    }

    /**
     * The configuration the SDK migrates with; tests narrow it (a target version) to build databases.
     *
     * @param dataSource where to migrate
     * @param sdkSchema  the SDK schema
     * @return a fresh configuration
     */
    static FluentConfiguration configuration(DataSource dataSource, String sdkSchema) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(sdkSchema)
                .defaultSchema(sdkSchema)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateOnMigrate(true)
                .cleanDisabled(true)
                .baselineOnMigrate(false)
                .baselineVersion(BASELINE_VERSION)
                .baselineDescription("existing platform schema adopted by the PHI SDK");
    }

    /** Applies the pending migrations after validating the applied ones. */
    void migrate() {
        flyway.migrate();
    }

    /** Records the existing platform tables as version 1, then applies the later migrations. */
    void adopt() {
        flyway.baseline();
        flyway.migrate();
    }

    /** @return whether the history records version 1 or later (not just Flyway's schema creation) */
    boolean hasPlatformVersion() {
        return currentVersion().filter(v -> v.compareTo(MigrationVersion.fromVersion(BASELINE_VERSION)) >= 0).isPresent();
    }

    /** @return the version the database is at, for the report, or {@code null} when none is recorded */
    String version() {
        return currentVersion().map(MigrationVersion::getVersion).orElse(null);
    }

    private Optional<MigrationVersion> currentVersion() {
        return Optional.ofNullable(flyway.info().current()).map(MigrationInfo::getVersion);
    }
}
