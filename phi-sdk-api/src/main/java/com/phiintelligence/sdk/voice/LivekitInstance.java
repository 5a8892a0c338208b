package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * The LiveKit deployment a voicebot's rooms run on: {@code company} (the customer's own, the
 * default) or {@code phi} (PHI Intelligence's). Other codes read from the database are kept (see
 * {@link #isKnown()}). Stored in {@code voicebot_profiles.livekit_instance}, at most 100 characters.
 */
public final class LivekitInstance extends Vocabulary<String> {
    private static final Codes<String, LivekitInstance> CODES = new Codes<>(LivekitInstance::new);

    /** The customer company's LiveKit; the default. */
    public static final LivekitInstance COMPANY = CODES.known("company");
    /** PHI Intelligence's LiveKit. */
    public static final LivekitInstance PHI = CODES.known("phi");

    private LivekitInstance(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static LivekitInstance of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<LivekitInstance> values() {
        return CODES.values();
    }
}
