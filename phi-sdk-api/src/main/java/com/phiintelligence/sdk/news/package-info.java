/**
 * The AI news aggregator's data: the feeds it reads ({@code news_sources},
 * {@link com.phiintelligence.sdk.news.NewsSourceRepository}), the articles it stores
 * ({@code news_articles}, {@link com.phiintelligence.sdk.news.NewsArticleRepository}, one row per
 * URL) and the record of every fetch attempt ({@code news_fetch_logs},
 * {@link com.phiintelligence.sdk.news.NewsFetchLogRepository}). A source's API key is a secret: it is
 * masked in every {@code toString()} and never logged.
 */
package com.phiintelligence.sdk.news;
