package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.internal.Checks;
import java.math.BigDecimal;

/**
 * Corrections to a recorded bot action; fields not set are kept. The bot and the time of the action
 * cannot change. The SDK stamps {@code updatedAt} and recomputes the bot's usage summary in the same
 * transaction.
 *
 * @param sessionId      the new session (null clears it); must exist and belong to the same bot
 * @param userId         the new end user (null clears it)
 * @param actionType     the new kind of action
 * @param actionDetails  the new details document (null clears it)
 * @param success        whether the action succeeded
 * @param responseTimeMs the new response time in milliseconds (null clears it)
 * @param tokensUsed     the new token count (null clears it)
 * @param costUsd        the new cost in US dollars (null clears it)
 * @param errorMessage   the new error message (null clears it)
 * @param metadata       the new metadata document (null clears it)
 */
public record VoicebotMetricUpdate(
        Change<String> sessionId,
        Change<String> userId,
        Change<ActionType> actionType,
        Change<Json> actionDetails,
        Change<Boolean> success,
        Change<Integer> responseTimeMs,
        Change<Integer> tokensUsed,
        Change<BigDecimal> costUsd,
        Change<String> errorMessage,
        Change<Json> metadata) {

    /** Checks the rules of the fields that are set. */
    public VoicebotMetricUpdate {
        Checks.nonNull(sessionId, "sessionId");
        Checks.nonNull(userId, "userId");
        Checks.nonNull(actionType, "actionType");
        Checks.nonNull(actionDetails, "actionDetails");
        Checks.nonNull(success, "success");
        Checks.nonNull(responseTimeMs, "responseTimeMs");
        Checks.nonNull(tokensUsed, "tokensUsed");
        Checks.nonNull(costUsd, "costUsd");
        Checks.nonNull(errorMessage, "errorMessage");
        Checks.nonNull(metadata, "metadata");
        sessionId.ifSet(v -> VoiceChecks.optionalText(v, VoiceChecks.KEY, "sessionId"));
        userId.ifSet(v -> Checks.maxLength(v, VoiceChecks.KEY, "userId"));
        actionType.ifSet(v -> VoiceChecks.code(Checks.required(v, "actionType"), VoiceChecks.CODE, "actionType"));
        success.ifSet(v -> Checks.required(v, "success"));
        responseTimeMs.ifSet(v -> Checks.notNegative(v, "responseTimeMs"));
        tokensUsed.ifSet(v -> Checks.notNegative(v, "tokensUsed"));
        costUsd.ifSet(v -> VoiceChecks.amount(v, 10, 6, "costUsd"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VoicebotMetricUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> sessionId = Change.keep();
        private Change<String> userId = Change.keep();
        private Change<ActionType> actionType = Change.keep();
        private Change<Json> actionDetails = Change.keep();
        private Change<Boolean> success = Change.keep();
        private Change<Integer> responseTimeMs = Change.keep();
        private Change<Integer> tokensUsed = Change.keep();
        private Change<BigDecimal> costUsd = Change.keep();
        private Change<String> errorMessage = Change.keep();
        private Change<Json> metadata = Change.keep();

        private Builder() {
        }

        /**
         * @param v the new session, or null to clear it
         * @return this builder
         */
        public Builder sessionId(String v) {
            sessionId = Change.to(v);
            return this;
        }

        /**
         * @param v the new end user, or null to clear it
         * @return this builder
         */
        public Builder userId(String v) {
            userId = Change.to(v);
            return this;
        }

        /**
         * @param v the new kind of action
         * @return this builder
         */
        public Builder actionType(ActionType v) {
            actionType = Change.to(v);
            return this;
        }

        /**
         * @param v the new details document, or null to clear it
         * @return this builder
         */
        public Builder actionDetails(Json v) {
            actionDetails = Change.to(v);
            return this;
        }

        /**
         * @param v whether the action succeeded
         * @return this builder
         */
        public Builder success(boolean v) {
            success = Change.to(v);
            return this;
        }

        /**
         * @param v the new response time in milliseconds, or null to clear it
         * @return this builder
         */
        public Builder responseTimeMs(Integer v) {
            responseTimeMs = Change.to(v);
            return this;
        }

        /**
         * @param v the new token count, or null to clear it
         * @return this builder
         */
        public Builder tokensUsed(Integer v) {
            tokensUsed = Change.to(v);
            return this;
        }

        /**
         * @param v the new cost in US dollars, or null to clear it
         * @return this builder
         */
        public Builder costUsd(BigDecimal v) {
            costUsd = Change.to(v);
            return this;
        }

        /**
         * @param v the new error message, or null to clear it
         * @return this builder
         */
        public Builder errorMessage(String v) {
            errorMessage = Change.to(v);
            return this;
        }

        /**
         * @param v the new metadata document, or null to clear it
         * @return this builder
         */
        public Builder metadata(Json v) {
            metadata = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public VoicebotMetricUpdate build() {
            return new VoicebotMetricUpdate(sessionId, userId, actionType, actionDetails, success, responseTimeMs,
                    tokensUsed, costUsd, errorMessage, metadata);
        }
    }
}
