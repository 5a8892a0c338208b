package com.phiintelligence.sdk.hibernate.internal.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A row of {@code news_articles}; column names follow the attributes in snake case, except
 * {@code featured}, whose column is {@code is_featured} (attributes carry the API's property names,
 * which queries filter and sort on). {@code tags} is the {@code text[]} column.
 */
@Entity(name = "NewsArticle")
@Table(name = "news_articles")
public class NewsArticleEntity {
    @Id
    String id;
    String sourceId;
    String title;
    String url;
    String excerpt;
    String content;
    String author;
    LocalDateTime publishedAt;
    String category;
    // The column is text[]. Hibernate maps String[] to varchar[] and casts the needle of
    // array_contains (Filter.Operator.ARRAY_CONTAINS) to that, and PostgreSQL has no
    // text[] @> varchar[] operator. An unbounded length makes the element type, hence the cast, text.
    @Column(length = Integer.MAX_VALUE)
    String[] tags;
    String imageUrl;
    String readTime;
    @Column(name = "is_featured")
    Boolean featured;
    String fetchStatus;
    LocalDateTime createdAt;

    /** For Hibernate. */
    protected NewsArticleEntity() {
    }

    static NewsArticleEntity empty() {
        return new NewsArticleEntity();
    }
}
