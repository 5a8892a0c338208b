package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Repository;

/**
 * The record of every fetch attempt of the news aggregator, table {@code news_fetch_logs}.
 * Thread-safe. An update is checked as a whole: the row as it would be after the change must obey
 * the rules of {@link NewNewsFetchLog}, else nothing is written.
 */
public interface NewsFetchLogRepository
        extends Repository<NewsFetchLog, String, NewNewsFetchLog, NewsFetchLogUpdate, NewsFetchLogQuery> {
}
