package com.phiintelligence.sdk.newsfeed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.news.ArticleCategory;
import com.phiintelligence.sdk.news.FetchLogStatus;
import com.phiintelligence.sdk.news.FetchStatus;
import com.phiintelligence.sdk.news.NewNewsSource;
import com.phiintelligence.sdk.news.NewsArticle;
import com.phiintelligence.sdk.news.NewsFetchLog;
import com.phiintelligence.sdk.news.NewsFetchLogSort;
import com.phiintelligence.sdk.news.NewsSource;
import com.phiintelligence.sdk.news.SourcePriority;
import com.phiintelligence.sdk.news.SourceStatus;
import com.phiintelligence.sdk.news.SourceType;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The aggregator end to end: real feed files served over HTTP on 127.0.0.1, fetched, parsed and
 * stored in PostgreSQL, with the fetch logs and {@code last_fetch} it writes.
 */
@PhiTest
class NewsAggregatorTest {
    @RegisterExtension
    static final LocalFeedServer SERVER = new LocalFeedServer();

    /** The aggregator's clock: {@code last_fetch} and the featured window are measured from it. */
    private static final Instant NOW = Instant.parse("2026-08-14T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String ATOM = "application/atom+xml; charset=utf-8";
    private static final String JSON_FEED = "application/feed+json";

    private static final String OPENAI = "openai-news-rss2-trimmed.xml";
    private static final String VERGE = "theverge-ai-atom.xml";
    private static final String DEEPMIND = "deepmind-news-rss2.xml";
    private static final String ARXIV = "arxiv-api-cs-ai-lg-cl-atom.xml";
    private static final String TECHCRUNCH = "techcrunch-ai-wordpress-rss2.xml";
    private static final String HACKER_NEWS = "hackernews-frontpage-rss2.xml";

    private static NewsAggregator aggregator(PhiSdk phi) {
        return NewsAggregator.builder(phi).clock(CLOCK).build();
    }

    private static NewsSource source(PhiSdk phi, String name, SourceType type, SourcePriority priority, URI feed) {
        return phi.newsSources().create(NewNewsSource.builder().name(name).type(type).priority(priority)
                .url("https://" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example.com/")
                .rssUrl(feed == null ? null : feed.toString()).build());
    }

    private static NewsSource source(PhiSdk phi, String name, URI feed) {
        return source(phi, name, SourceType.TECH_NEWS, SourcePriority.MEDIUM, feed);
    }

    /** Inserts a source the way other programs may write it, bypassing the SDK's rules. */
    private static String insertSource(ConnectionInfo db, String name, String rssUrl, String status) {
        try (Connection c = db.open();
             PreparedStatement ps = c.prepareStatement("INSERT INTO news_sources (name, type, url, rss_url, status, "
                     + "priority) VALUES (?, 'tech_news', 'https://example.com/', ?, ?, 2) RETURNING id")) {
            ps.setString(1, name);
            ps.setString(2, rssUrl);
            ps.setString(3, status);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteSource(ConnectionInfo db, String id) {
        try (Connection c = db.open();
             PreparedStatement ps = c.prepareStatement("DELETE FROM news_sources WHERE id = ?")) {
            ps.setString(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<NewsFetchLog> logs(PhiSdk phi, String sourceId) {
        return phi.newsFetchLogs().query().sourceId(sourceId)
                .orderBy(NewsFetchLogSort.CREATED_AT, SortDirection.ASC).list();
    }

    private static List<NewsArticle> articles(PhiSdk phi, String sourceId) {
        return phi.newsArticles().query().sourceId(sourceId).list();
    }

    private static NewsArticle article(PhiSdk phi, String url) {
        return phi.newsArticles().query().list().stream().filter(a -> a.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + url));
    }

    private static String fixtureText(String file) {
        return new String(LocalFeedServer.fixture(file), UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void storesEveryItemOfEverySourceWithItsFieldsAndLogsEachFetch(PhiSdk phi, ConnectionInfo db) throws Exception {
        NewsSource openai = source(phi, "OpenAI News", SourceType.TECH_NEWS, SourcePriority.HIGH,
                SERVER.serveFixture("/store/openai.xml", OPENAI, RSS));
        NewsSource verge = source(phi, "The Verge AI", SourceType.TECH_NEWS, SourcePriority.MEDIUM,
                SERVER.serveFixture("/store/verge.xml", VERGE, ATOM));
        NewsSource deepmind = source(phi, "Google DeepMind", SourceType.INDUSTRY, SourcePriority.MEDIUM,
                SERVER.serveFixture("/store/deepmind.xml", DEEPMIND, RSS));
        NewsSource arxiv = source(phi, "arXiv cs.AI", SourceType.RESEARCH, SourcePriority.LOW,
                SERVER.serveFixture("/store/arxiv.xml", ARXIV, ATOM));

        List<FetchReport> reports = aggregator(phi).fetchAll();

        // Highest priority first, then by name.
        assertThat(reports).extracting(FetchReport::sourceName, FetchReport::status, FetchReport::found,
                FetchReport::stored, FetchReport::duplicates, FetchReport::failed, FetchReport::error).containsExactly(
                tuple("OpenAI News", FetchLogStatus.SUCCESS, 3, 3, 0, 0, null),
                tuple("Google DeepMind", FetchLogStatus.SUCCESS, 100, 100, 0, 0, null),
                tuple("The Verge AI", FetchLogStatus.SUCCESS, 10, 10, 0, 0, null),
                tuple("arXiv cs.AI", FetchLogStatus.SUCCESS, 25, 25, 0, 0, null));
        assertThat(phi.newsArticles().countBySource()).isEqualTo(Map.of(
                openai.id(), 3L, verge.id(), 10L, deepmind.id(), 100L, arxiv.id(), 25L));

        NewsArticle watermarks = article(phi, "https://www.theverge.com/ai-artificial-intelligence/980869/"
                + "anthropic-claude-watermarks-synthid-text-system");
        assertThat(watermarks.sourceId()).isEqualTo(verge.id());
        assertThat(watermarks.title())
                .isEqualTo("Anthropic explains how Claude\u2019s invisible text watermarks will work");
        assertThat(watermarks.author()).isEqualTo("Jess Weatherbed");
        assertThat(watermarks.publishedAt()).isEqualTo(Instant.parse("2026-08-17T10:57:13Z"));
        assertThat(watermarks.tags()).containsExactly("AI", "Anthropic", "News", "Tech");
        assertThat(watermarks.imageUrl()).isNull();
        assertThat(watermarks.category()).isEqualTo(ArticleCategory.AI);
        assertThat(watermarks.excerpt()).startsWith("Anthropic has clarified how it's planning to apply invisible "
                + "watermarks to Claude-generated text").doesNotContain("<", ">", "&#").hasSizeLessThanOrEqualTo(300);
        assertThat(watermarks.content()).startsWith("<figure>");
        assertThat(watermarks.readTime()).isEqualTo("1 min read");
        assertThat(watermarks.featured()).isFalse(); // published after the aggregator's "now"
        assertThat(watermarks.fetchStatus()).isEqualTo(FetchStatus.FETCHED);
        // The feed says 06:57:13-04:00; the column (a timestamp without time zone) holds UTC.
        assertThat(rawPublishedAt(db, watermarks.url())).isEqualTo(LocalDateTime.parse("2026-08-17T10:57:13"));

        NewsArticle gemini = article(phi, "https://deepmind.google/blog/introducing-gemini-3-7-flash/");
        assertThat(gemini.title()).isEqualTo("Introducing Gemini 3.7 Flash");
        assertThat(gemini.publishedAt()).isEqualTo(Instant.parse("2026-08-13T17:04:18Z"));
        assertThat(gemini.featured()).isTrue(); // 19 hours before "now", and "Introducing"
        assertThat(gemini.category()).isEqualTo(ArticleCategory.AI); // "Gemini"
        assertThat(gemini.excerpt()).isNull(); // an empty <description/>
        assertThat(gemini.readTime()).isNull();
        assertThat(gemini.tags()).isEmpty();

        NewsArticle signLanguage = article(phi,
                "https://deepmind.google/blog/putting-sign-language-ai-into-users-hands/");
        assertThat(signLanguage.imageUrl()).isEqualTo("https://lh3.googleusercontent.com/8RcynTx1ujudyw8Fs05Pv8WJahe2"
                + "FQ3z1Y7gNHm-xvOTJLdMp9hNDsIIoQbJsnav6evNLgY1iT9B9ercsyIn0U1N51pzScvSfe6IHk2SjDJx-MaVzQ="
                + "w528-h297-n-nu-rw-lo");
        assertThat(signLanguage.excerpt()).isEqualTo("Introducing sign-language-to-text (SL2T), our breakthrough model "
                + "powering new sign language features for Deaf and hard of hearing users.");
        assertThat(signLanguage.featured()).isFalse(); // 46 hours old
        NewsArticle lyria = article(phi, "https://deepmind.google/blog/were-launching-lyria-35-in-google-flow-music-"
                + "with-advances-across-musicality-lyrics-vocals-and-creative-control/");
        assertThat(lyria.category()).isEqualTo(ArticleCategory.INDUSTRY); // no topic word, industry source

        NewsArticle gpt = article(phi, "https://openai.com/index/introducing-gpt-5-5");
        assertThat(gpt.title()).isEqualTo("Introducing GPT-5.5");
        assertThat(gpt.author()).isNull();
        assertThat(gpt.publishedAt()).isEqualTo(Instant.parse("2026-04-23T11:00:00Z"));
        assertThat(gpt.tags()).containsExactly("Product");
        assertThat(gpt.category()).isEqualTo(ArticleCategory.AI);
        assertThat(gpt.featured()).isFalse(); // months old

        NewsArticle paper = article(phi, "https://arxiv.org/abs/2607.28628v1");
        assertThat(paper.title()).isEqualTo("Learning to Trace Seiberg Dualities");
        assertThat(paper.author()).isEqualTo("Jonathan J. Heckman, Shani Meynet, Alessandro Mininno, Gary Shiu");
        assertThat(paper.tags()).containsExactly("hep-th", "cs.AI", "cs.LG", "hep-ph");
        assertThat(paper.category()).isEqualTo(ArticleCategory.RESEARCH);
        assertThat(paper.readTime()).isEqualTo("2 min read");

        for (NewsSource source : List.of(openai, verge, deepmind, arxiv)) {
            int items = articles(phi, source.id()).size();
            assertThat(logs(phi, source.id())).singleElement().satisfies(log -> {
                assertThat(log.status()).isEqualTo(FetchLogStatus.SUCCESS);
                assertThat(log.articlesFound()).isEqualTo(items);
                assertThat(log.articlesProcessed()).isEqualTo(items);
                assertThat(log.errorMessage()).isNull();
                assertThat(log.fetchDurationMillis()).isNotNull().isNotNegative();
            });
            assertThat(phi.newsSources().get(source.id()).lastFetch()).isEqualTo(NOW);
        }
        assertThat(reports).allSatisfy(r -> assertThat(logs(phi, r.sourceId()).get(0).fetchDurationMillis())
                .isEqualTo((int) r.duration().toMillis()));
    }

    private static LocalDateTime rawPublishedAt(ConnectionInfo db, String url) throws SQLException {
        try (Connection c = db.open();
             PreparedStatement ps = c.prepareStatement("SELECT published_at FROM news_articles WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDateTime.class);
            }
        }
    }

    @Test
    void fetchingAgainStoresNoDuplicateAndLogsASecondSuccess(PhiSdk phi) {
        NewsSource openai = source(phi, "OpenAI News", SERVER.serveFixture("/again/openai.xml", OPENAI, RSS));
        NewsSource verge = source(phi, "The Verge AI", SERVER.serveFixture("/again/verge.xml", VERGE, ATOM));
        NewsAggregator aggregator = aggregator(phi);
        aggregator.fetchAll();

        List<FetchReport> second = aggregator.fetchAll();

        assertThat(second).extracting(FetchReport::sourceName, FetchReport::status, FetchReport::found,
                FetchReport::stored, FetchReport::duplicates).containsExactly(
                tuple("OpenAI News", FetchLogStatus.SUCCESS, 3, 0, 3),
                tuple("The Verge AI", FetchLogStatus.SUCCESS, 10, 0, 10));
        assertThat(phi.newsArticles().query().count()).isEqualTo(13);
        assertThat(logs(phi, openai.id())).extracting(NewsFetchLog::status, NewsFetchLog::articlesFound,
                NewsFetchLog::articlesProcessed, NewsFetchLog::errorMessage).containsExactly(
                tuple(FetchLogStatus.SUCCESS, 3, 3, null), tuple(FetchLogStatus.SUCCESS, 3, 0, null));
        assertThat(logs(phi, verge.id())).extracting(NewsFetchLog::articlesProcessed).containsExactly(10, 0);
    }

    @Test
    void anArticleCarriedByTwoSourcesIsStoredOnceUnderTheSourceFetchedFirst(PhiSdk phi) {
        NewsSource first = source(phi, "OpenAI News", SourceType.TECH_NEWS, SourcePriority.HIGH,
                SERVER.serveFixture("/shared/openai.xml", OPENAI, RSS));
        NewsSource mirror = source(phi, "OpenAI mirror", SourceType.TECH_NEWS, SourcePriority.LOW,
                SERVER.serveFixture("/shared/mirror.xml", OPENAI, RSS));

        List<FetchReport> reports = aggregator(phi).fetchAll();

        assertThat(reports).extracting(FetchReport::sourceId, FetchReport::status, FetchReport::stored,
                FetchReport::duplicates).containsExactly(
                tuple(first.id(), FetchLogStatus.SUCCESS, 3, 0), tuple(mirror.id(), FetchLogStatus.SUCCESS, 0, 3));
        assertThat(phi.newsArticles().query().list()).hasSize(3)
                .allSatisfy(a -> assertThat(a.sourceId()).isEqualTo(first.id()));
        assertThat(logs(phi, mirror.id())).singleElement().satisfies(log -> {
            assertThat(log.articlesFound()).isEqualTo(3);
            assertThat(log.articlesProcessed()).isZero();
        });
    }

    @Test
    void anEmptyFeedIsASuccessWithNothingFound(PhiSdk phi) {
        NewsSource weekend = source(phi, "arXiv cs", SourceType.RESEARCH, SourcePriority.HIGH,
                SERVER.serveFixture("/empty/cs.xml", "arxiv-cs-rss2-empty-weekend.xml", RSS));

        FetchReport report = aggregator(phi).fetch(weekend);

        assertThat(report.status()).isEqualTo(FetchLogStatus.SUCCESS);
        assertThat(report.found()).isZero();
        assertThat(logs(phi, weekend.id())).singleElement().extracting(NewsFetchLog::status,
                NewsFetchLog::articlesFound, NewsFetchLog::articlesProcessed)
                .containsExactly(FetchLogStatus.SUCCESS, 0, 0);
        assertThat(phi.newsSources().get(weekend.id()).lastFetch()).isEqualTo(NOW);
    }

    @Test
    void aFailingFeedIsLoggedAsFailedWithTheReasonAndTheOtherSourcesAreStillFetched(PhiSdk phi, ConnectionInfo db) {
        URI notFound = SERVER.uri("/failing/gone.xml");
        URI serverError = SERVER.handle("/failing/500.xml", exchange -> LocalFeedServer.respond(exchange, 500,
                "text/html", "<html><body>Internal error</body></html>".getBytes(UTF_8)));
        URI htmlPage = SERVER.serve("/failing/page", "text/html; charset=utf-8", ("<!DOCTYPE html>\n<html><head>"
                + "<title>Blog</title></head><body><h1>Our blog moved</h1></body></html>").getBytes(UTF_8));
        byte[] verge = LocalFeedServer.fixture(VERGE);
        URI truncated = SERVER.serve("/failing/truncated.xml", ATOM, Arrays.copyOf(verge, verge.length / 2));
        URI unreachable = URI.create("http://127.0.0.1:" + freePort() + "/feed.xml");
        NewsSource a = source(phi, "A not found", notFound);
        NewsSource b = source(phi, "B server error", serverError);
        NewsSource c = source(phi, "C html page", htmlPage);
        NewsSource d = source(phi, "D truncated", truncated);
        NewsSource e = source(phi, "E unreachable", unreachable);
        String f = insertSource(db, "F no scheme", "www.example.com/feed.xml", "active");
        NewsSource z = source(phi, "Z TechCrunch", SERVER.serveFixture("/failing/techcrunch.xml", TECHCRUNCH, RSS));

        List<FetchReport> reports = aggregator(phi).fetchAll();

        assertThat(reports).extracting(FetchReport::sourceName, FetchReport::status).containsExactly(
                tuple("A not found", FetchLogStatus.FAILED), tuple("B server error", FetchLogStatus.FAILED),
                tuple("C html page", FetchLogStatus.FAILED), tuple("D truncated", FetchLogStatus.FAILED),
                tuple("E unreachable", FetchLogStatus.FAILED), tuple("F no scheme", FetchLogStatus.FAILED),
                tuple("Z TechCrunch", FetchLogStatus.SUCCESS));
        assertThat(failedLog(phi, a.id())).isEqualTo("HTTP 404 Not Found from " + notFound);
        assertThat(failedLog(phi, b.id())).isEqualTo("HTTP 500 Internal Server Error from " + serverError);
        assertThat(failedLog(phi, c.id())).isEqualTo("the document is an HTML page, not a feed");
        assertThat(failedLog(phi, d.id())).startsWith("not well-formed XML (line ");
        assertThat(failedLog(phi, e.id())).startsWith("could not connect to " + unreachable);
        assertThat(failedLog(phi, f)).isEqualTo("rss_url is not an absolute http or https URL");
        assertThat(articles(phi, z.id())).hasSize(20);
        assertThat(logs(phi, z.id())).singleElement().extracting(NewsFetchLog::status, NewsFetchLog::articlesFound,
                NewsFetchLog::articlesProcessed).containsExactly(FetchLogStatus.SUCCESS, 20, 20);
        for (String id : List.of(a.id(), b.id(), c.id(), d.id(), e.id(), f, z.id())) {
            assertThat(phi.newsSources().get(id).lastFetch()).as("last_fetch of %s", id).isEqualTo(NOW);
        }
        assertThat(phi.newsArticles().query().count()).isEqualTo(20);
    }

    /** @return the error message of the source's only log row, after checking that it is a failure */
    private static String failedLog(PhiSdk phi, String sourceId) {
        List<NewsFetchLog> logs = logs(phi, sourceId);
        assertThat(logs).singleElement().satisfies(log -> {
            assertThat(log.status()).isEqualTo(FetchLogStatus.FAILED);
            assertThat(log.articlesFound()).isZero();
            assertThat(log.articlesProcessed()).isZero();
            assertThat(log.fetchDurationMillis()).isNotNull().isNotNegative();
        });
        return logs.get(0).errorMessage();
    }

    @Test
    void aFeedUrlWithCharactersThatJavaRejectsButFeedsUseIsFetched(PhiSdk phi) {
        // The SDK accepts this rss_url (an absolute http URL without white space); java.net.URI does
        // not, because '|' must be percent-encoded.
        URI feed = SERVER.serveFixture("/lenient/search.rss", OPENAI, RSS);
        NewsSource search = phi.newsSources().create(NewNewsSource.builder().name("Search feed")
                .type(SourceType.TECH_NEWS).url("https://search.example.com/").rssUrl(feed + "?tags=ai|ml").build());

        FetchReport report = aggregator(phi).fetch(search);

        assertThat(report.error()).isNull();
        assertThat(report.status()).isEqualTo(FetchLogStatus.SUCCESS);
        assertThat(report.stored()).isEqualTo(3);
        assertThat(SERVER.requests()).anySatisfy(r -> assertThat(r.path()).isEqualTo("/lenient/search.rss"));
    }

    @Test
    void anApiKeyInTheFeedUrlIsNeitherStoredInTheLogNorWrittenToTheApplicationLog(PhiSdk phi, ConnectionInfo db) {
        String secret = "sk-live-7f3a9c1e5b";
        URI missingFeed = SERVER.uri("/secret/feed.xml");
        NewsSource missing = source(phi, "Keyed feed", URI.create(missingFeed + "?api_key=" + secret));
        // Written by another program: a space that the SDK's rule refuses and java.net.URI too.
        URI unreachableFeed = URI.create("http://127.0.0.1:" + freePort() + "/feed.xml");
        String spaced = insertSource(db, "Keyed feed with a space",
                unreachableFeed + "?api_key=" + secret + "&q=a b", "active");

        String logged = capturingStandardError(() -> aggregator(phi).fetchAll());

        assertThat(failedLog(phi, missing.id())).isEqualTo("HTTP 404 Not Found from " + missingFeed + "?…");
        assertThat(failedLog(phi, spaced)).startsWith("could not connect to " + unreachableFeed + "?…")
                .doesNotContain(secret);
        assertThat(logged).contains("Keyed feed", missingFeed + "?…").doesNotContain(secret);
    }

    /** Runs work while System.err, where slf4j-simple writes, is captured; the output is passed on. */
    private static String capturingStandardError(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(UTF_8);
        original.print(text);
        return text;
    }

    @Test
    void fetchAllFetchesOnlyActiveSourcesThatHaveAFeed(PhiSdk phi, ConnectionInfo db) {
        NewsSource active = source(phi, "Active", SERVER.serveFixture("/only/active.xml", OPENAI, RSS));
        NewsSource inactive = phi.newsSources().create(NewNewsSource.builder().name("Inactive")
                .type(SourceType.TECH_NEWS).url("https://inactive.example.com/")
                .rssUrl(SERVER.serveFixture("/only/inactive.xml", VERGE, ATOM).toString())
                .status(SourceStatus.INACTIVE).build());
        NewsSource withoutFeed = source(phi, "Without feed", null);
        String paused = insertSource(db, "Paused", SERVER.serveFixture("/only/paused.xml", TECHCRUNCH, RSS).toString(),
                "paused");
        String noStatus = insertSource(db, "No status", SERVER.serveFixture("/only/null.xml", ARXIV, ATOM).toString(),
                null);

        List<FetchReport> reports = aggregator(phi).fetchAll();

        assertThat(reports).extracting(FetchReport::sourceId).containsExactly(active.id());
        assertThat(phi.newsArticles().countBySource()).isEqualTo(Map.of(active.id(), 3L));
        assertThat(SERVER.requests()).extracting(LocalFeedServer.RecordedRequest::path)
                .doesNotContain("/only/inactive.xml", "/only/paused.xml", "/only/null.xml");
        for (String id : List.of(inactive.id(), withoutFeed.id(), paused, noStatus)) {
            assertThat(logs(phi, id)).isEmpty();
            assertThat(phi.newsSources().get(id).lastFetch()).isNull();
        }
    }

    @Test
    void anItemWithoutLinkOrWithAUrlTooLongToIndexMakesTheFetchPartialWithTheReason(PhiSdk phi) {
        String feed = fixtureText(HACKER_NEWS);
        // Item 0 gets a URL of 3,000 random characters: PostgreSQL cannot index a value that large
        // (it does not compress random text), so the unique url index refuses the row.
        String longUrl = "https://fil-c.org/seccomp?ref=" + randomAlphanumeric(3000);
        feed = feed.replace("<link>https://fil-c.org/seccomp</link>", "<link>" + longUrl + "</link>");
        // Item 2 loses its link: Hacker News items have no guid to fall back on.
        feed = feed.replace("<link>https://nullprogram.com/blog/2025/12/12/</link>", "");
        NewsSource hn = source(phi, "Hacker News", SERVER.serve("/partial/hn.xml", RSS, feed.getBytes(UTF_8)));
        NewsAggregator aggregator = aggregator(phi);

        FetchReport first = aggregator.fetch(hn);
        FetchReport second = aggregator.fetch(hn);

        assertThat(first.status()).isEqualTo(FetchLogStatus.PARTIAL);
        assertThat(first.found()).isEqualTo(30);
        assertThat(first.stored()).isEqualTo(28);
        assertThat(first.failed()).isEqualTo(2);
        assertThat(first.error()).startsWith("2 item(s) not stored: ").contains("item 2: no link")
                .contains("https://fil-c.org/seccomp?ref=").contains("index row size").hasSizeLessThan(1000);
        assertThat(articles(phi, hn.id())).hasSize(28).noneSatisfy(a -> assertThat(a.url()).startsWith(
                "https://fil-c.org/"));
        assertThat(second.status()).isEqualTo(FetchLogStatus.PARTIAL);
        assertThat(second.stored()).isZero();
        assertThat(second.duplicates()).isEqualTo(28);
        assertThat(logs(phi, hn.id())).extracting(NewsFetchLog::status, NewsFetchLog::articlesFound,
                NewsFetchLog::articlesProcessed, NewsFetchLog::errorMessage).containsExactly(
                tuple(FetchLogStatus.PARTIAL, 30, 28, first.error()),
                tuple(FetchLogStatus.PARTIAL, 30, 0, second.error()));
        assertThat(phi.newsSources().get(hn.id()).lastFetch()).isEqualTo(NOW);
    }

    private static String randomAlphanumeric(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void anItemIsStoredWithoutCharactersPostgresqlCannotHoldAndWithoutADateNoCalendarHolds(PhiSdk phi) {
        // JSON allows U+0000 in strings; PostgreSQL text does not.
        String feed = fixtureText("fboes-blog-jsonfeed-v1.1.json");
        int title = feed.indexOf("\"title\"", feed.indexOf("\"items\""));
        int value = feed.indexOf('"', feed.indexOf(':', title)) + 1;
        feed = feed.substring(0, value) + "\\u0000" + feed.substring(value);
        int date = feed.indexOf("\"date_published\"", feed.indexOf("\"items\""));
        int dateValue = feed.indexOf('"', feed.indexOf(':', date)) + 1;
        feed = feed.substring(0, dateValue) + "0001-01-01T00:00:00Z" + feed.substring(feed.indexOf('"', dateValue));
        NewsSource blog = source(phi, "fboës", SERVER.serve("/nul/feed.json", JSON_FEED, feed.getBytes(UTF_8)));

        FetchReport report = aggregator(phi).fetch(blog);

        assertThat(report.status()).isEqualTo(FetchLogStatus.SUCCESS);
        assertThat(report.stored()).isEqualTo(20);
        assertThat(articles(phi, blog.id())).hasSize(20)
                .anySatisfy(a -> assertThat(a.title()).isEqualTo("Lecker, lecker"))
                .allSatisfy(a -> assertThat(a.title()).doesNotContain("\u0000"))
                .filteredOn(a -> a.publishedAt() == null).hasSize(1);
    }

    @Test
    void twoAggregatorsFetchingOneSourceAtOnceStoreEachArticleOnce(PhiSdk phi) throws Exception {
        byte[] body = LocalFeedServer.fixture(DEEPMIND);
        CountDownLatch bothAsked = new CountDownLatch(2);
        // Neither request is answered before both have arrived, so the two fetches overlap.
        URI uri = SERVER.handle("/race/deepmind.xml", exchange -> {
            bothAsked.countDown();
            try {
                bothAsked.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalFeedServer.respond(exchange, 200, RSS, body);
        });
        NewsSource deepmind = source(phi, "Google DeepMind", SourceType.INDUSTRY, SourcePriority.HIGH, uri);
        NewsAggregator one = aggregator(phi);
        NewsAggregator two = aggregator(phi);

        List<FetchReport> reports = runTogether(() -> one.fetch(deepmind), () -> two.fetch(deepmind));

        assertThat(reports).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(FetchLogStatus.SUCCESS);
            assertThat(r.found()).isEqualTo(100);
            assertThat(r.stored() + r.duplicates()).isEqualTo(100);
        });
        assertThat(reports.get(0).stored() + reports.get(1).stored()).isEqualTo(100);
        assertThat(articles(phi, deepmind.id())).hasSize(100)
                .extracting(NewsArticle::url).doesNotHaveDuplicates();
        assertThat(logs(phi, deepmind.id())).hasSize(2).extracting(NewsFetchLog::articlesProcessed)
                .containsExactlyInAnyOrder(reports.get(0).stored(), reports.get(1).stored());
    }

    @Test
    void twoFetchAllRunsAtOnceStoreEachArticleOnceAndLogEveryAttempt(PhiSdk phi) throws Exception {
        List<NewsSource> sources = List.of(
                source(phi, "OpenAI News", SERVER.serveFixture("/race-all/openai.xml", OPENAI, RSS)),
                source(phi, "The Verge AI", SERVER.serveFixture("/race-all/verge.xml", VERGE, ATOM)),
                source(phi, "TechCrunch AI", SERVER.serveFixture("/race-all/techcrunch.xml", TECHCRUNCH, RSS)),
                source(phi, "OpenAI mirror", SERVER.serveFixture("/race-all/mirror.xml", OPENAI, RSS)));
        NewsAggregator one = aggregator(phi);
        NewsAggregator two = aggregator(phi);

        List<List<FetchReport>> runs = runTogether(one::fetchAll, two::fetchAll);

        assertThat(runs).allSatisfy(run -> assertThat(run).hasSize(4)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(FetchLogStatus.SUCCESS)));
        assertThat(phi.newsArticles().query().count()).isEqualTo(3 + 10 + 20);
        assertThat(phi.newsArticles().query().list()).extracting(NewsArticle::url).doesNotHaveDuplicates();
        int storedInLogs = 0;
        for (NewsSource source : sources) {
            List<NewsFetchLog> logs = logs(phi, source.id());
            assertThat(logs).hasSize(2);
            storedInLogs += logs.stream().mapToInt(NewsFetchLog::articlesProcessed).sum();
        }
        assertThat(storedInLogs).isEqualTo(33);
    }

    @SafeVarargs
    private static <T> List<T> runTogether(Callable<T>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = Arrays.stream(tasks).map(task -> pool.submit(() -> {
                start.await();
                return task.call();
            })).toList();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSourceDeletedWhileItsFeedIsFetchedIsReportedNotSwallowed(PhiSdk phi, ConnectionInfo db) {
        byte[] body = LocalFeedServer.fixture(OPENAI);
        AtomicReference<String> doomed = new AtomicReference<>();
        URI uri = SERVER.handle("/deleted/openai.xml", exchange -> {
            deleteSource(db, doomed.get());
            LocalFeedServer.respond(exchange, 200, RSS, body);
        });
        NewsSource deleted = source(phi, "Deleted meanwhile", uri);
        doomed.set(deleted.id());

        assertThatThrownBy(() -> aggregator(phi).fetch(deleted)).isInstanceOf(ReferenceException.class);

        assertThat(phi.newsArticles().query().count()).isZero();
        assertThat(phi.newsFetchLogs().query().count()).isZero();
    }

    @Test
    void fetchAllReportsASourceItCouldNotRecordAndGoesOnWithTheNextOne(PhiSdk phi, ConnectionInfo db) {
        byte[] empty = LocalFeedServer.fixture("arxiv-cs-rss2-empty-weekend.xml");
        byte[] openai = LocalFeedServer.fixture(OPENAI);
        // Each source is deleted while its feed is served: A before its (empty) result is
        // recorded, B before its items are stored.
        Map<String, String> idByPath = new ConcurrentHashMap<>();
        HttpHandler deletingThenServing = exchange -> {
            String path = exchange.getRequestURI().getPath();
            deleteSource(db, idByPath.get(path));
            LocalFeedServer.respond(exchange, 200, RSS, path.endsWith("a.xml") ? empty : openai);
        };
        NewsSource a = source(phi, "A deleted, empty feed", SERVER.handle("/unrecorded/a.xml", deletingThenServing));
        NewsSource b = source(phi, "B deleted, three items", SERVER.handle("/unrecorded/b.xml", deletingThenServing));
        idByPath.put("/unrecorded/a.xml", a.id());
        idByPath.put("/unrecorded/b.xml", b.id());
        NewsSource c = source(phi, "C still there", SERVER.serveFixture("/unrecorded/c.xml", VERGE, ATOM));

        List<FetchReport> reports = aggregator(phi).fetchAll();

        assertThat(reports).extracting(FetchReport::sourceId, FetchReport::status).containsExactly(
                tuple(a.id(), FetchLogStatus.FAILED), tuple(b.id(), FetchLogStatus.FAILED),
                tuple(c.id(), FetchLogStatus.SUCCESS));
        assertThat(reports.get(0).error()).startsWith("not recorded: ").contains("news_fetch_logs");
        assertThat(reports.get(1).error()).startsWith("not recorded: ").contains("news_articles");
        assertThat(phi.newsFetchLogs().query().list()).extracting(NewsFetchLog::sourceId).containsExactly(c.id());
        assertThat(articles(phi, c.id())).hasSize(10);
    }

    @Test
    void fetchAllStopsAtTheNextSourceWhenItsThreadIsInterrupted(PhiSdk phi) {
        Thread caller = Thread.currentThread();
        byte[] body = LocalFeedServer.fixture(OPENAI);
        NewsSource first = source(phi, "A interrupted", SERVER.handle("/interrupt/a.xml", exchange -> {
            caller.interrupt(); // the application shuts down while the first feed is fetched
            LocalFeedServer.respond(exchange, 200, RSS, body);
        }));
        NewsSource second = source(phi, "B never fetched", SERVER.serveFixture("/interrupt/b.xml", VERGE, ATOM));
        NewsSource third = source(phi, "C never fetched", SERVER.serveFixture("/interrupt/c.xml", TECHCRUNCH, RSS));

        List<FetchReport> reports;
        boolean stillInterrupted;
        try {
            reports = aggregator(phi).fetchAll();
        } finally {
            stillInterrupted = Thread.interrupted();
        }

        assertThat(stillInterrupted).as("the interrupt is left for the caller to see").isTrue();
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.sourceId()).isEqualTo(first.id());
            assertThat(r.status()).isEqualTo(FetchLogStatus.FAILED);
            assertThat(r.error()).startsWith("interrupted while fetching ");
        });
        assertThat(SERVER.requests()).extracting(LocalFeedServer.RecordedRequest::path)
                .doesNotContain("/interrupt/b.xml", "/interrupt/c.xml");
        assertThat(logs(phi, second.id())).isEmpty();
        assertThat(logs(phi, third.id())).isEmpty();
        assertThat(phi.newsSources().get(second.id()).lastFetch()).isNull();
    }

    @Test
    void fetchOfASourceWithoutFeedIsAFailedAttemptThatSaysWhy(PhiSdk phi, ConnectionInfo db) {
        NewsSource withoutFeed = source(phi, "Without feed", null);
        String blank = insertSource(db, "Blank feed", "  ", "active");

        FetchReport none = aggregator(phi).fetch(withoutFeed);
        List<FetchReport> all = aggregator(phi).fetchAll();

        assertThat(none.status()).isEqualTo(FetchLogStatus.FAILED);
        assertThat(failedLog(phi, withoutFeed.id())).isEqualTo("rss_url is required to fetch a source");
        assertThat(all).extracting(FetchReport::sourceId).containsExactly(blank);
        assertThat(failedLog(phi, blank)).isEqualTo("rss_url is required to fetch a source");
        assertThat(phi.newsSources().get(blank).lastFetch()).isEqualTo(NOW);
    }
}
