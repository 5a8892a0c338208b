package com.phiintelligence.sdk.news;

import java.time.Instant;

/**
 * A feed the news aggregator reads: one row of {@code news_sources}. Immutable. Components documented
 * as nullable are null when the column is; vocabulary components are null only for legacy rows that
 * stored no value.
 *
 * <p>{@link #apiKey()} is a secret: {@link #toString()} shows {@code ****} in its place, and the SDK
 * never logs it.
 *
 * @param id        the key (a UUID as text)
 * @param name      the name shown to readers, for example {@code arXiv cs.AI}
 * @param type      what kind of publication it is
 * @param url       the site's address
 * @param rssUrl    the feed's address, nullable (a source without a feed is not fetched)
 * @param apiKey    the key of the source's API, a secret, nullable
 * @param lastFetch when the aggregator last tried to fetch it, successfully or not, nullable
 * @param status    whether it is fetched ({@link SourceStatus#ACTIVE}) or not
 * @param priority  how important it is; {@link SourcePriority#HIGH} comes first
 * @param createdAt when it was added
 */
public record NewsSource(
        String id,
        String name,
        SourceType type,
        String url,
        String rssUrl,
        String apiKey,
        Instant lastFetch,
        SourceStatus status,
        SourcePriority priority,
        Instant createdAt) {

    /**
     * The aggregator's rule: a source is fetched when its status is active and it has a feed.
     *
     * @return whether the aggregator fetches this source
     */
    public boolean isFetchable() {
        return status != null && status.isFetched() && rssUrl != null;
    }

    /**
     * @return the components, with {@code ****} in place of the API key and of the feed URL's query,
     *         which may carry a key too
     */
    @Override
    public String toString() {
        String shownRssUrl = rssUrl == null ? null : rssUrl.replaceFirst("\\?.*", "?****");
        return "NewsSource[id=" + id + ", name=" + name + ", type=" + type + ", url=" + url + ", rssUrl=" + shownRssUrl
                + ", apiKey=" + NewsChecks.mask(apiKey) + ", lastFetch=" + lastFetch + ", status=" + status
                + ", priority=" + priority + ", createdAt=" + createdAt + "]";
    }
}
