package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.internal.Checks;
import java.time.Instant;

/**
 * A voice session that starts. The voicebot must exist
 * ({@link com.phiintelligence.sdk.error.ReferenceException} otherwise). The SDK generates the key
 * when none is given (a UUID as text) and sets the timestamps; the session ends with
 * {@link VoiceSessionRepository#end}.
 *
 * @param sessionId          the key, nullable (generated); at most 255 characters, the length
 *                           {@code voicebot_metrics.session_id} can reference
 * @param voicebotId         the bot, required, at most 255 characters
 * @param companyName        the customer company, required, at most 500 characters
 * @param roomName           the LiveKit room, at most 255 characters; null means
 *                           {@code company_<voicebotId>}
 * @param workerId           the agent worker, required, at most 255 characters
 * @param startTime          when the session started, required; kept to the microsecond
 * @param status             null means {@link SessionStatus#ACTIVE}; at most 50 characters
 * @param performanceMetrics the agent's performance document, nullable; must be well-formed JSON
 *                           (checked when written)
 */
public record NewVoiceSession(String sessionId, String voicebotId, String companyName, String roomName,
                              String workerId, Instant startTime, SessionStatus status, Json performanceMetrics) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewVoiceSession {
        VoiceChecks.optionalText(sessionId, VoiceChecks.KEY, "sessionId");
        VoiceChecks.requiredText(voicebotId, VoiceChecks.KEY, "voicebotId");
        VoiceChecks.requiredText(companyName, VoiceChecks.COMPANY, "companyName");
        roomName = VoiceChecks.requiredText(roomName == null ? defaultRoomName(voicebotId) : roomName,
                VoiceChecks.KEY, "roomName");
        VoiceChecks.requiredText(workerId, VoiceChecks.KEY, "workerId");
        Checks.required(startTime, "startTime");
        status = VoiceChecks.code(status == null ? SessionStatus.ACTIVE : status, VoiceChecks.STATUS, "status");
        Checks.instant(startTime, "startTime");
    }

    /**
     * @param voicebotId a voicebot's key
     * @return the LiveKit room the platform gives its sessions: {@code company_<voicebotId>}
     */
    static String defaultRoomName(String voicebotId) {
        return "company_" + voicebotId;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewVoiceSession}; not thread-safe. */
    public static final class Builder {
        private String sessionId;
        private String voicebotId;
        private String companyName;
        private String roomName;
        private String workerId;
        private Instant startTime;
        private SessionStatus status;
        private Json performanceMetrics;

        private Builder() {
        }

        /**
         * @param sessionId the key, or null to have one generated
         * @return this builder
         */
        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        /**
         * @param voicebotId the bot
         * @return this builder
         */
        public Builder voicebotId(String voicebotId) {
            this.voicebotId = voicebotId;
            return this;
        }

        /**
         * @param companyName the customer company
         * @return this builder
         */
        public Builder companyName(String companyName) {
            this.companyName = companyName;
            return this;
        }

        /**
         * @param roomName the LiveKit room, or null for {@code company_<voicebotId>}
         * @return this builder
         */
        public Builder roomName(String roomName) {
            this.roomName = roomName;
            return this;
        }

        /**
         * @param workerId the agent worker
         * @return this builder
         */
        public Builder workerId(String workerId) {
            this.workerId = workerId;
            return this;
        }

        /**
         * @param startTime when the session started
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * @param status the initial status
         * @return this builder
         */
        public Builder status(SessionStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param performanceMetrics the agent's performance document
         * @return this builder
         */
        public Builder performanceMetrics(Json performanceMetrics) {
            this.performanceMetrics = performanceMetrics;
            return this;
        }

        /** @return the checked command */
        public NewVoiceSession build() {
            return new NewVoiceSession(sessionId, voicebotId, companyName, roomName, workerId, startTime, status,
                    performanceMetrics);
        }
    }
}
