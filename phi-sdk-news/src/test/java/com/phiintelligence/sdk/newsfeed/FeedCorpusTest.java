package com.phiintelligence.sdk.newsfeed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real feed of {@code src/test/resources/feeds} (see SOURCES.md there), served over HTTP with
 * the {@code Content-Type} its kind of server sends, fetched and parsed: the item count and format
 * must be those SOURCES.md documents, and every item must satisfy the {@link ParsedItem} contract.
 */
class FeedCorpusTest {
    @RegisterExtension
    static final LocalFeedServer SERVER = new LocalFeedServer();

    private static final String RSS = "application/rss+xml; charset=UTF-8";
    private static final String ATOM = "application/atom+xml; charset=UTF-8";

    private final FeedReader reader = FeedReader.of(FeedFetcher.create(), FeedParser.create());

    /** One fixture: how a real server would serve it and what SOURCES.md says it holds. */
    record FeedCase(String file, String contentType, String format, int items) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<FeedCase> feeds() {
        return List.of(
                new FeedCase("arstechnica-rss2-trimmed.xml", RSS, "rss_2.0", 3),
                new FeedCase("arxiv-api-cs-ai-lg-cl-atom.xml", "application/atom+xml; charset=utf-8", "atom_1.0", 25),
                new FeedCase("arxiv-cs-lg-ai-cl-statml-rss2-trimmed.xml", "application/rss+xml", "rss_2.0", 4),
                new FeedCase("arxiv-cs-rss2-empty-weekend.xml", "application/rss+xml", "rss_2.0", 0),
                new FeedCase("atp-podcast-itunes-rss2.xml", "application/rss+xml;charset=utf-8", "rss_2.0", 100),
                new FeedCase("aws-blog-typepad-atom-xmlbase.xml", "application/atom+xml", "atom_1.0", 10),
                new FeedCase("deepmind-news-rss2.xml", "application/xml; charset=utf-8", "rss_2.0", 100),
                new FeedCase("interconnects-substack-rss2.xml", "application/xml; charset=utf-8", "rss_2.0", 20),
                new FeedCase("openai-news-rss2-trimmed.xml", RSS, "rss_2.0", 3),
                new FeedCase("huggingface-blog-rss2-trimmed.xml", "application/xml", "rss_2.0", 3),
                new FeedCase("thegradient-ghost-rss2-trimmed.xml", "application/rss+xml; charset=utf-8", "rss_2.0", 3),
                new FeedCase("theverge-ai-atom.xml", ATOM, "atom_1.0", 10),
                new FeedCase("techcrunch-ai-wordpress-rss2.xml", RSS, "rss_2.0", 20),
                new FeedCase("hackernews-frontpage-rss2.xml", "application/rss+xml; charset=utf-8", "rss_2.0", 30),
                new FeedCase("slashdot-rss1-rdf-iso8859-1.xml", "application/rdf+xml", "rss_1.0", 15),
                new FeedCase("golem-de-rss2-iso8859-1.xml", "application/rss+xml; charset=ISO-8859-1", "rss_2.0", 40),
                new FeedCase("heise-online-rss090-rdf.xml", "application/rdf+xml; charset=utf-8", "rss_0.9", 60),
                new FeedCase("xakep-ru-rss2-windows1251.xml", "text/xml; charset=windows-1251", "rss_2.0", 25),
                new FeedCase("google-testing-blog-blogger-feedburner-atom.xml", "text/xml; charset=UTF-8", "atom_1.0", 25),
                new FeedCase("samruby-intertwingly-atom-relative-uris.xml", "application/atom+xml", "atom_1.0", 20),
                new FeedCase("reddit-frontpage-atom-xhtml.xml", ATOM, "atom_1.0", 24),
                new FeedCase("youtube-channel-atom-mediagroup.xml", "text/xml; charset=UTF-8", "atom_1.0", 15),
                new FeedCase("medium-tag-rss2.xml", "text/xml; charset=utf-8", "rss_2.0", 7),
                new FeedCase("donthitsave-rss2-utf8-bom.xml", "application/rss+xml", "rss_2.0", 10),
                new FeedCase("uol-noticias-rss-nodecl-latin1.xml", "text/xml;charset=ISO-8859-1", "rss_2.0", 15),
                new FeedCase("daringfireball-jsonfeed-v1.json", "application/json", "json_1.0", 48),
                new FeedCase("fboes-blog-jsonfeed-v1.1.json", "application/feed+json", "json_1.1", 20),
                new FeedCase("lukedorny-jsonfeed-v1.1-escaped.json", "application/feed+json; charset=utf-8", "json_1.1", 30));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feeds")
    void readsTheItemCountAndFormatThatSourcesMdDocuments(FeedCase feedCase) {
        URI uri = SERVER.serveFixture("/corpus/" + feedCase.file(), feedCase.file(), feedCase.contentType());

        ParsedFeed feed = reader.read(uri);

        assertThat(feed.items()).hasSize(feedCase.items());
        assertThat(feed.skipped()).isEmpty();
        assertThat(feed.itemsFound()).isEqualTo(feedCase.items());
        assertThat(feed.format()).isEqualTo(feedCase.format());
        assertThat(feed.title()).isNotBlank();
        assertThat(feed.link()).startsWith("http");
        for (ParsedItem item : feed.items()) {
            assertThat(item.url()).matches("https?://\\S+").isEqualTo(item.url().strip());
            assertThat(URI.create(item.url()).isAbsolute()).isTrue();
            if (item.title() != null) {
                assertThat(item.title()).isEqualTo(item.title().strip()).doesNotContain("\n", "&#", "<![CDATA[");
            }
            if (item.excerpt() != null) {
                assertThat(item.excerpt().length()).isLessThanOrEqualTo(ParsedItem.EXCERPT_MAX_CHARS);
                assertThat(item.excerpt()).doesNotContain("\n", "  ");
            }
            if (item.author() != null) {
                assertThat(item.author()).isEqualTo(item.author().strip()).doesNotContain("\n");
            }
            if (item.readTime() != null) {
                assertThat(item.readTime()).matches("[1-9]\\d* min read");
            }
            assertThat(item.tags()).doesNotContainNull().allSatisfy(tag -> assertThat(tag).isNotBlank());
            assertThat(item.tags()).doesNotHaveDuplicates();
            if (item.imageUrl() != null) {
                assertThat(item.imageUrl()).startsWith("http");
            }
            assertThat(item.title() + item.excerpt() + item.author()).doesNotContain("\uFFFD");
        }
    }

    @Test
    void oneParserReadsManyFeedsOnManyThreadsWithTheSameResults() throws Exception {
        FeedParser parser = FeedParser.create();
        List<FeedCase> cases = feeds();
        Map<String, ParsedFeed> sequential = new HashMap<>();
        for (FeedCase feedCase : cases) {
            sequential.put(feedCase.file(), parser.parse(LocalFeedServer.fixture(feedCase.file()),
                    feedCase.contentType(), URI.create("https://example.com/" + feedCase.file())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (FeedCase feedCase : cases) {
                    checks.add(pool.submit(() -> parser.parse(LocalFeedServer.fixture(feedCase.file()),
                            feedCase.contentType(), URI.create("https://example.com/" + feedCase.file()))
                            .equals(sequential.get(feedCase.file()))));
                }
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyFixtureFeedHasACase() throws IOException, URISyntaxException {
        Set<String> files;
        try (Stream<Path> list = Files.list(feedsFolder())) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".xml") || name.endsWith(".json"))
                    .collect(Collectors.toSet());
        }

        assertThat(feeds()).extracting(FeedCase::file).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void expectedCountsAreTheOnesWrittenInSourcesMd() throws IOException, URISyntaxException {
        // A row: | file | origin | format | items | ... ; items such as "100", "**0**", "4 (trimmed)".
        Pattern row = Pattern.compile("^\\|\\s*([\\w.-]+\\.(?:xml|json))\\s*\\|[^|]*\\|[^|]*\\|\\s*\\**(\\d+)");
        Map<String, Integer> documented = new HashMap<>();
        for (String line : Files.readAllLines(feedsFolder().resolve("SOURCES.md"), UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                documented.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }

        assertThat(documented).hasSize(feeds().size());
        for (FeedCase feedCase : feeds()) {
            assertThat(documented.get(feedCase.file())).as(feedCase.file()).isEqualTo(feedCase.items());
        }
    }

    private static Path feedsFolder() throws URISyntaxException {
        var url = FeedCorpusTest.class.getResource("/feeds/SOURCES.md");
        if (url == null) {
            throw new UncheckedIOException(new IOException("feeds/SOURCES.md is not on the test class path"));
        }
        return Path.of(url.toURI()).getParent();
    }
}
