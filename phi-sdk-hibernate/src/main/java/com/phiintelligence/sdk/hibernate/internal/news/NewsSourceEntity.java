package com.phiintelligence.sdk.hibernate.internal.news;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A row of {@code news_sources}; column names follow the attributes in snake case. Deliberately no
 * {@code toString()}: the default one cannot leak the API key into a log.
 */
@Entity(name = "NewsSource")
@Table(name = "news_sources")
public class NewsSourceEntity {
    @Id
    String id;
    String name;
    String type;
    String url;
    String rssUrl;
    String apiKey;
    LocalDateTime lastFetch;
    String status;
    Integer priority;
    LocalDateTime createdAt;

    /** For Hibernate. */
    protected NewsSourceEntity() {
    }

    static NewsSourceEntity empty() {
        return new NewsSourceEntity();
    }
}
