package com.phiintelligence.sdk.blog;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.internal.Checks;
import java.time.Instant;
import java.util.List;

/**
 * Changes to a post; fields not set are kept. A new title does not change the slug (links to the
 * post keep working); a new slug must be free ({@link com.phiintelligence.sdk.error.ConflictException}
 * otherwise). A new content recomputes the reading time.
 *
 * @param title       the new title
 * @param slug        the new slug
 * @param excerpt     the new teaser
 * @param content     the new body
 * @param author      the new author
 * @param publishedAt the new publication time (null clears it)
 * @param tags        the new tags (null clears them to none)
 * @param featured    whether the post is featured from now on
 */
public record BlogPostUpdate(Change<String> title, Change<String> slug, Change<String> excerpt, Change<String> content,
                             Change<String> author, Change<Instant> publishedAt, Change<List<String>> tags,
                             Change<Boolean> featured) {

    /** Checks the rules of the fields that are set and copies the tags. */
    public BlogPostUpdate {
        Checks.nonNull(title, "title");
        Checks.nonNull(slug, "slug");
        Checks.nonNull(excerpt, "excerpt");
        Checks.nonNull(content, "content");
        Checks.nonNull(author, "author");
        Checks.nonNull(publishedAt, "publishedAt");
        Checks.nonNull(tags, "tags");
        Checks.nonNull(featured, "featured");
        title.ifSet(v -> Checks.notBlank(v, "title"));
        slug.ifSet(SlugRules::check);
        excerpt.ifSet(v -> Checks.notBlank(v, "excerpt"));
        content.ifSet(v -> Checks.notBlank(v, "content"));
        author.ifSet(v -> Checks.notBlank(v, "author"));
        if (tags.isSet()) {
            tags = Change.to(Checks.list(tags.value(), "tags"));
        }
        featured.ifSet(v -> Checks.required(v, "featured"));
        publishedAt.ifSet(v -> Checks.instant(v, "publishedAt"));
    }

    /** @return a builder that keeps every field */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BlogPostUpdate}; not thread-safe. */
    public static final class Builder {
        private Change<String> title = Change.keep();
        private Change<String> slug = Change.keep();
        private Change<String> excerpt = Change.keep();
        private Change<String> content = Change.keep();
        private Change<String> author = Change.keep();
        private Change<Instant> publishedAt = Change.keep();
        private Change<List<String>> tags = Change.keep();
        private Change<Boolean> featured = Change.keep();

        private Builder() {
        }

        /** @param v the new title @return this builder */
        public Builder title(String v) {
            title = Change.to(v);
            return this;
        }

        /** @param v the new slug @return this builder */
        public Builder slug(String v) {
            slug = Change.to(v);
            return this;
        }

        /** @param v the new teaser @return this builder */
        public Builder excerpt(String v) {
            excerpt = Change.to(v);
            return this;
        }

        /** @param v the new body @return this builder */
        public Builder content(String v) {
            content = Change.to(v);
            return this;
        }

        /** @param v the new author @return this builder */
        public Builder author(String v) {
            author = Change.to(v);
            return this;
        }

        /** @param v the new publication time, or null to clear it @return this builder */
        public Builder publishedAt(Instant v) {
            publishedAt = Change.to(v);
            return this;
        }

        /** @param v the new tags, or null for none @return this builder */
        public Builder tags(List<String> v) {
            tags = Change.to(v);
            return this;
        }

        /** @param v whether the post is featured @return this builder */
        public Builder featured(boolean v) {
            featured = Change.to(v);
            return this;
        }

        /** @return the checked command */
        public BlogPostUpdate build() {
            return new BlogPostUpdate(title, slug, excerpt, content, author, publishedAt, tags, featured);
        }
    }
}
