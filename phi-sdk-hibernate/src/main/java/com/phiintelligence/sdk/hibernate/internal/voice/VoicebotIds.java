package com.phiintelligence.sdk.hibernate.internal.voice;

import java.security.SecureRandom;
import java.time.Instant;

/** Generates voicebot keys in the platform's form {@code voicebot_<epoch millis>_<9 base36 chars>}. Thread-safe. */
final class VoicebotIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SUFFIX_LENGTH = 9;

    private VoicebotIds() {
    }

    /**
     * @param now the registration time
     * @return a new key; 36^9 (about 10^14) suffixes per millisecond make a collision negligible
     */
    static String generate(Instant now) {
        char[] suffix = new char[SUFFIX_LENGTH];
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            suffix[i] = Character.forDigit(RANDOM.nextInt(36), 36);
        }
        return "voicebot_" + now.toEpochMilli() + "_" + new String(suffix);
    }
}
