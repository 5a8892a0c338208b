package com.phiintelligence.sdk.hibernate.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
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
    private final String historyTable;

    /**
     * @param dataSource where to migrate
     * @param sdkSchema  the SDK schema, already checked to be a plain identifier
     */
    Migrations(DataSource dataSource, String sdkSchema) {
        this.flyway = configuration(dataSource, sdkSchema).load();
        this.historyTable = sdkSchema + "." + HISTORY_TABLE;
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

    /** @return the schema-qualified name of the history table, for example {@code phi_sdk.flyway_schema_history} */
    String historyTable() {
        return historyTable;
    }

    /**
     * @param connection an open connection
     * @return whether the history table exists (it may still record no version)
     * @throws SQLException when the catalog cannot be read
     */
    boolean historyExists(Connection connection) throws SQLException {
        return CatalogReader.exists(connection, historyTable);
    }

    /**
     * Compares the history with the migrations this SDK ships, changing nothing (Flyway's info
     * creates neither the SDK schema nor the history table).
     *
     * @return where the database is against where this SDK wants it
     */
    Status status() {
        MigrationInfoService info = flyway.info();
        List<MigrationInfo> all = List.of(info.all());
        String latest = all.stream().filter(m -> m.getState().isResolved()).map(MigrationInfo::getVersion)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).map(MigrationVersion::getVersion)
                .orElseThrow(() -> new IllegalStateException("No PHI SDK migrations found in " + LOCATION));
        return new Status(platformVersion(info).map(MigrationVersion::getVersion).orElse(null), latest,
                versions(List.of(info.pending())), versions(all.stream().filter(m -> m.getState().isFailed()).toList()));
    }

    /** @return whether the history records version 1 or later (not just Flyway's schema creation) */
    boolean hasPlatformVersion() {
        return platformVersion(flyway.info()).isPresent();
    }

    /** @return the version the database is at, for the report, or {@code null} when none is recorded */
    String version() {
        return currentVersion(flyway.info()).map(MigrationVersion::getVersion).orElse(null);
    }

    private static Optional<MigrationVersion> platformVersion(MigrationInfoService info) {
        return currentVersion(info).filter(v -> v.compareTo(MigrationVersion.fromVersion(BASELINE_VERSION)) >= 0);
    }

    private static Optional<MigrationVersion> currentVersion(MigrationInfoService info) {
        return Optional.ofNullable(info.current()).map(MigrationInfo::getVersion);
    }

    private static List<String> versions(List<MigrationInfo> migrations) {
        return migrations.stream().map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .map(MigrationVersion::getVersion).toList();
    }

    /**
     * Where the migration history is against the migrations this SDK ships.
     *
     * @param current the latest version the history records, or {@code null} when it records none
     * @param latest  the latest version this SDK ships
     * @param pending the versions this SDK ships that the history does not record, in order
     * @param failed  the versions whose migration the history records as failed
     */
    record Status(String current, String latest, List<String> pending, List<String> failed) {

        Status {
            Objects.requireNonNull(latest, "latest");
            pending = List.copyOf(pending);
            failed = List.copyOf(failed);
        }

        /** @return whether every migration this SDK ships was applied, and none failed */
        boolean upToDate() {
            return current != null && pending.isEmpty() && failed.isEmpty();
        }
    }
}
