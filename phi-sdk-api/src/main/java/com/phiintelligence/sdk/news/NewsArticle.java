package com.phiintelligence.sdk.news;

import java.time.Instant;
import java.util.List;

/**
 * An article the aggregator stored: one row of {@code news_articles}. Immutable. Components
 * documented as nullable are null when the column is; vocabulary components are null only for
 * legacy rows that stored no value.
 *
 * @param id          the key (a UUID as text)
 * @param sourceId    the key of the {@link NewsSource} it came from, nullable
 * @param title       the headline
 * @param url         the article's address; unique over all articles
 * @param excerpt     a short summary, nullable
 * @param content     the text, nullable
 * @param author      who wrote it, nullable
 * @param publishedAt when the publisher published it, nullable
 * @param category    its topic, nullable
 * @param tags        its tags in stored order, never null (empty when the column is NULL; NULL
 *                    elements of legacy arrays are left out)
 * @param imageUrl    the address of its picture, nullable
 * @param readTime    the reading time as shown, for example {@code 5 min read}, nullable
 * @param featured    whether it is highlighted; a NULL column reads as false
 * @param fetchStatus where it stands in the aggregator
 * @param createdAt   when it was stored
 */
public record NewsArticle(
        String id,
        String sourceId,
        String title,
        String url,
        String excerpt,
        String content,
        String author,
        Instant publishedAt,
        ArticleCategory category,
        List<String> tags,
        String imageUrl,
        String readTime,
        boolean featured,
        FetchStatus fetchStatus,
        Instant createdAt) {

    /** Copies the tags; null reads as empty. */
    public NewsArticle {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** @return whether public lists show it: its fetch status is known and not {@link FetchStatus#ARCHIVED} */
    public boolean isVisible() {
        return fetchStatus != null && fetchStatus.isKnown() && !fetchStatus.equals(FetchStatus.ARCHIVED);
    }
}
