package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Json;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One conversation of a voicebot in a LiveKit room: one row of {@code voice_sessions}. Immutable.
 * Components documented as nullable are null when the column is; the status is null only for legacy
 * rows that stored none.
 *
 * @param sessionId          the key (a UUID as text unless the caller chose it)
 * @param voicebotId         the bot that served the session
 * @param companyName        the customer company
 * @param roomName           the LiveKit room
 * @param workerId           the agent worker that ran the session
 * @param startTime          when the session started
 * @param endTime            when it ended, nullable (still running)
 * @param durationSeconds    {@code endTime - startTime} in seconds with 2 decimals (scale 2),
 *                           nullable (still running)
 * @param status             where it stands ({@code ended} rows read as {@link SessionStatus#COMPLETED})
 * @param performanceMetrics the agent's performance document, nullable
 * @param createdAt          when the row was created
 * @param updatedAt          when the row was last changed
 */
public record VoiceSession(
        String sessionId,
        String voicebotId,
        String companyName,
        String roomName,
        String workerId,
        Instant startTime,
        Instant endTime,
        BigDecimal durationSeconds,
        SessionStatus status,
        Json performanceMetrics,
        Instant createdAt,
        Instant updatedAt) {

    /** @return whether the session has ended (its end time is set) */
    public boolean hasEnded() {
        return endTime != null;
    }
}
