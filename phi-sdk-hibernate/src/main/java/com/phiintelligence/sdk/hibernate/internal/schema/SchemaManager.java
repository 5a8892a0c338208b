package com.phiintelligence.sdk.hibernate.internal.schema;

import com.phiintelligence.sdk.error.DataAccessException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.hibernate.internal.ErrorMapper;
import com.phiintelligence.sdk.schema.SchemaDifference;
import com.phiintelligence.sdk.schema.SchemaDifference.Severity;
import com.phiintelligence.sdk.schema.SchemaMismatchException;
import com.phiintelligence.sdk.schema.SchemaReport;
import com.phiintelligence.sdk.schema.SchemaReport.Outcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the platform database to the schema the SDK works with, or refuses it before changing
 * anything. {@link #apply()} creates the 13 platform tables in an empty database, adopts an existing
 * platform schema (recording it as version 1 of the SDK's migrations) or migrates a database the
 * SDK managed before; {@link #inspect()} only checks. Everything the SDK keeps for itself (Flyway's
 * history, the {@code voicebot_metrics} id sequence) lives in the SDK schema, never in public; the
 * rows of the platform tables are never touched. Both move the id sequence forward past the ids
 * other writers inserted.
 *
 * <p>The data source must be able to hand out at least four connections at once (one holds the
 * schema lock, one reads the catalog, Flyway uses up to two). Thread-safe: concurrent {@link #apply()} calls, in this JVM
 * or in other SDK instances on the same database, take turns on a PostgreSQL advisory lock.
 *
 * <p>Internal: not part of the supported API.
 */
public final class SchemaManager {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaManager.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String PLATFORM_SCHEMA = "public";
    /** SQLSTATE insufficient_privilege. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final DataSource dataSource;
    private final String sdkSchema;
    private final MetricsSequence sequence;
    private final CatalogReader catalog = new CatalogReader();
    private final SchemaComparator comparator = new SchemaComparator(ExpectedSchema.shape());

    /**
     * @param dataSource the platform database; its connections are borrowed and given back
     * @param sdkSchema  the schema for the SDK's own state, such as {@code PhiConfig.sdkSchema()}:
     *                   a lower-case identifier, not {@code public} nor a {@code pg_} schema
     * @throws ValidationException when the schema name is not acceptable
     */
    public SchemaManager(DataSource dataSource, String sdkSchema) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(sdkSchema, "sdkSchema");
        // Checked here too: the name is put into SQL text unquoted (Flyway placeholders, sequence name).
        if (!IDENTIFIER.matcher(sdkSchema).matches() || sdkSchema.equals(PLATFORM_SCHEMA) || sdkSchema.startsWith("pg_")) {
            throw new ValidationException("sdkSchema", "must be a lower-case identifier other than public or pg_*");
        }
        this.sdkSchema = sdkSchema;
        this.sequence = new MetricsSequence(sdkSchema);
    }

    /**
     * Creates, adopts or migrates the schema, then moves the {@code voicebot_metrics} id sequence past
     * the largest id in the table. Holds the schema lock throughout.
     *
     * @return {@link Outcome#CREATED} (the database had none of the platform tables),
     *         {@link Outcome#ADOPTED} (it had all of them without SDK history) or
     *         {@link Outcome#MIGRATED} (the SDK managed it before), the version it is at now, and the
     *         harmless differences tolerated
     * @throws SchemaMismatchException when the database has only some of the platform tables, or a
     *                                 difference that would break the SDK; nothing was changed then
     * @throws DataAccessException     when the database failed or a migration did not apply (Flyway
     *                                 validation included)
     */
    public SchemaReport apply() {
        try (SchemaLock lock = SchemaLock.acquire(dataSource); Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            SchemaReport report = applyLocked(connection);
            catchUpSequence(connection);
            log(report);
            return report;
        } catch (SQLException e) {
            throw new DataAccessException("Could not prepare the PHI SDK schema: " + e.getMessage(), e.getSQLState(),
                    ErrorMapper.isTransient(e.getSQLState()), e);
        } catch (FlywayException e) {
            throw flywayFailed("Migrating", e);
        }
    }

    /**
     * Checks the database without migrating it, for when migration on start is switched off: the
     * platform tables first, then the SDK's own state (its migration history at the latest version
     * this SDK ships, and the {@code voicebot_metrics} id sequence), so that a database the SDK
     * never prepared, or prepared at an older version, is refused at start rather than at its first
     * write. Changes no schema, no row and no history; the one write is moving the SDK's own id
     * sequence forward (see the comment in the code). Takes no lock.
     *
     * @return {@link Outcome#NOT_MANAGED}, the version the history records, and the harmless
     *         differences found
     * @throws SchemaMismatchException when platform tables are missing or differ in a way that would
     *                                 break the SDK, or (when they do not) the SDK's own state is
     *                                 missing or behind; its differences say what to do
     * @throws DataAccessException     when the catalog or the history could not be read
     */
    public SchemaReport inspect() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            List<SchemaDifference> differences = comparator.compare(catalog.read(connection, PLATFORM_SCHEMA));
            refuseIfBreaking("The PHI SDK cannot work with this database (migration on start is off, so nothing"
                    + " was changed)", differences);
            Migrations migrations = new Migrations(dataSource, sdkSchema);
            List<SchemaDifference> missing = SdkState.missing(connection, migrations, sequence);
            if (!missing.isEmpty()) {
                List<SchemaDifference> all = new ArrayList<>(missing);
                all.addAll(differences);
                throw new SchemaMismatchException("The PHI SDK has not prepared this database for its current version"
                        + " (migration on start is off, so nothing was changed)", all);
            }
            // Moving the sequence is the SDK's own business even with migration off: other writers keep
            // inserting their own voicebot_metrics ids whoever migrates, and services started with
            // migration off (the set-up the README advises behind a pooler) would otherwise draw those
            // ids and skip them one at a time until the next migrating start. It changes no definition, no row and no
            // history, only the sequence's position, as nextval does: forward only, and only when the
            // sequence is behind, so that running instances are not disturbed.
            catchUpSequence(connection);
            SchemaReport report = new SchemaReport(Outcome.NOT_MANAGED, migrations.version(), differences);
            log(report);
            return report;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read the platform schema: " + e.getMessage(), e.getSQLState(),
                    ErrorMapper.isTransient(e.getSQLState()), e);
        } catch (FlywayException e) {
            throw flywayFailed("Reading the history of", e);
        }
    }

    /**
     * @return the schema-qualified name of the sequence for {@code voicebot_metrics.id}, for example
     *         {@code phi_sdk.voicebot_metrics_id_seq}; it exists once {@link #apply()} succeeded
     */
    public String voicebotMetricsSequence() {
        return sequence.qualifiedName();
    }

    // The expected shape is public after V1, and only V1 touches public today. Once a migration
    // changes public, databases the SDK manages must be compared with the latest shape and adopted
    // ones with V1's: split the expected shape then.
    private SchemaReport applyLocked(Connection connection) throws SQLException {
        SchemaShape found = catalog.read(connection, PLATFORM_SCHEMA);
        List<SchemaDifference> differences = comparator.compare(found);
        Migrations migrations = new Migrations(dataSource, sdkSchema);
        // Only a history that records version 1 or later means the SDK manages the database; one without
        // is what a failed first migration leaves behind, and the database is then judged afresh.
        if (migrations.historyExists(connection) && migrations.hasPlatformVersion()) {
            refuseIfBreaking("The platform tables changed since the PHI SDK last migrated them; nothing was changed",
                    differences);
            migrations.migrate();
            return new SchemaReport(Outcome.MIGRATED, migrations.version(), differences);
        }
        long present = comparator.presentTables(found);
        if (present == 0) {
            migrations.migrate();
            return new SchemaReport(Outcome.CREATED, migrations.version(), List.of());
        }
        if (present < comparator.expectedTables()) {
            throw new SchemaMismatchException("Refused to adopt the database: it has " + present + " of the "
                    + comparator.expectedTables() + " platform tables; nothing was changed", differences);
        }
        refuseIfBreaking("Refused to adopt the database: its platform tables conflict with what the PHI SDK reads"
                + " and writes; nothing was changed", differences);
        migrations.adopt();
        return new SchemaReport(Outcome.ADOPTED, migrations.version(), differences);
    }

    /**
     * A role that may use the sequence (nextval) but not read or set it cannot move it: that does not
     * stop the start, since recording skips ids in use, only more slowly.
     */
    private void catchUpSequence(Connection connection) throws SQLException {
        try {
            sequence.catchUp(connection).ifPresent(id ->
                    LOG.info("Moved sequence {} past the largest voicebot_metrics id, {}", sequence.qualifiedName(), id));
        } catch (SQLException e) {
            if (!INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                throw e;
            }
            LOG.warn("Could not move sequence {} past the largest voicebot_metrics id ({}): recording a voicebot"
                    + " metric skips the ids other writers inserted one at a time", sequence.qualifiedName(), e.getMessage());
        }
    }

    /**
     * One line for a failed migration: Flyway's first line (which names the script) and the
     * database's own message with its SQLSTATE, without Flyway's report of build paths and flags.
     */
    private DataAccessException flywayFailed(String doing, FlywayException e) {
        SQLException sql = null;
        for (Throwable t = e; t != null && sql == null; t = t.getCause()) {
            sql = t instanceof SQLException s ? s : null;
        }
        String flyway = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        String database = sql == null || sql.getMessage() == null ? ""
                : ": " + sql.getMessage().lines().findFirst().orElse("").strip();
        String sqlState = sql == null ? null : sql.getSQLState();
        return new DataAccessException(doing + " the PHI SDK schema (" + sdkSchema + ") failed: " + flyway + database
                + (sqlState == null ? "" : " [SQLSTATE " + sqlState + "]"), sqlState, false, e);
    }

    private static void refuseIfBreaking(String summary, List<SchemaDifference> differences) {
        if (differences.stream().anyMatch(d -> d.severity() == Severity.BREAKING)) {
            throw new SchemaMismatchException(summary, differences);
        }
    }

    private void log(SchemaReport report) {
        LOG.info("PHI SDK schema: {} (version {}, SDK schema {}), {} harmless difference(s)",
                report.outcome(), report.version(), sdkSchema, report.differences().size());
        report.differences().forEach(d -> LOG.warn("PHI SDK schema drift tolerated: {}", d));
    }
}
