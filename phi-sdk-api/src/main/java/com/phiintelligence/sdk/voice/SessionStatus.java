package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * Where a voice session stands: {@code active} (the default), {@code completed} or {@code failed}.
 * The legacy code {@code ended}, written by older agents, reads as {@link #COMPLETED}; other codes
 * read from the database are kept (see {@link #isKnown()}). Stored in {@code voice_sessions.status},
 * at most 50 characters.
 */
public final class SessionStatus extends Vocabulary<String> {
    private static final Codes<String, SessionStatus> CODES = new Codes<>(SessionStatus::new);
    /** The legacy code that reads as {@link #COMPLETED}. */
    static final String LEGACY_ENDED = "ended";

    /** Running; the default. */
    public static final SessionStatus ACTIVE = CODES.known("active");
    /** Ended normally. */
    public static final SessionStatus COMPLETED = CODES.known("completed");
    /** Ended by a failure. */
    public static final SessionStatus FAILED = CODES.known("failed");

    static {
        CODES.alias(LEGACY_ENDED, COMPLETED);
    }

    private SessionStatus(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant ({@link #COMPLETED} for the legacy {@code ended}), an unknown
     *         value for other codes, or null for null
     */
    public static SessionStatus of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<SessionStatus> values() {
        return CODES.values();
    }
}
