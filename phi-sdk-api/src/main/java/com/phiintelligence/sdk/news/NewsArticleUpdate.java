package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.internal.Checks;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Changes to an article; fields not set are kept.
 *
 * @param sourceId    the new source key (null detaches the article from any source)
 * @param title       the new headline
 * @param url         the new address; must stay unique
 * @param excerpt     the new summary (null clears it)
 * @param content     the new text (null clears it)
 * @param author      the new author (null clears it)
 * @param publishedAt the new publication time (null clears it)
 * @param category    the new topic (null clears it)
 * @param tags        the new tags (null or empty clears them)
 * @param imageUrl    the new picture address (null clears it)
 * @param readTime    the new reading time (null clears it)
 * @param featured    whether it is highlighted
 * @param fetchStatus the new fetch status
 */
public record NewsArticleUpdate(
        Change<String> sourceId,
        Change<String> title,
        Change<String> url,
        Change<String> excerpt,
        Change<String> content,
        Change<String> author,
        Change<Instant> publishedAt,
        Change<ArticleCategory> category,
        Change<List<String>> tags,
        Change<String> imageUrl,
        Change<String> readTime,
        Change<Boolean> featured,
        Change<FetchStatus> fetchStatus) {

    /** Checks the rules of the fields that are set; tags set to null become empty. */
    public NewsArticleUpdate {
        Checks.nonNull(sourceId, "sourceId");
        Checks.nonNull(title, "title");
        Checks.nonNull(url, "url");
        Checks.nonNull(excerpt, "excerpt");
        Checks.nonNull(content, "content");
        Checks.nonNull(author, "author");
        Checks.nonNull(publishedAt, "publishedAt");
        Checks.nonNull(category, "category");
        Checks.nonNull(tags, "tags");
        Checks.nonNull(imageUrl, "imageUrl");
        Checks.nonNull(readTime, "readTime");
        Checks.nonNull(featured, "featured");
        Checks.nonNull(fetchStatus, "fetchStatus");
        sourceId.ifSet(v -> NewsChecks.optionalNotBlank(v, "sourceId"));
        title.ifSet(v -> Checks.notBlank(v, "title"));
        url.ifSet(v -> NewsChecks.httpUrl(v, "url"));
        if (tags.isSet()) {
            tags = Change.to(Checks.list(tags.value(), "tags"));
        }
        imageUrl.ifSet(v -> NewsChecks.optionalHttpUrl(v, "imageUrl"));
        featured.ifSet(v -> Checks.required(v, "featured"));
        fetchStatus.ifSet(v -> Checks.required(v, "fetchStatus"));
        publishedAt.ifSet(v -> Checks.instant(v, "publishedAt"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewsArticleUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> sourceId = Change.keep();
        private Change<String> title = Change.keep();
        private Change<String> url = Change.keep();
        private Change<String> excerpt = Change.keep();
        private Change<String> content = Change.keep();
        private Change<String> author = Change.keep();
        private Change<Instant> publishedAt = Change.keep();
        private Change<ArticleCategory> category = Change.keep();
        private Change<List<String>> tags = Change.keep();
        private Change<String> imageUrl = Change.keep();
        private Change<String> readTime = Change.keep();
        private Change<Boolean> featured = Change.keep();
        private Change<FetchStatus> fetchStatus = Change.keep();

        private Builder() {
        }

        /**
         * @param v the new source key, or null to detach the article
         * @return this builder
         */
        public Builder sourceId(String v) {
            sourceId = Change.to(v);
            return this;
        }

        /**
         * @param v the new headline
         * @return this builder
         */
        public Builder title(String v) {
            title = Change.to(v);
            return this;
        }

        /**
         * @param v the new address
         * @return this builder
         */
        public Builder url(String v) {
            url = Change.to(v);
            return this;
        }

        /**
         * @param v the new summary, or null to clear it
         * @return this builder
         */
        public Builder excerpt(String v) {
            excerpt = Change.to(v);
            return this;
        }

        /**
         * @param v the new text, or null to clear it
         * @return this builder
         */
        public Builder content(String v) {
            content = Change.to(v);
            return this;
        }

        /**
         * @param v the new author, or null to clear it
         * @return this builder
         */
        public Builder author(String v) {
            author = Change.to(v);
            return this;
        }

        /**
         * @param v the new publication time, or null to clear it
         * @return this builder
         */
        public Builder publishedAt(Instant v) {
            publishedAt = Change.to(v);
            return this;
        }

        /**
         * @param v the new topic, or null to clear it
         * @return this builder
         */
        public Builder category(ArticleCategory v) {
            category = Change.to(v);
            return this;
        }

        /**
         * @param v the new tags, or null or empty to clear them
         * @return this builder
         */
        public Builder tags(List<String> v) {
            tags = Change.to(v);
            return this;
        }

        /**
         * @param v the new tags; none clears them
         * @return this builder
         */
        public Builder tags(String... v) {
            tags = Change.to(v == null ? null : Arrays.asList(v.clone()));
            return this;
        }

        /**
         * @param v the new picture address, or null to clear it
         * @return this builder
         */
        public Builder imageUrl(String v) {
            imageUrl = Change.to(v);
            return this;
        }

        /**
         * @param v the new reading time, or null to clear it
         * @return this builder
         */
        public Builder readTime(String v) {
            readTime = Change.to(v);
            return this;
        }

        /**
         * @param v whether it is highlighted
         * @return this builder
         */
        public Builder featured(boolean v) {
            featured = Change.to(v);
            return this;
        }

        /**
         * @param v the new fetch status
         * @return this builder
         */
        public Builder fetchStatus(FetchStatus v) {
            fetchStatus = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public NewsArticleUpdate build() {
            return new NewsArticleUpdate(sourceId, title, url, excerpt, content, author, publishedAt, category, tags,
                    imageUrl, readTime, featured, fetchStatus);
        }
    }
}
