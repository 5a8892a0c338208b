package com.phiintelligence.sdk.hibernate.internal.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A row of {@code news_fetch_logs}; column names follow the attributes in snake case, except
 * {@code fetchDurationMillis}, whose column is {@code fetch_duration} (the attribute names the unit).
 */
@Entity(name = "NewsFetchLog")
@Table(name = "news_fetch_logs")
public class NewsFetchLogEntity {
    @Id
    String id;
    String sourceId;
    String status;
    Integer articlesFound;
    Integer articlesProcessed;
    String errorMessage;
    @Column(name = "fetch_duration")
    Integer fetchDurationMillis;
    LocalDateTime createdAt;

    /** For Hibernate. */
    protected NewsFetchLogEntity() {
    }

    static NewsFetchLogEntity empty() {
        return new NewsFetchLogEntity();
    }
}
