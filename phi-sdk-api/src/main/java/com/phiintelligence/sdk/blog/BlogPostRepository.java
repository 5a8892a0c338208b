package com.phiintelligence.sdk.blog;

import com.phiintelligence.sdk.Repository;
import java.util.Optional;

/** The posts of the blog, table {@code blog_posts}. Thread-safe. */
public interface BlogPostRepository extends Repository<BlogPost, String, NewBlogPost, BlogPostUpdate, BlogPostQuery> {

    /**
     * @param slug the exact slug
     * @return the post, or empty when there is none
     */
    Optional<BlogPost> findBySlug(String slug);
}
