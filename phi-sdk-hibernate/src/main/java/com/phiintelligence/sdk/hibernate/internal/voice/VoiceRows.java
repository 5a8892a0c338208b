package com.phiintelligence.sdk.hibernate.internal.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.hibernate.internal.JsonCodec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.hibernate.Session;

/**
 * Conversions and reference checks the voice repositories share. Stateless.
 */
final class VoiceRows {
    private VoiceRows() {
    }

    /**
     * A document for a {@code jsonb} column. A JSON {@code null} document is stored as SQL
     * {@code NULL}, so that what is returned after a write equals what is read back.
     *
     * @throws ValidationException naming the field when the text is not well-formed JSON
     */
    static JsonNode node(Json json, String field) {
        JsonNode node = JsonCodec.toNode(json, field);
        return node == null || node.isNull() ? null : node;
    }

    /** The document of a {@code jsonb} column, in the canonical text of {@link JsonCodec}. */
    static Json json(JsonNode node) {
        return node == null || node.isNull() ? null : JsonCodec.toJson(node);
    }

    /** A checked amount at its column's scale; the command already refused values that would round. */
    static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** A vocabulary value's code, or null. */
    static String code(Vocabulary<String> value) {
        return value == null ? null : value.code();
    }

    /**
     * Checks that a voicebot exists and keeps it from being deleted (or its key changed) until the
     * transaction ends, with the same lock its referencing rows take.
     *
     * @throws ReferenceException when it does not exist
     */
    static void requireVoicebot(Session session, String voicebotId, String table) {
        List<?> found = session.createNativeQuery(
                        "select voicebot_id from public.voicebot_profiles where voicebot_id = :id for key share", String.class)
                .setParameter("id", voicebotId)
                .getResultList();
        if (found.isEmpty()) {
            throw new ReferenceException(table + ": voicebot " + voicebotId + " does not exist in voicebot_profiles",
                    null, null);
        }
    }

    /**
     * Checks that a session exists and belongs to the voicebot, and keeps it from being deleted
     * until the transaction ends.
     *
     * @throws ReferenceException  when it does not exist
     * @throws ValidationException when it belongs to another voicebot
     */
    static void requireSessionOf(Session session, String sessionId, String voicebotId) {
        List<String> owner = session.createNativeQuery(
                        "select voicebot_id from public.voice_sessions where session_id = :id for key share", String.class)
                .setParameter("id", sessionId)
                .getResultList();
        if (owner.isEmpty()) {
            throw new ReferenceException("voicebot_metrics: session " + sessionId + " does not exist in voice_sessions",
                    null, null);
        }
        if (!voicebotId.equals(owner.get(0))) {
            throw new ValidationException("sessionId", "must be a session of the same voicebot");
        }
    }
}
