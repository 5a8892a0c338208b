package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.query.Filter;
import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A query over articles; newest published first, articles without a publication time last, unless
 * ordered otherwise. Confined to one thread.
 */
public final class NewsArticleQuery extends Query<NewsArticle, NewsArticleSort, NewsArticleQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public NewsArticleQuery(QueryExecutor<NewsArticle> executor) {
        super(executor, NewsArticleSort.PUBLISHED_AT, SortDirection.DESC);
    }

    /**
     * @param sourceId the source's key, or null for articles without a source
     * @return this query
     */
    public NewsArticleQuery sourceId(String sourceId) {
        return whereEquals("sourceId", sourceId);
    }

    /**
     * @param categories the accepted categories, at least one
     * @return this query
     */
    public NewsArticleQuery category(ArticleCategory... categories) {
        return whereIn("category", codes(categories));
    }

    /**
     * @param statuses the accepted fetch statuses, at least one
     * @return this query
     */
    public NewsArticleQuery fetchStatus(FetchStatus... statuses) {
        return whereIn("fetchStatus", codes(statuses));
    }

    /**
     * The articles public lists show: those whose fetch status is one of the known statuses other
     * than {@link FetchStatus#ARCHIVED} (see {@link NewsArticle#isVisible()}). Rows with no status
     * or an unknown legacy status are not shown.
     *
     * @return this query
     */
    public NewsArticleQuery visible() {
        return fetchStatus(FetchStatus.PENDING, FetchStatus.FETCHED, FetchStatus.PROCESSED);
    }

    /**
     * @param featured whether the articles are highlighted; legacy rows whose flag is NULL match
     *                 neither {@code true} nor {@code false}
     * @return this query
     */
    public NewsArticleQuery featured(boolean featured) {
        return whereEquals("featured", featured);
    }

    /**
     * @param tag a tag the articles carry (exact, case-sensitive)
     * @return this query
     */
    public NewsArticleQuery tag(String tag) {
        return where(Filter.of(Filter.Operator.ARRAY_CONTAINS, "tags", Objects.requireNonNull(tag, "tag")));
    }

    /**
     * @param from the earliest publication time included, or null
     * @param to   the first publication time excluded, or null
     * @return this query; articles without a publication time do not match
     */
    public NewsArticleQuery publishedBetween(Instant from, Instant to) {
        return whereBetween("publishedAt", from, to);
    }

    /**
     * @param from the earliest creation time included, or null
     * @param to   the first creation time excluded, or null
     * @return this query
     */
    public NewsArticleQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }

    /**
     * Case-insensitive substring search over the headline and the excerpt.
     *
     * @param text the text to find
     * @return this query
     */
    public NewsArticleQuery search(String text) {
        return where(new Filter(Filter.Operator.CONTAINS_IGNORE_CASE, List.of("title", "excerpt"),
                Objects.requireNonNull(text, "text")));
    }
}
