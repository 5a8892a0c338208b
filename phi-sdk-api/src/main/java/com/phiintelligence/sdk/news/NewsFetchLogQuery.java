package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;

/** A query over fetch logs; newest first unless ordered otherwise. Confined to one thread. */
public final class NewsFetchLogQuery extends Query<NewsFetchLog, NewsFetchLogSort, NewsFetchLogQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public NewsFetchLogQuery(QueryExecutor<NewsFetchLog> executor) {
        super(executor, NewsFetchLogSort.CREATED_AT, SortDirection.DESC);
    }

    /**
     * @param sourceId the source's key, or null for logs without a source
     * @return this query
     */
    public NewsFetchLogQuery sourceId(String sourceId) {
        return whereEquals("sourceId", sourceId);
    }

    /**
     * @param statuses the accepted statuses, at least one
     * @return this query
     */
    public NewsFetchLogQuery status(FetchLogStatus... statuses) {
        return whereIn("status", codes(statuses));
    }

    /**
     * @param from the earliest creation time included, or null
     * @param to   the first creation time excluded, or null
     * @return this query
     */
    public NewsFetchLogQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }
}
