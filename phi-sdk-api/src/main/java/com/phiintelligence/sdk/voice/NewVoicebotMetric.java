package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bot action to record with {@link VoicebotMetricRepository#record}. The voicebot must exist, and
 * the session too when one is given ({@link com.phiintelligence.sdk.error.ReferenceException}
 * otherwise). The SDK generates the id and sets {@code updatedAt}.
 *
 * @param voicebotId     the bot, required, at most 255 characters
 * @param sessionId      the session, nullable, at most 255 characters; must be a session of the
 *                       same bot
 * @param userId         the end user, nullable, at most 255 characters
 * @param actionType     the kind of action, required; free text is kept, at most 100 characters
 * @param actionDetails  the action's details document, nullable; must be well-formed JSON (checked
 *                       when written)
 * @param success        whether it succeeded; null means true
 * @param responseTimeMs how long it took in milliseconds, nullable, not negative
 * @param tokensUsed     language-model tokens used, nullable, not negative
 * @param costUsd        the cost in US dollars, nullable, not negative, at most 6 decimals and less
 *                       than 10000 ({@code NUMERIC(10,6)})
 * @param errorMessage   why it failed, nullable
 * @param metadata       further details, nullable; must be well-formed JSON (checked when written)
 * @param createdAt      when the action happened, for agents that report late; null means now.
 *                       Kept to the microsecond
 */
public record NewVoicebotMetric(String voicebotId, String sessionId, String userId, ActionType actionType,
                                Json actionDetails, Boolean success, Integer responseTimeMs, Integer tokensUsed,
                                BigDecimal costUsd, String errorMessage, Json metadata, Instant createdAt) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewVoicebotMetric {
        VoiceChecks.requiredText(voicebotId, VoiceChecks.KEY, "voicebotId");
        VoiceChecks.optionalText(sessionId, VoiceChecks.KEY, "sessionId");
        Checks.maxLength(userId, VoiceChecks.KEY, "userId");
        VoiceChecks.code(Checks.required(actionType, "actionType"), VoiceChecks.CODE, "actionType");
        if (success == null) {
            success = Boolean.TRUE;
        }
        Checks.notNegative(responseTimeMs, "responseTimeMs");
        Checks.notNegative(tokensUsed, "tokensUsed");
        VoiceChecks.amount(costUsd, 10, 6, "costUsd");
        Checks.instant(createdAt, "createdAt");
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewVoicebotMetric}; not thread-safe. */
    public static final class Builder {
        private String voicebotId;
        private String sessionId;
        private String userId;
        private ActionType actionType;
        private Json actionDetails;
        private Boolean success;
        private Integer responseTimeMs;
        private Integer tokensUsed;
        private BigDecimal costUsd;
        private String errorMessage;
        private Json metadata;
        private Instant createdAt;

        private Builder() {
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
         * @param sessionId the session, or null
         * @return this builder
         */
        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        /**
         * @param userId the end user, or null
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * @param actionType the kind of action
         * @return this builder
         */
        public Builder actionType(ActionType actionType) {
            this.actionType = actionType;
            return this;
        }

        /**
         * @param actionDetails the action's details document
         * @return this builder
         */
        public Builder actionDetails(Json actionDetails) {
            this.actionDetails = actionDetails;
            return this;
        }

        /**
         * @param success whether the action succeeded
         * @return this builder
         */
        public Builder success(Boolean success) {
            this.success = success;
            return this;
        }

        /**
         * @param responseTimeMs how long it took in milliseconds
         * @return this builder
         */
        public Builder responseTimeMs(Integer responseTimeMs) {
            this.responseTimeMs = responseTimeMs;
            return this;
        }

        /**
         * @param tokensUsed language-model tokens used
         * @return this builder
         */
        public Builder tokensUsed(Integer tokensUsed) {
            this.tokensUsed = tokensUsed;
            return this;
        }

        /**
         * @param costUsd the cost in US dollars
         * @return this builder
         */
        public Builder costUsd(BigDecimal costUsd) {
            this.costUsd = costUsd;
            return this;
        }

        /**
         * @param errorMessage why it failed
         * @return this builder
         */
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        /**
         * @param metadata further details
         * @return this builder
         */
        public Builder metadata(Json metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * @param createdAt when the action happened, or null for now
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /** @return the checked command */
        public NewVoicebotMetric build() {
            return new NewVoicebotMetric(voicebotId, sessionId, userId, actionType, actionDetails, success,
                    responseTimeMs, tokensUsed, costUsd, errorMessage, metadata, createdAt);
        }
    }
}
