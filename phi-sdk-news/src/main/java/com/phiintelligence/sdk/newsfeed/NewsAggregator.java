package com.phiintelligence.sdk.newsfeed;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.error.DataAccessException;
import com.phiintelligence.sdk.error.PhiException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.internal.Checks;
import com.phiintelligence.sdk.news.FetchLogStatus;
import com.phiintelligence.sdk.news.FetchStatus;
import com.phiintelligence.sdk.news.NewNewsArticle;
import com.phiintelligence.sdk.news.NewNewsFetchLog;
import com.phiintelligence.sdk.news.NewsSource;
import com.phiintelligence.sdk.news.NewsSourceUpdate;
import com.phiintelligence.sdk.newsfeed.internal.Uris;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aggregates the platform's news sources into {@code news_articles}: fetches each source's
 * {@code rss_url} over HTTP, parses it (RSS 0.90 to 2.0, Atom, JSON Feed), stores every item whose
 * URL is not stored yet, and records the attempt: one {@code news_fetch_logs} row per fetch,
 * failures included, and the source's {@code last_fetch}. A failing feed never stops the others.
 *
 * <pre>{@code
 * NewsAggregator aggregator = NewsAggregator.create(phi);
 * List<FetchReport> reports = aggregator.fetchAll();
 * }</pre>
 *
 * Thread-safe: it keeps no state between calls; two aggregators fetching the same source at once
 * store each article once.
 */
public final class NewsAggregator {
    private static final Logger LOG = LoggerFactory.getLogger(NewsAggregator.class);
    private static final int MAX_ERROR_LENGTH = 2000;
    /** The longest item URL quoted in an error message, so that the reasons survive truncation. */
    private static final int MAX_QUOTED_URL_LENGTH = 200;

    private final PhiSdk phi;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final Categorizer categorizer;
    private final Clock clock;

    private NewsAggregator(Builder b) {
        this.phi = b.phi;
        this.fetcher = b.fetcher;
        this.parser = b.parser;
        this.categorizer = b.categorizer;
        this.clock = b.clock;
    }

    /**
     * @param phi the SDK whose news tables to fill
     * @return an aggregator with the default fetcher, parser and categories
     */
    public static NewsAggregator create(PhiSdk phi) {
        return builder(phi).build();
    }

    /**
     * @param phi the SDK whose news tables to fill
     * @return a builder to change the defaults
     */
    public static Builder builder(PhiSdk phi) {
        return new Builder(phi);
    }

    /**
     * Fetches every fetchable source (status {@code active} with a feed URL), highest priority first.
     * A source that fails, even because the database could not record it, does not stop the
     * others.
     *
     * <p>When the calling thread is interrupted (an application shutting down), the fetch under
     * way ends as a {@code failed} attempt and no further source is fetched: the remaining sources
     * are left for the next run, with no log row, and the thread's interrupt status stays set.
     *
     * @return one report per source fetched, in the order fetched
     */
    public List<FetchReport> fetchAll() {
        List<NewsSource> sources = phi.newsSources().query().fetchable().list();
        List<FetchReport> reports = new ArrayList<>(sources.size());
        for (NewsSource source : sources) {
            if (Thread.currentThread().isInterrupted()) {
                // Going on would fail every remaining fetch at once and log each as "interrupted".
                LOG.info("News aggregation interrupted: {} of {} sources left for the next run",
                        sources.size() - reports.size(), sources.size());
                break;
            }
            try {
                reports.add(fetch(source));
            } catch (RuntimeException e) {
                // The database failed while storing this source (or a bug did): the next sources still get their turn.
                LOG.error("News source {}: could not record the fetch", source.name(), e);
                reports.add(new FetchReport(source.id(), source.name(), FetchLogStatus.FAILED, 0, 0, 0, 0,
                        truncate("not recorded: " + e.getMessage()), Duration.ZERO));
            }
        }
        return reports;
    }

    /**
     * Fetches one source, whatever its status. Never throws for what the feed does wrong: an
     * unreachable or unreadable feed, or a missing or unusable {@code rss_url}, gives a
     * {@code failed} report and log row. The feed URL is read as leniently as the SDK accepts it (an
     * absolute http(s) URL without white space; characters such as {@code |} are percent-encoded),
     * and neither messages nor logs show its query, which may carry an API key.
     *
     * <p>Items the feed gives without a usable link, and items whose values the database refuses
     * (a NUL character, a URL too large for the unique index), are left out and make the fetch
     * {@code partial}; the log's error message lists them with the reason.
     *
     * @param source the source
     * @return what the fetch did
     * @throws PhiException only when the database itself fails while storing or recording the
     *                      result, for example because the source was deleted meanwhile
     */
    public FetchReport fetch(NewsSource source) {
        Objects.requireNonNull(source, "source");
        long started = System.nanoTime();
        Instant now = clock.instant();
        ParsedFeed feed;
        try {
            feed = parser.parse(fetcher.fetch(feedUri(source.rssUrl())));
        } catch (RuntimeException e) {
            // Whatever the feed does wrong (unreachable, not a feed, a bad URL) is this source's
            // failure, recorded in its log, and never the aggregator's.
            FetchReport failed = new FetchReport(source.id(), source.name(), FetchLogStatus.FAILED, 0, 0, 0, 0,
                    truncate(e.getMessage()), elapsed(started));
            LOG.warn("News source {} ({}): fetch failed: {}", source.name(), shown(source.rssUrl()), failed.error());
            record(failed, now);
            return failed;
        }
        FetchReport report = store(source, feed, now, started);
        record(report, now);
        return report;
    }

    /**
     * The feed's URI. java.net.URI refuses characters that feeds use unescaped and that the SDK's
     * rule for rss_url accepts (a vertical bar, a caret, braces ...), so they are percent-encoded
     * first. Messages name the column, never the value: its query may be a secret.
     */
    private static URI feedUri(String rssUrl) {
        if (rssUrl == null || rssUrl.isBlank()) {
            throw new ValidationException("rss_url", "is required to fetch a source");
        }
        URI uri = Uris.parse(rssUrl);
        if (!Uris.isWebUrl(uri)) {
            throw new ValidationException("rss_url", "is not an absolute http or https URL");
        }
        return uri;
    }

    /** The feed URL for logs: without user information and query, which may carry an API key. */
    private static String shown(String rssUrl) {
        URI uri = Uris.parse(rssUrl);
        return uri == null ? "no usable rss_url" : Uris.redact(uri);
    }

    private FetchReport store(NewsSource source, ParsedFeed feed, Instant now, long started) {
        int stored = 0;
        int duplicates = 0;
        List<String> problems = new ArrayList<>();
        for (SkippedItem skipped : feed.skipped()) {
            problems.add("item " + skipped.position() + ": " + skipped.reason());
        }
        for (ParsedItem item : feed.items()) {
            try {
                boolean created = phi.newsArticles().createIfAbsent(article(source, item, now)).isPresent();
                if (created) {
                    stored++;
                } else {
                    duplicates++;
                }
            } catch (ValidationException e) {
                problems.add(quoted(item.url()) + ": " + e.getMessage());
            } catch (DataAccessException e) {
                if (!isRefusedValue(e)) {
                    throw e;
                }
                problems.add(quoted(item.url()) + ": " + e.getMessage());
            }
        }
        int found = feed.items().size() + feed.skipped().size();
        FetchLogStatus status = problems.isEmpty() ? FetchLogStatus.SUCCESS : FetchLogStatus.PARTIAL;
        String error = problems.isEmpty() ? null
                : truncate(problems.size() + " item(s) not stored: " + String.join("; ", problems));
        LOG.info("News source {}: {} found, {} new, {} already stored, {} not stored ({})", source.name(), found, stored,
                duplicates, problems.size(), feed.format());
        return new FetchReport(source.id(), source.name(), status, found, stored, duplicates, problems.size(), error,
                elapsed(started));
    }

    private NewNewsArticle article(NewsSource source, ParsedItem item, Instant now) {
        return NewNewsArticle.builder()
                .sourceId(source.id())
                .title(titleOf(item))
                .url(item.url())
                .excerpt(item.excerpt())
                .content(item.content())
                .author(item.author())
                .publishedAt(storable(item.publishedAt()))
                .category(categorizer.categorize(source.type(), item.title(), item.excerpt()))
                .tags(item.tags())
                .imageUrl(item.imageUrl())
                .readTime(item.readTime())
                .featured(categorizer.isFeatured(item.title(), item.publishedAt(), now))
                .fetchStatus(FetchStatus.FETCHED)
                .build();
    }

    /**
     * Whether the database refused the item's values rather than failed: a data exception (class
     * 22, for example a NUL character, which PostgreSQL text cannot hold) or a program limit
     * (class 54, for example a URL too large for the unique index). Such an item is this item's
     * failure and makes the fetch partial; any other failure (the source deleted meanwhile, the
     * database gone) ends the fetch.
     */
    private static boolean isRefusedValue(DataAccessException e) {
        String state = e.sqlState();
        return !e.isTransient() && state != null && (state.startsWith("22") || state.startsWith("54"));
    }

    private static String quoted(String url) {
        return url.length() <= MAX_QUOTED_URL_LENGTH ? url : url.substring(0, MAX_QUOTED_URL_LENGTH - 1) + "…";
    }

    /** A date beyond the years 1583 to 9999 ("0001-01-01", "99999-...") is a feed's error: stored as unknown. */
    private static Instant storable(Instant publishedAt) {
        return publishedAt == null || publishedAt.isBefore(Checks.EARLIEST) || publishedAt.isAfter(Checks.LATEST) ? null : publishedAt;
    }

    /** A feed may give no title; the column needs one, so the excerpt's start or the URL stands in. */
    private static String titleOf(ParsedItem item) {
        if (item.title() != null && !item.title().isBlank()) {
            return item.title();
        }
        if (item.excerpt() != null && !item.excerpt().isBlank()) {
            String excerpt = item.excerpt().strip();
            return excerpt.length() <= 80 ? excerpt : excerpt.substring(0, 79) + "…";
        }
        return item.url();
    }

    private void record(FetchReport report, Instant now) {
        phi.useTransaction(tx -> {
            tx.newsFetchLogs().create(NewNewsFetchLog.builder()
                    .sourceId(report.sourceId())
                    .status(report.status())
                    .articlesFound(report.found())
                    .articlesProcessed(report.stored())
                    .errorMessage(report.error())
                    .fetchDurationMillis((int) Math.min(Integer.MAX_VALUE, report.duration().toMillis()))
                    .build());
            tx.newsSources().update(report.sourceId(), NewsSourceUpdate.builder().lastFetch(now).build());
        });
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static String truncate(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    /** Configures a {@link NewsAggregator}; not thread-safe. */
    public static final class Builder {
        private final PhiSdk phi;
        private FeedFetcher fetcher = FeedFetcher.create();
        private FeedParser parser = FeedParser.create();
        private Categorizer categorizer = Categorizer.standard();
        private Clock clock = Clock.systemUTC();

        private Builder(PhiSdk phi) {
            this.phi = Objects.requireNonNull(phi, "phi");
        }

        /**
         * @param fetcher how feeds are downloaded (timeouts, size cap, user agent)
         * @return this builder
         */
        public Builder fetcher(FeedFetcher fetcher) {
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
            return this;
        }

        /**
         * @param parser how feeds are read
         * @return this builder
         */
        public Builder parser(FeedParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * @param categorizer how articles get their category and featured flag
         * @return this builder
         */
        public Builder categorizer(Categorizer categorizer) {
            this.categorizer = Objects.requireNonNull(categorizer, "categorizer");
            return this;
        }

        /**
         * @param clock the clock for {@code last_fetch} and the featured window
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the aggregator */
        public NewsAggregator build() {
            return new NewsAggregator(this);
        }
    }
}
