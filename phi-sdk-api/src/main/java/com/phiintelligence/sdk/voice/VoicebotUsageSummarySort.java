package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.query.SortKey;

/** What usage summaries can be sorted by. */
public enum VoicebotUsageSummarySort implements SortKey {
    /** When the bot last acted; bots that never acted last. */
    LAST_ACTIVITY("lastActivity"),
    /** The number of actions. */
    TOTAL_ACTIONS("totalActions"),
    /** The total cost. */
    TOTAL_COST_USD("totalCostUsd"),
    /** The total of tokens. */
    TOTAL_TOKENS_USED("totalTokensUsed"),
    /** When the summary last changed. */
    UPDATED_AT("updatedAt"),
    /** The bot's key. */
    VOICEBOT_ID("voicebotId");

    private final String property;

    VoicebotUsageSummarySort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
