package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Json;
import java.time.Instant;

/**
 * A voicebot of PHI Voice: one row of {@code voicebot_profiles}. Immutable. Components documented
 * as nullable are null when the column is; vocabulary components and timestamps are null only for
 * legacy rows that stored none.
 *
 * @param voicebotId      the key, usually {@code voicebot_<epoch millis>_<9 base36 chars>}
 * @param companyName     the customer company the bot serves
 * @param description     what the bot does, nullable
 * @param status          whether it is in service
 * @param livekitInstance the LiveKit deployment its rooms run on
 * @param configuration   the agent's configuration document, nullable
 * @param createdAt       when the row was created
 * @param updatedAt       when the row was last changed
 */
public record VoicebotProfile(
        String voicebotId,
        String companyName,
        String description,
        VoicebotStatus status,
        LivekitInstance livekitInstance,
        Json configuration,
        Instant createdAt,
        Instant updatedAt) {

    /** @return the LiveKit room name the platform gives the bot's sessions: {@code company_<voicebotId>} */
    public String defaultRoomName() {
        return NewVoiceSession.defaultRoomName(voicebotId);
    }
}
