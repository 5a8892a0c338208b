package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.internal.Checks;

/**
 * Changes to a voicebot; fields not set are kept. The SDK stamps {@code updatedAt} on every update.
 *
 * @param companyName     the new company name
 * @param description     the new description (null clears it)
 * @param status          the new status
 * @param livekitInstance the new LiveKit deployment
 * @param configuration   the new configuration document (null clears it)
 */
public record VoicebotProfileUpdate(
        Change<String> companyName,
        Change<String> description,
        Change<VoicebotStatus> status,
        Change<LivekitInstance> livekitInstance,
        Change<Json> configuration) {

    /** Checks the rules of the fields that are set. */
    public VoicebotProfileUpdate {
        Checks.nonNull(companyName, "companyName");
        Checks.nonNull(description, "description");
        Checks.nonNull(status, "status");
        Checks.nonNull(livekitInstance, "livekitInstance");
        Checks.nonNull(configuration, "configuration");
        companyName.ifSet(v -> VoiceChecks.requiredText(v, VoiceChecks.COMPANY, "companyName"));
        status.ifSet(v -> VoiceChecks.code(Checks.required(v, "status"), VoiceChecks.STATUS, "status"));
        livekitInstance.ifSet(v -> VoiceChecks.code(Checks.required(v, "livekitInstance"), VoiceChecks.CODE,
                "livekitInstance"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VoicebotProfileUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> companyName = Change.keep();
        private Change<String> description = Change.keep();
        private Change<VoicebotStatus> status = Change.keep();
        private Change<LivekitInstance> livekitInstance = Change.keep();
        private Change<Json> configuration = Change.keep();

        private Builder() {
        }

        /**
         * @param v the new company name
         * @return this builder
         */
        public Builder companyName(String v) {
            companyName = Change.to(v);
            return this;
        }

        /**
         * @param v the new description, or null to clear it
         * @return this builder
         */
        public Builder description(String v) {
            description = Change.to(v);
            return this;
        }

        /**
         * @param v the new status
         * @return this builder
         */
        public Builder status(VoicebotStatus v) {
            status = Change.to(v);
            return this;
        }

        /**
         * @param v the new LiveKit deployment
         * @return this builder
         */
        public Builder livekitInstance(LivekitInstance v) {
            livekitInstance = Change.to(v);
            return this;
        }

        /**
         * @param v the new configuration document, or null to clear it
         * @return this builder
         */
        public Builder configuration(Json v) {
            configuration = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public VoicebotProfileUpdate build() {
            return new VoicebotProfileUpdate(companyName, description, status, livekitInstance, configuration);
        }
    }
}
