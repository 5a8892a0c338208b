package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Repository;

/**
 * The record of every fetch attempt of the news aggregator, table {@code news_fetch_logs}.
 * Thread-safe. An update is checked as a whole (see {@link NewsFetchLogUpdate}): a change that would
 * leave the row breaking a rule of {@link NewNewsFetchLog} is a
 * {@link com.phiintelligence.sdk.error.ValidationException} and writes nothing.
 */
public interface NewsFetchLogRepository
        extends Repository<NewsFetchLog, String, NewNewsFetchLog, NewsFetchLogUpdate, NewsFetchLogQuery> {
}
