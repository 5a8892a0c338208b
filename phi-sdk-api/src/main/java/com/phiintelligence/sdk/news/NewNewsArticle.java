package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.internal.Checks;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An article to store. Key and creation time are set by the SDK.
 *
 * @param sourceId    the key of the source it came from, nullable; when given it must exist
 * @param title       the headline, required, not blank
 * @param url         the article's address, required, an absolute http(s) URL, unique over all articles
 * @param excerpt     a short summary, nullable
 * @param content     the text, nullable
 * @param author      who wrote it, nullable
 * @param publishedAt when the publisher published it, nullable; stored to the microsecond
 * @param category    its topic, nullable
 * @param tags        its tags; null means none; no null elements
 * @param imageUrl    the address of its picture, nullable; when given an absolute http(s) URL
 * @param readTime    the reading time as shown, for example {@code 5 min read}, nullable
 * @param featured    whether it is highlighted
 * @param fetchStatus where it stands; null means {@link FetchStatus#PENDING}
 */
public record NewNewsArticle(
        String sourceId,
        String title,
        String url,
        String excerpt,
        String content,
        String author,
        Instant publishedAt,
        ArticleCategory category,
        List<String> tags,
        String imageUrl,
        String readTime,
        boolean featured,
        FetchStatus fetchStatus) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewNewsArticle {
        NewsChecks.optionalNotBlank(sourceId, "sourceId");
        Checks.notBlank(title, "title");
        NewsChecks.httpUrl(url, "url");
        tags = Checks.list(tags, "tags");
        NewsChecks.optionalHttpUrl(imageUrl, "imageUrl");
        if (fetchStatus == null) {
            fetchStatus = FetchStatus.PENDING;
        }
        Checks.instant(publishedAt, "publishedAt");
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewNewsArticle}; not thread-safe. */
    public static final class Builder {
        private String sourceId;
        private String title;
        private String url;
        private String excerpt;
        private String content;
        private String author;
        private Instant publishedAt;
        private ArticleCategory category;
        private List<String> tags;
        private String imageUrl;
        private String readTime;
        private boolean featured;
        private FetchStatus fetchStatus;

        private Builder() {
        }

        /**
         * @param sourceId the key of the source it came from
         * @return this builder
         */
        public Builder sourceId(String sourceId) {
            this.sourceId = sourceId;
            return this;
        }

        /**
         * @param title the headline
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param url the article's address
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * @param excerpt a short summary
         * @return this builder
         */
        public Builder excerpt(String excerpt) {
            this.excerpt = excerpt;
            return this;
        }

        /**
         * @param content the text
         * @return this builder
         */
        public Builder content(String content) {
            this.content = content;
            return this;
        }

        /**
         * @param author who wrote it
         * @return this builder
         */
        public Builder author(String author) {
            this.author = author;
            return this;
        }

        /**
         * @param publishedAt when it was published
         * @return this builder
         */
        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        /**
         * @param category its topic
         * @return this builder
         */
        public Builder category(ArticleCategory category) {
            this.category = category;
            return this;
        }

        /**
         * @param tags its tags
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * @param tags its tags
         * @return this builder
         */
        public Builder tags(String... tags) {
            // Arrays.asList keeps null elements, so that the command reports them as a rule broken.
            this.tags = tags == null ? null : Arrays.asList(tags.clone());
            return this;
        }

        /**
         * @param imageUrl the address of its picture
         * @return this builder
         */
        public Builder imageUrl(String imageUrl) {
            this.imageUrl = imageUrl;
            return this;
        }

        /**
         * @param readTime the reading time as shown
         * @return this builder
         */
        public Builder readTime(String readTime) {
            this.readTime = readTime;
            return this;
        }

        /**
         * @param featured whether it is highlighted
         * @return this builder
         */
        public Builder featured(boolean featured) {
            this.featured = featured;
            return this;
        }

        /**
         * @param fetchStatus where it stands
         * @return this builder
         */
        public Builder fetchStatus(FetchStatus fetchStatus) {
            this.fetchStatus = fetchStatus;
            return this;
        }

        /** @return the checked command */
        public NewNewsArticle build() {
            return new NewNewsArticle(sourceId, title, url, excerpt, content, author, publishedAt, category, tags,
                    imageUrl, readTime, featured, fetchStatus);
        }
    }
}
