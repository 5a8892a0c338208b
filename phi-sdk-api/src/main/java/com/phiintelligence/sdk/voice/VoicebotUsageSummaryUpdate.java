package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Corrections to a usage summary; fields not set are kept. Meant for imports and repairs: the SDK
 * keeps summaries itself, and {@link VoicebotUsageSummaryRepository#rebuild} recomputes one from
 * the recorded actions. The SDK stamps {@code updatedAt}.
 *
 * @param totalActions        the new number of actions, not negative
 * @param successfulActions   the new number of successes, not negative
 * @param failedActions       the new number of failures, not negative
 * @param totalResponseTimeMs the new total response time in milliseconds, not negative
 * @param totalTokensUsed     the new total of tokens, not negative
 * @param totalCostUsd        the new total cost in US dollars ({@code NUMERIC(10,6)}), not negative
 * @param lastActivity        the new time of the newest action (null clears it)
 * @param lastActionType      the new kind of the newest action (null clears it)
 */
public record VoicebotUsageSummaryUpdate(
        Change<Integer> totalActions,
        Change<Integer> successfulActions,
        Change<Integer> failedActions,
        Change<Long> totalResponseTimeMs,
        Change<Long> totalTokensUsed,
        Change<BigDecimal> totalCostUsd,
        Change<Instant> lastActivity,
        Change<ActionType> lastActionType) {

    /** Checks the rules of the fields that are set. */
    public VoicebotUsageSummaryUpdate {
        Checks.nonNull(totalActions, "totalActions");
        Checks.nonNull(successfulActions, "successfulActions");
        Checks.nonNull(failedActions, "failedActions");
        Checks.nonNull(totalResponseTimeMs, "totalResponseTimeMs");
        Checks.nonNull(totalTokensUsed, "totalTokensUsed");
        Checks.nonNull(totalCostUsd, "totalCostUsd");
        Checks.nonNull(lastActivity, "lastActivity");
        Checks.nonNull(lastActionType, "lastActionType");
        totalActions.ifSet(v -> Checks.notNegative(Checks.required(v, "totalActions"), "totalActions"));
        successfulActions.ifSet(v -> Checks.notNegative(Checks.required(v, "successfulActions"), "successfulActions"));
        failedActions.ifSet(v -> Checks.notNegative(Checks.required(v, "failedActions"), "failedActions"));
        totalResponseTimeMs.ifSet(v -> VoiceChecks.notNegative(Checks.required(v, "totalResponseTimeMs"),
                "totalResponseTimeMs"));
        totalTokensUsed.ifSet(v -> VoiceChecks.notNegative(Checks.required(v, "totalTokensUsed"), "totalTokensUsed"));
        totalCostUsd.ifSet(v -> VoiceChecks.amount(Checks.required(v, "totalCostUsd"), 10, 6, "totalCostUsd"));
        lastActionType.ifSet(v -> VoiceChecks.code(v, VoiceChecks.CODE, "lastActionType"));
        lastActivity.ifSet(v -> Checks.instant(v, "lastActivity"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VoicebotUsageSummaryUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<Integer> totalActions = Change.keep();
        private Change<Integer> successfulActions = Change.keep();
        private Change<Integer> failedActions = Change.keep();
        private Change<Long> totalResponseTimeMs = Change.keep();
        private Change<Long> totalTokensUsed = Change.keep();
        private Change<BigDecimal> totalCostUsd = Change.keep();
        private Change<Instant> lastActivity = Change.keep();
        private Change<ActionType> lastActionType = Change.keep();

        private Builder() {
        }

        /**
         * @param v the new number of actions
         * @return this builder
         */
        public Builder totalActions(int v) {
            totalActions = Change.to(v);
            return this;
        }

        /**
         * @param v the new number of successes
         * @return this builder
         */
        public Builder successfulActions(int v) {
            successfulActions = Change.to(v);
            return this;
        }

        /**
         * @param v the new number of failures
         * @return this builder
         */
        public Builder failedActions(int v) {
            failedActions = Change.to(v);
            return this;
        }

        /**
         * @param v the new total response time in milliseconds
         * @return this builder
         */
        public Builder totalResponseTimeMs(long v) {
            totalResponseTimeMs = Change.to(v);
            return this;
        }

        /**
         * @param v the new total of tokens
         * @return this builder
         */
        public Builder totalTokensUsed(long v) {
            totalTokensUsed = Change.to(v);
            return this;
        }

        /**
         * @param v the new total cost in US dollars
         * @return this builder
         */
        public Builder totalCostUsd(BigDecimal v) {
            totalCostUsd = Change.to(v);
            return this;
        }

        /**
         * @param v the new time of the newest action, or null to clear it
         * @return this builder
         */
        public Builder lastActivity(Instant v) {
            lastActivity = Change.to(v);
            return this;
        }

        /**
         * @param v the new kind of the newest action, or null to clear it
         * @return this builder
         */
        public Builder lastActionType(ActionType v) {
            lastActionType = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public VoicebotUsageSummaryUpdate build() {
            return new VoicebotUsageSummaryUpdate(totalActions, successfulActions, failedActions, totalResponseTimeMs,
                    totalTokensUsed, totalCostUsd, lastActivity, lastActionType);
        }
    }
}
