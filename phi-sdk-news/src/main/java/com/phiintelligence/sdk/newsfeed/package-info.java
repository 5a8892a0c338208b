/**
 * Reading AI-news feeds: {@link com.phiintelligence.sdk.newsfeed.FeedFetcher} downloads a feed
 * document, {@link com.phiintelligence.sdk.newsfeed.FeedParser} reads RSS, RDF, Atom or JSON Feed
 * into a {@link com.phiintelligence.sdk.newsfeed.ParsedFeed} of
 * {@link com.phiintelligence.sdk.newsfeed.ParsedItem}s shaped like news article rows, and
 * {@link com.phiintelligence.sdk.newsfeed.OpmlReader} reads subscription lists.
 * {@link com.phiintelligence.sdk.newsfeed.FeedReader} joins fetching and parsing behind one
 * method for the code that stores articles.
 *
 * <p>Nothing here touches the database. Failures are
 * {@link com.phiintelligence.sdk.newsfeed.FeedFetchException} (the document could not be
 * downloaded) and {@link com.phiintelligence.sdk.newsfeed.FeedParseException} (it is not a
 * readable feed), both {@link com.phiintelligence.sdk.error.PhiException}s whose messages are fit
 * for a fetch log.
 *
 * <pre>{@code
 * FeedReader reader = FeedReader.of(FeedFetcher.create(), FeedParser.create());
 * ParsedFeed feed = reader.read(URI.create("https://rss.arxiv.org/rss/cs.AI"));
 * for (ParsedItem item : feed.items()) { ... }
 * }</pre>
 *
 * <p>Every type in this package is immutable or stateless and thread-safe, except the builders.
 */
package com.phiintelligence.sdk.newsfeed;
