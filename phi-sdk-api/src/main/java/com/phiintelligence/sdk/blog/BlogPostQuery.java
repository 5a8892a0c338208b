package com.phiintelligence.sdk.blog;

import com.phiintelligence.sdk.query.Filter;
import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A query over posts; newest published first (undated posts last) unless ordered otherwise.
 * Confined to one thread.
 */
public final class BlogPostQuery extends Query<BlogPost, BlogPostSort, BlogPostQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public BlogPostQuery(QueryExecutor<BlogPost> executor) {
        super(executor, BlogPostSort.PUBLISHED_AT, SortDirection.DESC);
    }

    /**
     * Only featured posts.
     *
     * @return this query
     */
    public BlogPostQuery featuredOnly() {
        return whereEquals("featured", Boolean.TRUE);
    }

    /**
     * @param tag a tag the post carries, matched exactly
     * @return this query
     */
    public BlogPostQuery tag(String tag) {
        return where(Filter.of(Filter.Operator.ARRAY_CONTAINS, "tags", Objects.requireNonNull(tag, "tag")));
    }

    /**
     * @param author the exact author
     * @return this query
     */
    public BlogPostQuery author(String author) {
        return whereEquals("author", Objects.requireNonNull(author, "author"));
    }

    /**
     * Case-insensitive substring search over title, excerpt and content.
     *
     * @param text the text to find
     * @return this query
     */
    public BlogPostQuery search(String text) {
        return where(new Filter(Filter.Operator.CONTAINS_IGNORE_CASE, List.of("title", "excerpt", "content"),
                Objects.requireNonNull(text, "text")));
    }

    /**
     * @param from the earliest publication time included, or null
     * @param to   the first publication time excluded, or null (pass now for posts already out)
     * @return this query
     */
    public BlogPostQuery publishedBetween(Instant from, Instant to) {
        return whereBetween("publishedAt", from, to);
    }
}
