package com.phiintelligence.sdk.voice;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The running usage totals of one voicebot: one row of {@code voicebot_usage_summaries}, kept by
 * {@link VoicebotMetricRepository} as actions are recorded. Immutable. Totals a legacy row left
 * empty (SQL {@code NULL}) read as 0.
 *
 * @param voicebotId          the bot (the key)
 * @param totalActions        recorded actions
 * @param successfulActions   recorded actions that succeeded
 * @param failedActions       recorded actions that failed
 * @param totalResponseTimeMs the sum of their response times, in milliseconds
 * @param totalTokensUsed     the sum of their language-model tokens
 * @param totalCostUsd        the sum of their costs in US dollars, with 6 decimals (scale 6); at
 *                            most 9999.999999, the most the column holds
 * @param lastActivity        when the newest action happened, nullable (no action yet)
 * @param lastActionType      the kind of the newest action, nullable (no action yet)
 * @param createdAt           when the row was created
 * @param updatedAt           when the row was last changed
 */
public record VoicebotUsageSummary(
        String voicebotId,
        int totalActions,
        int successfulActions,
        int failedActions,
        long totalResponseTimeMs,
        long totalTokensUsed,
        BigDecimal totalCostUsd,
        Instant lastActivity,
        ActionType lastActionType,
        Instant createdAt,
        Instant updatedAt) {
}
