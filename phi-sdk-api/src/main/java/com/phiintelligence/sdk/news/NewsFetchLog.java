package com.phiintelligence.sdk.news;

import java.time.Instant;

/**
 * The record of one fetch attempt of a source: one row of {@code news_fetch_logs}. Immutable.
 * Components documented as nullable are null when the column is; the status is null only for
 * legacy rows that stored no value, the counts only for legacy rows that stored NULL.
 *
 * @param id                  the key (a UUID as text)
 * @param sourceId            the key of the {@link NewsSource} fetched, nullable
 * @param status              how the fetch went
 * @param articlesFound       the number of items in the feed
 * @param articlesProcessed   the number of new articles stored
 * @param errorMessage        why the fetch failed or what part of it failed, nullable
 * @param fetchDurationMillis how long the fetch took, in milliseconds, nullable
 *                            (column {@code fetch_duration})
 * @param createdAt           when the attempt was logged
 */
public record NewsFetchLog(
        String id,
        String sourceId,
        FetchLogStatus status,
        Integer articlesFound,
        Integer articlesProcessed,
        String errorMessage,
        Integer fetchDurationMillis,
        Instant createdAt) {
}
