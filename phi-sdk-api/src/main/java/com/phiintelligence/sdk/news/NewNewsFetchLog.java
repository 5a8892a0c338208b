package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.internal.Checks;
import com.phiintelligence.sdk.internal.FetchLogRules;

/**
 * The record of one fetch attempt to write; every attempt writes one, failures included. Key and
 * creation time are set by the SDK.
 *
 * @param sourceId            the key of the source fetched, nullable; when given it must exist
 * @param status              how the fetch went, required
 * @param articlesFound       the number of items in the feed, not negative
 * @param articlesProcessed   the number of new articles stored, not negative and not more than
 *                            {@code articlesFound}
 * @param errorMessage        why it failed, required (not blank) when the status is
 *                            {@link FetchLogStatus#FAILED}, otherwise nullable
 * @param fetchDurationMillis how long the fetch took, in milliseconds, nullable, not negative
 */
public record NewNewsFetchLog(String sourceId, FetchLogStatus status, int articlesFound, int articlesProcessed,
                              String errorMessage, Integer fetchDurationMillis) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewNewsFetchLog {
        NewsChecks.optionalNotBlank(sourceId, "sourceId");
        Checks.required(status, "status");
        FetchLogRules.check(status, articlesFound, articlesProcessed, errorMessage, fetchDurationMillis);
    }

    /** @return an empty builder; counts start at 0 */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewNewsFetchLog}; not thread-safe. */
    public static final class Builder {
        private String sourceId;
        private FetchLogStatus status;
        private int articlesFound;
        private int articlesProcessed;
        private String errorMessage;
        private Integer fetchDurationMillis;

        private Builder() {
        }

        /**
         * @param sourceId the key of the source fetched
         * @return this builder
         */
        public Builder sourceId(String sourceId) {
            this.sourceId = sourceId;
            return this;
        }

        /**
         * @param status how the fetch went
         * @return this builder
         */
        public Builder status(FetchLogStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param articlesFound the number of items in the feed
         * @return this builder
         */
        public Builder articlesFound(int articlesFound) {
            this.articlesFound = articlesFound;
            return this;
        }

        /**
         * @param articlesProcessed the number of new articles stored
         * @return this builder
         */
        public Builder articlesProcessed(int articlesProcessed) {
            this.articlesProcessed = articlesProcessed;
            return this;
        }

        /**
         * @param errorMessage why the fetch failed
         * @return this builder
         */
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        /**
         * @param fetchDurationMillis how long the fetch took, in milliseconds
         * @return this builder
         */
        public Builder fetchDurationMillis(Integer fetchDurationMillis) {
            this.fetchDurationMillis = fetchDurationMillis;
            return this;
        }

        /** @return the checked command */
        public NewNewsFetchLog build() {
            return new NewNewsFetchLog(sourceId, status, articlesFound, articlesProcessed, errorMessage,
                    fetchDurationMillis);
        }
    }
}
