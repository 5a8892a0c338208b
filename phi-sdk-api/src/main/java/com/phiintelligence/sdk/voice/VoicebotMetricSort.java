package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.query.SortKey;

/** What bot actions can be sorted by. */
public enum VoicebotMetricSort implements SortKey {
    /** When the action happened. */
    CREATED_AT("createdAt"),
    /** The id, in the order the SDK recorded the actions. */
    ID("id"),
    /** The action type code. */
    ACTION_TYPE("actionType"),
    /** The response time. */
    RESPONSE_TIME_MS("responseTimeMs"),
    /** The tokens used. */
    TOKENS_USED("tokensUsed"),
    /** The cost. */
    COST_USD("costUsd");

    private final String property;

    VoicebotMetricSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
