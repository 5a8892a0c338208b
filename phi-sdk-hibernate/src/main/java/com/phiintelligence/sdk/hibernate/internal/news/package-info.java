/**
 * The Hibernate implementation of the news repositories ({@code news_sources}, {@code news_articles},
 * {@code news_fetch_logs}). Internal: not supported, may change in any release.
 */
package com.phiintelligence.sdk.hibernate.internal.news;
