package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * Whether a voicebot is in service: {@code active} (the default) or {@code inactive}. Other codes
 * read from the database are kept (see {@link #isKnown()}). Stored in {@code voicebot_profiles.status},
 * at most 50 characters.
 */
public final class VoicebotStatus extends Vocabulary<String> {
    private static final Codes<String, VoicebotStatus> CODES = new Codes<>(VoicebotStatus::new);

    /** In service; the default. */
    public static final VoicebotStatus ACTIVE = CODES.known("active");
    /** Out of service. */
    public static final VoicebotStatus INACTIVE = CODES.known("inactive");

    private VoicebotStatus(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static VoicebotStatus of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<VoicebotStatus> values() {
        return CODES.values();
    }
}
