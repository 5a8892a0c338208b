package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Repository;

/**
 * The voicebots of PHI Voice, table {@code voicebot_profiles}. {@link #delete} refuses a bot that
 * still has sessions or metrics ({@link com.phiintelligence.sdk.error.ReferenceException}); deleting
 * a bot also deletes its usage summary. Thread-safe.
 */
public interface VoicebotProfileRepository
        extends Repository<VoicebotProfile, String, NewVoicebotProfile, VoicebotProfileUpdate, VoicebotProfileQuery> {
}
