package com.phiintelligence.sdk.hibernate.internal.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code blog_posts}; column names follow the attributes in snake case. */
@Entity(name = "BlogPost")
@Table(name = "blog_posts")
public class BlogPostEntity {
    @Id
    String id;
    String title;
    String slug;
    String excerpt;
    String content;
    String author;
    LocalDateTime publishedAt;
    String readTime;
    String[] tags;
    Boolean featured;

    /** For Hibernate. */
    protected BlogPostEntity() {
    }

    static BlogPostEntity empty() {
        return new BlogPostEntity();
    }
}
