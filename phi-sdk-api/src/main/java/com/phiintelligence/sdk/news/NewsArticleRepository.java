package com.phiintelligence.sdk.news;

import com.phiintelligence.sdk.Repository;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The articles of the news aggregator, table {@code news_articles}. An article's URL is unique: one
 * row per article however many feeds or fetches carry it. Thread-safe.
 *
 * <p>{@link #create} of a URL already stored is a {@link com.phiintelligence.sdk.error.ConflictException}
 * and, like every failed statement, leaves an enclosing transaction unusable (PostgreSQL aborts it);
 * the aggregator's "store unless already stored" is {@link #createIfAbsent}, which does neither.
 */
public interface NewsArticleRepository
        extends Repository<NewsArticle, String, NewNewsArticle, NewsArticleUpdate, NewsArticleQuery> {

    /**
     * Stores the article unless one with the same URL is already stored. Safe under concurrency:
     * of many callers racing with the same URL exactly one stores it, the others get empty; a URL
     * already taken never throws and never aborts an enclosing transaction.
     *
     * @param command the article
     * @return the article as stored, or empty when its URL was already taken (the stored article is
     *         left as it is)
     * @throws com.phiintelligence.sdk.error.ReferenceException when the source it names does not exist
     */
    Optional<NewsArticle> createIfAbsent(NewNewsArticle command);

    /**
     * Which of the given URLs are already stored: lets the aggregator skip known items before it
     * fetches their pages. For the insert itself use {@link #createIfAbsent}, which is race-free.
     *
     * @param urls the URLs to look up, no null elements; may be empty or large (looked up in chunks)
     * @return the URLs among them that some article has, compared exactly; an unmodifiable set
     */
    Set<String> existingUrls(Collection<String> urls);

    /**
     * Counts all articles (archived included) per source.
     *
     * @return an unmodifiable map from source key to number of articles, largest count first;
     *         articles without a source are counted under the key {@code null} (absent when there are
     *         none); sources without articles are absent
     */
    Map<String, Long> countBySource();

    /**
     * Counts all articles (archived included) per category.
     *
     * @return an unmodifiable map from category to number of articles, largest count first; articles
     *         without a category are counted under the key {@code null} (absent when there are none);
     *         unknown legacy categories have keys of their own; categories without articles are absent
     */
    Map<ArticleCategory, Long> countByCategory();
}
