package com.phiintelligence.sdk.hibernate.voice;

import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.voice.ActionType;
import com.phiintelligence.sdk.voice.NewVoiceSession;
import com.phiintelligence.sdk.voice.NewVoicebotMetric;
import com.phiintelligence.sdk.voice.NewVoicebotProfile;
import com.phiintelligence.sdk.voice.VoiceSession;
import com.phiintelligence.sdk.voice.VoicebotProfile;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** Builders of voice rows for tests. */
final class VoiceFixtures {
    /**
     * A document with what jsonb is known to normalise: keys out of order, nesting, arrays, unicode
     * beyond the BMP, escapes, a decimal with more digits than a double holds, a big integer, an
     * exponent, true, false and null.
     */
    static final Json RICH_DOCUMENT = Json.of("""
            {"zeta": 1, "alpha": {"nested": {"deep": [1, 2.50, {"x": "é漢字🎙"}]}, "empty": [], "obj": {}},
             "big": 0.123456789012345678901, "huge": 123456789012345678901234567890, "tiny": -1.5e-10,
             "yes": true, "no": false, "nothing": null, "text": "line\\nbreak \\"quoted\\" \\u00e9"}
            """);
    /** {@link #RICH_DOCUMENT} as the SDK gives it back: keys sorted, compact, numbers plain and stripped. */
    static final String RICH_DOCUMENT_READ = "{\"alpha\":{\"empty\":[],\"nested\":{\"deep\":[1,2.5,{\"x\":\"é漢字🎙\"}]},"
            + "\"obj\":{}},\"big\":0.123456789012345678901,\"huge\":123456789012345678901234567890,\"no\":false,"
            + "\"nothing\":null,\"text\":\"line\\nbreak \\\"quoted\\\" é\",\"tiny\":-0.00000000015,\"yes\":true,\"zeta\":1}";

    private VoiceFixtures() {
    }

    static VoicebotProfile bot(PhiSdk phi) {
        return phi.voicebotProfiles().create(NewVoicebotProfile.builder().companyName("Acme Dental").build());
    }

    static NewVoiceSession.Builder newSession(String voicebotId) {
        return NewVoiceSession.builder().voicebotId(voicebotId).companyName("Acme Dental").workerId("worker-1")
                .startTime(Instant.parse("2026-02-03T04:05:06.123456Z"));
    }

    static VoiceSession session(PhiSdk phi, String voicebotId) {
        return phi.voiceSessions().create(newSession(voicebotId).build());
    }

    static NewVoicebotMetric.Builder newMetric(String voicebotId) {
        return NewVoicebotMetric.builder().voicebotId(voicebotId).actionType(ActionType.LLM);
    }

    /** Runs SQL with plain JDBC, outside the SDK, as a legacy writer would. */
    static void sql(ConnectionInfo db, String... statements) throws SQLException {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** Counts rows with plain JDBC. */
    static long count(ConnectionInfo db, String table) throws SQLException {
        try (Connection c = db.open();
             Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
