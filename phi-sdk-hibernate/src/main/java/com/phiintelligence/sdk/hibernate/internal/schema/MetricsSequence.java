package com.phiintelligence.sdk.hibernate.internal.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * The sequence that gives {@code voicebot_metrics.id} its values (the live column has no default),
 * created by V2 in the SDK schema. Other writers may still insert their own ids, so at every start
 * the SDK moves the sequence past the largest id in the table. Immutable and thread-safe.
 */
final class MetricsSequence {
    /** The sequence name in the SDK schema. */
    static final String NAME = "voicebot_metrics_id_seq";

    private final String qualifiedName;

    /**
     * @param sdkSchema the SDK schema, already checked to be a plain lower-case identifier (so it
     *                  needs no quoting)
     */
    MetricsSequence(String sdkSchema) {
        this.qualifiedName = sdkSchema + "." + NAME;
    }

    /** @return the schema-qualified name, for example {@code phi_sdk.voicebot_metrics_id_seq} */
    String qualifiedName() {
        return qualifiedName;
    }

    /**
     * @param connection an open connection
     * @return whether the sequence exists (V2 creates it)
     * @throws SQLException when the catalog cannot be read
     */
    boolean exists(Connection connection) throws SQLException {
        return CatalogReader.exists(connection, qualifiedName);
    }

    /**
     * Moves the sequence so that its next value is above every id in {@code public.voicebot_metrics};
     * never moves it back.
     *
     * @param connection an open connection in autocommit mode
     * @return the id the sequence was moved to (its next value is one more), or empty when it was already ahead
     * @throws SQLException when the table or the sequence cannot be read
     */
    OptionalLong catchUp(Connection connection) throws SQLException {
        // setval only when the sequence is behind: its next value is last_value (+1 once called).
        // Writing only then keeps the usual start from racing with nextval of SDK instances already
        // running; when the sequence is behind, those instances' next ids collide anyway.
        String sql = "SELECT setval('" + qualifiedName + "', m.max_id, true)"
                + " FROM (SELECT max(id) AS max_id FROM public.voicebot_metrics) m, " + qualifiedName + " s"
                + " WHERE m.max_id >= CASE WHEN s.is_called THEN s.last_value + 1 ELSE s.last_value END";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        }
    }
}
