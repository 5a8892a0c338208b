package com.phiintelligence.sdk.internal;

import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.news.FetchLogStatus;

/**
 * The rules a {@code news_fetch_logs} row obeys as a whole, checked on a new log and on the row as an
 * update would leave it. Internal: not part of the supported API.
 */
public final class FetchLogRules {
    private FetchLogRules() {
    }

    /**
     * Counts that are null (legacy rows) are not compared.
     *
     * @param status              the status, or null
     * @param articlesFound       the items in the feed, or null
     * @param articlesProcessed   the new articles stored, or null
     * @param errorMessage        the error message, or null
     * @param fetchDurationMillis the duration in milliseconds, or null
     * @throws ValidationException naming the first field that breaks a rule
     */
    public static void check(FetchLogStatus status, Integer articlesFound, Integer articlesProcessed,
                             String errorMessage, Integer fetchDurationMillis) {
        Checks.notNegative(articlesFound, "articlesFound");
        Checks.notNegative(articlesProcessed, "articlesProcessed");
        if (articlesFound != null && articlesProcessed != null && articlesProcessed > articlesFound) {
            throw new ValidationException("articlesProcessed", "must not exceed articlesFound");
        }
        if (FetchLogStatus.FAILED.equals(status) && (errorMessage == null || errorMessage.isBlank())) {
            throw new ValidationException("errorMessage", "is required when the status is failed");
        }
        Checks.notNegative(fetchDurationMillis, "fetchDurationMillis");
    }
}
