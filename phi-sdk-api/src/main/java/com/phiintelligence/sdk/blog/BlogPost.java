package com.phiintelligence.sdk.blog;

import java.time.Instant;
import java.util.List;

/**
 * A post of the blog: one row of {@code blog_posts}. Immutable.
 *
 * @param id          the key (a UUID as text)
 * @param title       the title
 * @param slug        the unique URL path segment, lower-case ASCII with hyphens
 * @param excerpt     the teaser shown in listings
 * @param content     the body
 * @param author      who wrote it
 * @param publishedAt when it was (or will be) published, nullable
 * @param readTime    the reading time as the website shows it, for example {@code 5 min read};
 *                    computed by the SDK from the content; null only for legacy rows
 * @param tags        the tags, in order; never null (empty when the column is null)
 * @param featured    whether the post is featured; a legacy row that stored no value reads as false
 */
public record BlogPost(String id, String title, String slug, String excerpt, String content, String author,
                       Instant publishedAt, String readTime, List<String> tags, boolean featured) {

    /** Copies the tags. */
    public BlogPost {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
