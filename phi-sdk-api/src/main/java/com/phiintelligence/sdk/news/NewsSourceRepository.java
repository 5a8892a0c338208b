package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Repository;

/**
 * The feeds of the news aggregator, table {@code news_sources}. Thread-safe. Deleting a source that
 * articles or fetch logs still reference is a {@link com.phiintelligence.sdk.error.ReferenceException}
 * (deactivate it instead).
 */
public interface NewsSourceRepository
        extends Repository<NewsSource, String, NewNewsSource, NewsSourceUpdate, NewsSourceQuery> {

    /**
     * Returns the source with the command's name, creating it from the command when there is none:
     * how a service registers the feeds it needs at every start. Registrations of one name through
     * the SDK take turns, so instances starting together make one row (the table has no unique key
     * on the name: a writer outside the SDK can still add another). When several sources already
     * have the name, the oldest is returned. An existing source is returned as it is: the command's
     * other values do not change it.
     *
     * @param source the source to register
     * @return the source found or created
     */
    NewsSource findOrCreate(NewNewsSource source);
}
