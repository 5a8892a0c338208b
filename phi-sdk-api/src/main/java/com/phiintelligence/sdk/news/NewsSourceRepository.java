package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Repository;

/**
 * The feeds of the news aggregator, table {@code news_sources}. Thread-safe. Deleting a source that
 * articles or fetch logs still reference is a {@link com.phiintelligence.sdk.error.ReferenceException}
 * (deactivate it instead).
 */
public interface NewsSourceRepository
        extends Repository<NewsSource, String, NewNewsSource, NewsSourceUpdate, NewsSourceQuery> {
}
