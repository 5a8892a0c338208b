package com.phiintelligence.sdk.schema;

import java.util.Objects;

/**
 * One way in which a database differs from the platform schema the SDK expects.
 *
 * @param table       the table concerned
 * @param object      the column, constraint or index concerned, or {@code null} for the table itself
 * @param severity    whether the SDK can work with it
 * @param description what differs, for example {@code expected type integer, found bigint}
 */
public record SchemaDifference(String table, String object, Severity severity, String description) {

    /** How much a difference matters to the SDK. */
    public enum Severity {
        /** Tolerated and reported: the SDK reads and writes correctly despite it. */
        HARMLESS,
        /** The SDK would read or write wrongly: adoption is refused. */
        BREAKING
    }

    /** Checks that the required components are present. */
    public SchemaDifference {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return severity + " " + table + (object == null ? "" : "." + object) + ": " + description;
    }
}
