package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Repository;
import java.time.Instant;

/**
 * The voice sessions of PHI Voice, table {@code voice_sessions}. {@link #create} refuses a session
 * of an unknown voicebot ({@link com.phiintelligence.sdk.error.ReferenceException}); {@link #delete}
 * refuses a session that metrics still reference. Thread-safe.
 */
public interface VoiceSessionRepository
        extends Repository<VoiceSession, String, NewVoiceSession, VoiceSessionUpdate, VoiceSessionQuery> {

    /**
     * Ends a running session: sets its end time, its status, and {@code durationSeconds} to
     * {@code endTime - startTime} in seconds rounded to 2 decimals (half up). Safe against
     * concurrent calls: exactly one of two calls ending the same session succeeds.
     *
     * @param sessionId   the session
     * @param endTime     when it ended; kept to the microsecond
     * @param finalStatus how it ended: {@link SessionStatus#COMPLETED}, {@link SessionStatus#FAILED}
     *                    or another code that is not {@link SessionStatus#ACTIVE}
     * @return the session as stored afterwards
     * @throws com.phiintelligence.sdk.error.NotFoundException   when there is no such session
     * @throws com.phiintelligence.sdk.error.ValidationException when {@code endTime} is before the
     *                                                           start time (field {@code endTime}),
     *                                                           the duration does not fit
     *                                                           {@code NUMERIC(10,2)}, or
     *                                                           {@code finalStatus} is active
     * @throws com.phiintelligence.sdk.error.ConflictException   when the session has already ended
     */
    VoiceSession end(String sessionId, Instant endTime, SessionStatus finalStatus);
}
