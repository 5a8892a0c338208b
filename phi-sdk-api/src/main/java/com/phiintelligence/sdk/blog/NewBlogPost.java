package com.phiintelligence.sdk.blog;

import com.phiintelligence.sdk.internal.Checks;
import java.time.Instant;
import java.util.List;

/**
 * A post to publish. The SDK sets the key and the reading time ({@code ceil(words / 200)} minutes,
 * at least 1, from the content). Without a slug, the SDK derives one from the title (lower case,
 * accents removed, other characters turned to hyphens) and makes it unique with a numeric suffix
 * ({@code -2}, {@code -3}, ...); a slug given explicitly that is already taken is a
 * {@link com.phiintelligence.sdk.error.ConflictException}.
 *
 * @param title       the title, required
 * @param slug        the URL path segment, or null to derive it from the title
 * @param excerpt     the teaser, required
 * @param content     the body, required
 * @param author      who wrote it, required
 * @param publishedAt when it is published; null means now
 * @param tags        the tags; null means none; no null elements
 * @param featured    whether the post is featured
 */
public record NewBlogPost(String title, String slug, String excerpt, String content, String author,
                          Instant publishedAt, List<String> tags, boolean featured) {

    /** Checks the rules; a broken one is a {@link com.phiintelligence.sdk.error.ValidationException}. */
    public NewBlogPost {
        Checks.notBlank(title, "title");
        if (slug != null) {
            SlugRules.check(slug);
        }
        Checks.notBlank(excerpt, "excerpt");
        Checks.notBlank(content, "content");
        Checks.notBlank(author, "author");
        tags = Checks.list(tags, "tags");
        Checks.instant(publishedAt, "publishedAt");
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewBlogPost}; not thread-safe. */
    public static final class Builder {
        private String title;
        private String slug;
        private String excerpt;
        private String content;
        private String author;
        private Instant publishedAt;
        private List<String> tags;
        private boolean featured;

        private Builder() {
        }

        /** @param v the title @return this builder */
        public Builder title(String v) {
            title = v;
            return this;
        }

        /** @param v the URL path segment, or null to derive it from the title @return this builder */
        public Builder slug(String v) {
            slug = v;
            return this;
        }

        /** @param v the teaser @return this builder */
        public Builder excerpt(String v) {
            excerpt = v;
            return this;
        }

        /** @param v the body @return this builder */
        public Builder content(String v) {
            content = v;
            return this;
        }

        /** @param v who wrote it @return this builder */
        public Builder author(String v) {
            author = v;
            return this;
        }

        /** @param v when it is published, or null for now @return this builder */
        public Builder publishedAt(Instant v) {
            publishedAt = v;
            return this;
        }

        /** @param v the tags @return this builder */
        public Builder tags(List<String> v) {
            tags = v;
            return this;
        }

        /** @param v whether the post is featured (default false) @return this builder */
        public Builder featured(boolean v) {
            featured = v;
            return this;
        }

        /** @return the checked command */
        public NewBlogPost build() {
            return new NewBlogPost(title, slug, excerpt, content, author, publishedAt, tags, featured);
        }
    }
}
