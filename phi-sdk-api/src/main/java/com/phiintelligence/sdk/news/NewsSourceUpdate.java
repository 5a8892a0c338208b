package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.internal.Checks;
import java.time.Instant;

/**
 * Changes to a news source; fields not set are kept. The aggregator sets {@code lastFetch} after
 * every fetch attempt, failures included. {@link #toString()} masks the API key.
 *
 * @param name      the new name
 * @param type      the new type
 * @param url       the new site address
 * @param rssUrl    the new feed address (null clears it, and the source is no longer fetched)
 * @param apiKey    the new API key, a secret (null clears it)
 * @param lastFetch the new time of the last fetch attempt (null clears it)
 * @param status    the new status
 * @param priority  the new priority
 */
public record NewsSourceUpdate(
        Change<String> name,
        Change<SourceType> type,
        Change<String> url,
        Change<String> rssUrl,
        Change<String> apiKey,
        Change<Instant> lastFetch,
        Change<SourceStatus> status,
        Change<SourcePriority> priority) {

    /** Checks the rules of the fields that are set. */
    public NewsSourceUpdate {
        Checks.nonNull(name, "name");
        Checks.nonNull(type, "type");
        Checks.nonNull(url, "url");
        Checks.nonNull(rssUrl, "rssUrl");
        Checks.nonNull(apiKey, "apiKey");
        Checks.nonNull(lastFetch, "lastFetch");
        Checks.nonNull(status, "status");
        Checks.nonNull(priority, "priority");
        name.ifSet(v -> Checks.notBlank(v, "name"));
        type.ifSet(v -> Checks.required(v, "type"));
        url.ifSet(v -> NewsChecks.httpUrl(v, "url"));
        rssUrl.ifSet(v -> NewsChecks.optionalHttpUrl(v, "rssUrl"));
        apiKey.ifSet(v -> NewsChecks.optionalNotBlank(v, "apiKey"));
        status.ifSet(v -> Checks.required(v, "status"));
        priority.ifSet(v -> Checks.required(v, "priority"));
        lastFetch.ifSet(v -> Checks.instant(v, "lastFetch"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the changes, with {@code ****} in place of a new API key */
    @Override
    public String toString() {
        String key = apiKey.isSet() ? "to(" + NewsChecks.mask(apiKey.value()) + ")" : apiKey.toString();
        return "NewsSourceUpdate[name=" + name + ", type=" + type + ", url=" + url + ", rssUrl=" + rssUrl
                + ", apiKey=" + key + ", lastFetch=" + lastFetch + ", status=" + status + ", priority=" + priority + "]";
    }

    /** Builds a {@link NewsSourceUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> name = Change.keep();
        private Change<SourceType> type = Change.keep();
        private Change<String> url = Change.keep();
        private Change<String> rssUrl = Change.keep();
        private Change<String> apiKey = Change.keep();
        private Change<Instant> lastFetch = Change.keep();
        private Change<SourceStatus> status = Change.keep();
        private Change<SourcePriority> priority = Change.keep();

        private Builder() {
        }

        /**
         * @param v the new name
         * @return this builder
         */
        public Builder name(String v) {
            name = Change.to(v);
            return this;
        }

        /**
         * @param v the new type
         * @return this builder
         */
        public Builder type(SourceType v) {
            type = Change.to(v);
            return this;
        }

        /**
         * @param v the new site address
         * @return this builder
         */
        public Builder url(String v) {
            url = Change.to(v);
            return this;
        }

        /**
         * @param v the new feed address, or null to clear it
         * @return this builder
         */
        public Builder rssUrl(String v) {
            rssUrl = Change.to(v);
            return this;
        }

        /**
         * @param v the new API key (a secret), or null to clear it
         * @return this builder
         */
        public Builder apiKey(String v) {
            apiKey = Change.to(v);
            return this;
        }

        /**
         * @param v when the source was last fetched, or null to clear it
         * @return this builder
         */
        public Builder lastFetch(Instant v) {
            lastFetch = Change.to(v);
            return this;
        }

        /**
         * @param v the new status
         * @return this builder
         */
        public Builder status(SourceStatus v) {
            status = Change.to(v);
            return this;
        }

        /**
         * @param v the new priority
         * @return this builder
         */
        public Builder priority(SourcePriority v) {
            priority = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public NewsSourceUpdate build() {
            return new NewsSourceUpdate(name, type, url, rssUrl, apiKey, lastFetch, status, priority);
        }
    }
}
