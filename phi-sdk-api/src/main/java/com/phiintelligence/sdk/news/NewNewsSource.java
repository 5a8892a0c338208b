package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.internal.Checks;

/**
 * A news source to add. Key and creation time are set by the SDK; {@code lastFetch} starts empty and
 * is set with {@link NewsSourceUpdate} after each fetch. {@link #toString()} masks the API key.
 *
 * @param name     the name shown to readers, required, not blank
 * @param type     what kind of publication it is, required
 * @param url      the site's address, required, an absolute http(s) URL
 * @param rssUrl   the feed's address, nullable; when given an absolute http(s) URL
 * @param apiKey   the key of the source's API, a secret, nullable; when given not blank
 * @param status   whether it is fetched; null means {@link SourceStatus#ACTIVE}
 * @param priority how important it is; null means {@link SourcePriority#HIGH}, as the schema's default
 */
public record NewNewsSource(String name, SourceType type, String url, String rssUrl, String apiKey,
                            SourceStatus status, SourcePriority priority) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewNewsSource {
        Checks.notBlank(name, "name");
        Checks.required(type, "type");
        NewsChecks.httpUrl(url, "url");
        NewsChecks.optionalHttpUrl(rssUrl, "rssUrl");
        NewsChecks.optionalNotBlank(apiKey, "apiKey");
        if (status == null) {
            status = SourceStatus.ACTIVE;
        }
        if (priority == null) {
            priority = SourcePriority.HIGH;
        }
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the components, with {@code ****} in place of the API key */
    @Override
    public String toString() {
        return "NewNewsSource[name=" + name + ", type=" + type + ", url=" + url + ", rssUrl=" + rssUrl
                + ", apiKey=" + NewsChecks.mask(apiKey) + ", status=" + status + ", priority=" + priority + "]";
    }

    /** Builds a {@link NewNewsSource}; not thread-safe. */
    public static final class Builder {
        private String name;
        private SourceType type;
        private String url;
        private String rssUrl;
        private String apiKey;
        private SourceStatus status;
        private SourcePriority priority;

        private Builder() {
        }

        /**
         * @param name the name shown to readers
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param type what kind of publication it is
         * @return this builder
         */
        public Builder type(SourceType type) {
            this.type = type;
            return this;
        }

        /**
         * @param url the site's address
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * @param rssUrl the feed's address
         * @return this builder
         */
        public Builder rssUrl(String rssUrl) {
            this.rssUrl = rssUrl;
            return this;
        }

        /**
         * @param apiKey the key of the source's API (a secret)
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * @param status whether it is fetched
         * @return this builder
         */
        public Builder status(SourceStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param priority how important it is
         * @return this builder
         */
        public Builder priority(SourcePriority priority) {
            this.priority = priority;
            return this;
        }

        /** @return the checked command */
        public NewNewsSource build() {
            return new NewNewsSource(name, type, url, rssUrl, apiKey, status, priority);
        }
    }
}
