package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Json;

/**
 * A voicebot to register. The SDK generates the key when none is given
 * ({@code voicebot_<epoch millis>_<9 base36 chars>}) and sets the timestamps.
 *
 * @param voicebotId      the key, nullable (generated); at most 255 characters
 * @param companyName     the customer company, required, at most 500 characters
 * @param description     what the bot does, nullable
 * @param status          null means {@link VoicebotStatus#ACTIVE}; at most 50 characters
 * @param livekitInstance null means {@link LivekitInstance#COMPANY}; at most 100 characters
 * @param configuration   the agent's configuration document, nullable; must be well-formed JSON
 *                        (checked when written)
 */
public record NewVoicebotProfile(String voicebotId, String companyName, String description, VoicebotStatus status,
                                 LivekitInstance livekitInstance, Json configuration) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewVoicebotProfile {
        VoiceChecks.optionalText(voicebotId, VoiceChecks.KEY, "voicebotId");
        VoiceChecks.requiredText(companyName, VoiceChecks.COMPANY, "companyName");
        status = VoiceChecks.code(status == null ? VoicebotStatus.ACTIVE : status, VoiceChecks.STATUS, "status");
        livekitInstance = VoiceChecks.code(livekitInstance == null ? LivekitInstance.COMPANY : livekitInstance,
                VoiceChecks.CODE, "livekitInstance");
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewVoicebotProfile}; not thread-safe. */
    public static final class Builder {
        private String voicebotId;
        private String companyName;
        private String description;
        private VoicebotStatus status;
        private LivekitInstance livekitInstance;
        private Json configuration;

        private Builder() {
        }

        /**
         * @param voicebotId the key, or null to have one generated
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
         * @param description what the bot does
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * @param status whether the bot is in service
         * @return this builder
         */
        public Builder status(VoicebotStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param livekitInstance the LiveKit deployment
         * @return this builder
         */
        public Builder livekitInstance(LivekitInstance livekitInstance) {
            this.livekitInstance = livekitInstance;
            return this;
        }

        /**
         * @param configuration the agent's configuration document
         * @return this builder
         */
        public Builder configuration(Json configuration) {
            this.configuration = configuration;
            return this;
        }

        /** @return the checked command */
        public NewVoicebotProfile build() {
            return new NewVoicebotProfile(voicebotId, companyName, description, status, livekitInstance, configuration);
        }
    }
}
