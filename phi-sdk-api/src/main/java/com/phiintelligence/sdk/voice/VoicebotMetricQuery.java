package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.util.Objects;

/** A query over bot actions; newest first unless ordered otherwise. Confined to one thread. */
public final class VoicebotMetricQuery extends Query<VoicebotMetric, VoicebotMetricSort, VoicebotMetricQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public VoicebotMetricQuery(QueryExecutor<VoicebotMetric> executor) {
        super(executor, VoicebotMetricSort.CREATED_AT, SortDirection.DESC);
    }

    /**
     * @param voicebotId the bot
     * @return this query
     */
    public VoicebotMetricQuery voicebotId(String voicebotId) {
        return whereEquals("voicebotId", Objects.requireNonNull(voicebotId, "voicebotId"));
    }

    /**
     * @param sessionId the session, or null for actions outside any session
     * @return this query
     */
    public VoicebotMetricQuery sessionId(String sessionId) {
        return whereEquals("sessionId", sessionId);
    }

    /**
     * @param userId the end user, or null for actions without one
     * @return this query
     */
    public VoicebotMetricQuery userId(String userId) {
        return whereEquals("userId", userId);
    }

    /**
     * @param types the accepted kinds of action, at least one
     * @return this query
     */
    public VoicebotMetricQuery actionType(ActionType... types) {
        return whereIn("actionType", codes(types));
    }

    /**
     * @param success true for succeeded actions, false for failed ones
     * @return this query
     */
    public VoicebotMetricQuery success(boolean success) {
        return whereEquals("success", success);
    }

    /**
     * @param from the earliest action time included, or null
     * @param to   the first action time excluded, or null
     * @return this query
     */
    public VoicebotMetricQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }

    /**
     * @param from the earliest update time included, or null
     * @param to   the first update time excluded, or null
     * @return this query
     */
    public VoicebotMetricQuery updatedBetween(Instant from, Instant to) {
        return whereBetween("updatedAt", from, to);
    }
}
