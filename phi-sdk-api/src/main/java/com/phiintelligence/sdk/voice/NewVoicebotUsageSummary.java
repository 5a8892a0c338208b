package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A usage summary to import (for example from another system). The SDK writes summaries itself
 * when actions are recorded; use {@link VoicebotUsageSummaryRepository#rebuild} to recompute one
 * from the recorded actions. A bot has at most one summary
 * ({@link com.phiintelligence.sdk.error.ConflictException} otherwise).
 *
 * @param voicebotId          the bot, required, at most 255 characters
 * @param totalActions        null means 0; not negative
 * @param successfulActions   null means 0; not negative
 * @param failedActions       null means 0; not negative
 * @param totalResponseTimeMs null means 0; not negative
 * @param totalTokensUsed     null means 0; not negative
 * @param totalCostUsd        null means 0; not negative, at most 6 decimals and less than 10000
 * @param lastActivity        when the newest action happened, nullable
 * @param lastActionType      the kind of the newest action, nullable, at most 100 characters
 */
public record NewVoicebotUsageSummary(String voicebotId, Integer totalActions, Integer successfulActions,
                                      Integer failedActions, Long totalResponseTimeMs, Long totalTokensUsed,
                                      BigDecimal totalCostUsd, Instant lastActivity, ActionType lastActionType) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewVoicebotUsageSummary {
        VoiceChecks.requiredText(voicebotId, VoiceChecks.KEY, "voicebotId");
        totalActions = zeroIfNull(Checks.notNegative(totalActions, "totalActions"));
        successfulActions = zeroIfNull(Checks.notNegative(successfulActions, "successfulActions"));
        failedActions = zeroIfNull(Checks.notNegative(failedActions, "failedActions"));
        totalResponseTimeMs = zeroIfNull(VoiceChecks.notNegative(totalResponseTimeMs, "totalResponseTimeMs"));
        totalTokensUsed = zeroIfNull(VoiceChecks.notNegative(totalTokensUsed, "totalTokensUsed"));
        totalCostUsd = VoiceChecks.amount(totalCostUsd, 10, 6, "totalCostUsd");
        if (totalCostUsd == null) {
            totalCostUsd = BigDecimal.ZERO;
        }
        VoiceChecks.code(lastActionType, VoiceChecks.CODE, "lastActionType");
        Checks.instant(lastActivity, "lastActivity");
    }

    private static Integer zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    private static Long zeroIfNull(Long value) {
        return value == null ? 0L : value;
    }

    /** @return an empty builder (every total at 0) */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewVoicebotUsageSummary}; not thread-safe. */
    public static final class Builder {
        private String voicebotId;
        private Integer totalActions;
        private Integer successfulActions;
        private Integer failedActions;
        private Long totalResponseTimeMs;
        private Long totalTokensUsed;
        private BigDecimal totalCostUsd;
        private Instant lastActivity;
        private ActionType lastActionType;

        private Builder() {
        }

        /**
         * @param v the bot
         * @return this builder
         */
        public Builder voicebotId(String v) {
            voicebotId = v;
            return this;
        }

        /**
         * @param v recorded actions
         * @return this builder
         */
        public Builder totalActions(Integer v) {
            totalActions = v;
            return this;
        }

        /**
         * @param v recorded actions that succeeded
         * @return this builder
         */
        public Builder successfulActions(Integer v) {
            successfulActions = v;
            return this;
        }

        /**
         * @param v recorded actions that failed
         * @return this builder
         */
        public Builder failedActions(Integer v) {
            failedActions = v;
            return this;
        }

        /**
         * @param v the sum of response times in milliseconds
         * @return this builder
         */
        public Builder totalResponseTimeMs(Long v) {
            totalResponseTimeMs = v;
            return this;
        }

        /**
         * @param v the sum of tokens
         * @return this builder
         */
        public Builder totalTokensUsed(Long v) {
            totalTokensUsed = v;
            return this;
        }

        /**
         * @param v the sum of costs in US dollars
         * @return this builder
         */
        public Builder totalCostUsd(BigDecimal v) {
            totalCostUsd = v;
            return this;
        }

        /**
         * @param v when the newest action happened
         * @return this builder
         */
        public Builder lastActivity(Instant v) {
            lastActivity = v;
            return this;
        }

        /**
         * @param v the kind of the newest action
         * @return this builder
         */
        public Builder lastActionType(ActionType v) {
            lastActionType = v;
            return this;
        }

        /** @return the checked command */
        public NewVoicebotUsageSummary build() {
            return new NewVoicebotUsageSummary(voicebotId, totalActions, successfulActions, failedActions,
                    totalResponseTimeMs, totalTokensUsed, totalCostUsd, lastActivity, lastActionType);
        }
    }
}
