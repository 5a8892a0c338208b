package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.internal.Checks;

/**
 * Changes to a fetch log; fields not set are kept. Each field's own rules are checked here. The rules
 * that join fields are checked by the repository, before anything is written, on the row as the
 * update would leave it, when the update touches them: processed not above found (when either count
 * is set), an error message for a failed fetch (when the status or the message is set).
 *
 * @param sourceId            the new source key (null detaches the log from any source)
 * @param status              the new status
 * @param articlesFound       the new number of items in the feed
 * @param articlesProcessed   the new number of new articles stored
 * @param errorMessage        the new error message (null clears it)
 * @param fetchDurationMillis the new duration in milliseconds (null clears it)
 */
public record NewsFetchLogUpdate(
        Change<String> sourceId,
        Change<FetchLogStatus> status,
        Change<Integer> articlesFound,
        Change<Integer> articlesProcessed,
        Change<String> errorMessage,
        Change<Integer> fetchDurationMillis) {

    /** Checks the rules of the fields that are set. */
    public NewsFetchLogUpdate {
        Checks.nonNull(sourceId, "sourceId");
        Checks.nonNull(status, "status");
        Checks.nonNull(articlesFound, "articlesFound");
        Checks.nonNull(articlesProcessed, "articlesProcessed");
        Checks.nonNull(errorMessage, "errorMessage");
        Checks.nonNull(fetchDurationMillis, "fetchDurationMillis");
        sourceId.ifSet(v -> NewsChecks.optionalNotBlank(v, "sourceId"));
        status.ifSet(v -> Checks.required(v, "status"));
        articlesFound.ifSet(v -> Checks.notNegative(Checks.required(v, "articlesFound"), "articlesFound"));
        articlesProcessed.ifSet(v -> Checks.notNegative(Checks.required(v, "articlesProcessed"), "articlesProcessed"));
        fetchDurationMillis.ifSet(v -> Checks.notNegative(v, "fetchDurationMillis"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewsFetchLogUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> sourceId = Change.keep();
        private Change<FetchLogStatus> status = Change.keep();
        private Change<Integer> articlesFound = Change.keep();
        private Change<Integer> articlesProcessed = Change.keep();
        private Change<String> errorMessage = Change.keep();
        private Change<Integer> fetchDurationMillis = Change.keep();

        private Builder() {
        }

        /**
         * @param v the new source key, or null to detach the log
         * @return this builder
         */
        public Builder sourceId(String v) {
            sourceId = Change.to(v);
            return this;
        }

        /**
         * @param v the new status
         * @return this builder
         */
        public Builder status(FetchLogStatus v) {
            status = Change.to(v);
            return this;
        }

        /**
         * @param v the new number of items in the feed
         * @return this builder
         */
        public Builder articlesFound(int v) {
            articlesFound = Change.to(v);
            return this;
        }

        /**
         * @param v the new number of new articles stored
         * @return this builder
         */
        public Builder articlesProcessed(int v) {
            articlesProcessed = Change.to(v);
            return this;
        }

        /**
         * @param v the new error message, or null to clear it
         * @return this builder
         */
        public Builder errorMessage(String v) {
            errorMessage = Change.to(v);
            return this;
        }

        /**
         * @param v the new duration in milliseconds, or null to clear it
         * @return this builder
         */
        public Builder fetchDurationMillis(Integer v) {
            fetchDurationMillis = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public NewsFetchLogUpdate build() {
            return new NewsFetchLogUpdate(sourceId, status, articlesFound, articlesProcessed, errorMessage,
                    fetchDurationMillis);
        }
    }
}
