package com.phiintelligence.sdk.newsfeed;

import com.phiintelligence.sdk.news.FetchLogStatus;
import java.time.Duration;
import java.util.Objects;

/**
 * What one fetch of one news source did; the same facts are stored as its {@code news_fetch_logs}
 * row.
 *
 * @param sourceId   the source
 * @param sourceName its name, for reports
 * @param status     success, partial (some items failed) or failed (the feed could not be fetched or
 *                   parsed)
 * @param found      items in the feed, including those that could not be stored
 * @param stored     new articles stored
 * @param duplicates items whose URL was already stored
 * @param failed     items that could not be stored (no link, a rule broken)
 * @param error      why the fetch failed or which items failed, or null
 * @param duration   how long the fetch took
 */
public record FetchReport(String sourceId, String sourceName, FetchLogStatus status, int found, int stored,
                          int duplicates, int failed, String error, Duration duration) {

    /** Checks the components. */
    public FetchReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(duration, "duration");
    }
}
