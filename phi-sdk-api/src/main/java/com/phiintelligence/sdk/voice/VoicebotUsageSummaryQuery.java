package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;

/** A query over usage summaries; most recently active first unless ordered otherwise. Confined to one thread. */
public final class VoicebotUsageSummaryQuery
        extends Query<VoicebotUsageSummary, VoicebotUsageSummarySort, VoicebotUsageSummaryQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public VoicebotUsageSummaryQuery(QueryExecutor<VoicebotUsageSummary> executor) {
        super(executor, VoicebotUsageSummarySort.LAST_ACTIVITY, SortDirection.DESC);
    }

    /**
     * Bots whose newest action falls in the range (bots that never acted never match).
     *
     * @param from the earliest last activity included, or null
     * @param to   the first last activity excluded, or null
     * @return this query
     */
    public VoicebotUsageSummaryQuery lastActivityBetween(Instant from, Instant to) {
        return whereBetween("lastActivity", from, to);
    }

    /**
     * @param types the accepted kinds of the newest action, at least one
     * @return this query
     */
    public VoicebotUsageSummaryQuery lastActionType(ActionType... types) {
        return whereIn("lastActionType", codes(types));
    }

    /**
     * @param from the earliest creation time included, or null
     * @param to   the first creation time excluded, or null
     * @return this query
     */
    public VoicebotUsageSummaryQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }

    /**
     * @param from the earliest update time included, or null
     * @param to   the first update time excluded, or null
     * @return this query
     */
    public VoicebotUsageSummaryQuery updatedBetween(Instant from, Instant to) {
        return whereBetween("updatedAt", from, to);
    }
}
