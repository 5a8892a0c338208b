package com.phiintelligence.sdk.hibernate.internal.schema;

import com.phiintelligence.sdk.schema.SchemaDifference;
import com.phiintelligence.sdk.schema.SchemaDifference.Severity;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, without changing anything, that what the SDK keeps for itself in the SDK schema is there
 * for this version of the SDK: the migration history at the latest version the SDK ships (so that
 * public has the shape the SDK expects and no migration is pending) and the sequence that numbers
 * {@code voicebot_metrics} rows. {@link SchemaManager#apply()} brings both about; a start with
 * migration off ({@link SchemaManager#inspect()}) needs them there already. Stateless.
 */
final class SdkState {
    /** What an operator does about missing SDK state. */
    static final String REMEDY = "start once with migrateOnStart(true), or let a deployment step migrate";

    private SdkState() {
    }

    /**
     * @param connection an open connection
     * @param migrations the SDK's migrations on the same database
     * @param sequence   the SDK's sequence for {@code voicebot_metrics.id}
     * @return a breaking difference for each part that is missing or behind, saying what to do;
     *         empty when the SDK can work with the database as it is
     * @throws SQLException when the catalog cannot be read
     */
    static List<SchemaDifference> missing(Connection connection, Migrations migrations, MetricsSequence sequence)
            throws SQLException {
        List<SchemaDifference> missing = new ArrayList<>();
        Migrations.Status status = migrations.status();
        if (!status.upToDate()) {
            missing.add(new SchemaDifference(migrations.historyTable(), null, Severity.BREAKING,
                    "expected the PHI SDK's migration history at version " + status.latest() + ", found "
                            + found(status, migrations.historyExists(connection)) + ": " + REMEDY));
        }
        if (!sequence.exists(connection)) {
            missing.add(new SchemaDifference("voicebot_metrics", "id", Severity.BREAKING, "expected sequence "
                    + sequence.qualifiedName() + " to number new rows, found none (recording a voicebot metric"
                    + " fails): " + REMEDY));
        }
        return missing;
    }

    private static String found(Migrations.Status status, boolean historyExists) {
        if (!historyExists) {
            return "none";
        }
        List<String> details = new ArrayList<>();
        if (!status.failed().isEmpty()) {
            details.add("failed: " + String.join(", ", status.failed()));
        }
        if (!status.pending().isEmpty()) {
            details.add("not applied: " + String.join(", ", status.pending()));
        }
        return (status.current() == null ? "no version recorded" : "version " + status.current())
                + (details.isEmpty() ? "" : " (" + String.join("; ", details) + ")");
    }
}
