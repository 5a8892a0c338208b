package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.query.Filter;
import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A query over news sources; by priority (high first), then by name, unless ordered otherwise
 * ({@link #orderBy} replaces that order, {@link #thenBy} adds to it). Confined to one thread.
 */
public final class NewsSourceQuery extends Query<NewsSource, NewsSourceSort, NewsSourceQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public NewsSourceQuery(QueryExecutor<NewsSource> executor) {
        super(executor, NewsSourceSort.PRIORITY, SortDirection.ASC);
        orderBy(NewsSourceSort.PRIORITY, SortDirection.ASC).thenBy(NewsSourceSort.NAME, SortDirection.ASC);
    }

    /**
     * @param statuses the accepted statuses, at least one
     * @return this query
     */
    public NewsSourceQuery status(SourceStatus... statuses) {
        return whereIn("status", codes(statuses));
    }

    /**
     * @param types the accepted types, at least one
     * @return this query
     */
    public NewsSourceQuery type(SourceType... types) {
        return whereIn("type", codes(types));
    }

    /**
     * @param priorities the accepted priorities, at least one
     * @return this query
     */
    public NewsSourceQuery priority(SourcePriority... priorities) {
        return whereIn("priority", codes(priorities));
    }

    /**
     * The sources the aggregator fetches: status {@link SourceStatus#ACTIVE} and a feed address
     * (see {@link NewsSource#isFetchable()}).
     *
     * @return this query
     */
    public NewsSourceQuery fetchable() {
        whereEquals("status", SourceStatus.ACTIVE.code());
        return where(Filter.of(Filter.Operator.IS_NOT_NULL, "rssUrl", null));
    }

    /**
     * Case-insensitive substring search over the name.
     *
     * @param text the text to find
     * @return this query
     */
    public NewsSourceQuery search(String text) {
        return where(new Filter(Filter.Operator.CONTAINS_IGNORE_CASE, List.of("name"),
                Objects.requireNonNull(text, "text")));
    }

    /**
     * @param from the earliest last-fetch time included, or null
     * @param to   the first last-fetch time excluded, or null
     * @return this query; sources never fetched do not match
     */
    public NewsSourceQuery lastFetchBetween(Instant from, Instant to) {
        return whereBetween("lastFetch", from, to);
    }

    /** @return this query, narrowed to sources never fetched */
    public NewsSourceQuery neverFetched() {
        return where(Filter.of(Filter.Operator.IS_NULL, "lastFetch", null));
    }

    /**
     * @param from the earliest creation time included, or null
     * @param to   the first creation time excluded, or null
     * @return this query
     */
    public NewsSourceQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }
}
