package com.phiintelligence.sdk.schema;

import java.util.List;
import java.util.Objects;

/**
 * What the SDK found and did when it started against a database.
 *
 * @param outcome     what happened to the schema
 * @param version     the SDK schema version the database is at afterwards, as the SDK's migration
 *                    history records it, for example {@code "2"}; with migration on start off
 *                    ({@link Outcome#NOT_MANAGED}) the version found, which is at least the latest one
 *                    this SDK ships (it refuses to start otherwise). Never null in a report the SDK
 *                    made
 * @param differences the harmless differences tolerated (breaking ones are thrown as
 *                    {@link SchemaMismatchException}); never null
 */
public record SchemaReport(Outcome outcome, String version, List<SchemaDifference> differences) {

    /** What the SDK did to the schema at start. */
    public enum Outcome {
        /** The database was empty: the SDK created the 13 tables. */
        CREATED,
        /** The tables existed without SDK history: the SDK recorded them as its baseline. */
        ADOPTED,
        /** The SDK had managed this database before; pending migrations, if any, were applied. */
        MIGRATED,
        /**
         * Migration on start was switched off: the schema was checked, not touched. The SDK had
         * prepared the database before (its history records the SDK's current version); the one thing
         * it may move is its own {@code voicebot_metrics} id sequence, forward past ids other writers
         * inserted.
         */
        NOT_MANAGED
    }

    /** Copies the list and checks the components. */
    public SchemaReport {
        Objects.requireNonNull(outcome, "outcome");
        differences = List.copyOf(differences);
    }
}
