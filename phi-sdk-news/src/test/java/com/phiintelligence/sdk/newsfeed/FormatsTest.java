package com.phiintelligence.sdk.newsfeed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formats that the real fixtures do not cover (RSS 0.91 to 0.94, Atom 0.3), as small documents
 * written after their specifications.
 */
class FormatsTest {
    private static final URI BASE = URI.create("https://example.com/feed");

    private final FeedParser parser = FeedParser.create();

    @ParameterizedTest(name = "RSS {0}")
    @CsvSource({"0.91, rss_0.91U", "0.92, rss_0.92", "0.93, rss_0.93", "0.94, rss_0.94", "2.0, rss_2.0"})
    void readsEveryRssVersion(String version, String format) {
        String xml = "<?xml version=\"1.0\"?><rss version=\"" + version + "\"><channel><title>Old &amp; new</title>"
                + "<link>https://example.com/</link><description>d</description><language>en</language>"
                + "<item><title>First</title><link>https://example.com/1</link>"
                + "<description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;</description>"
                + "<pubDate>Sun, 19 May 2002 15:21:36 GMT</pubDate></item></channel></rss>";

        ParsedFeed feed = parser.parse(xml.getBytes(UTF_8), "application/rss+xml", BASE);

        assertThat(feed.format()).isEqualTo(format);
        assertThat(feed.title()).isEqualTo("Old & new");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("First");
            assertThat(item.url()).isEqualTo("https://example.com/1");
            assertThat(item.content()).isEqualTo("<p>Hello <b>world</b></p>");
            assertThat(item.excerpt()).isEqualTo("Hello world");
            if (!version.equals("0.91")) { // RSS 0.91 items have no pubDate
                assertThat(item.publishedAt()).isEqualTo(Instant.parse("2002-05-19T15:21:36Z"));
            }
        });
    }

    @Test
    void readsAtom03() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\">"
                + "<title>dive into mark</title>"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"http://diveintomark.org/\"/>"
                + "<modified>2003-12-13T18:30:02Z</modified><author><name>Mark Pilgrim</name></author>"
                + "<entry><title>Atom 0.3 snapshot</title>"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"http://diveintomark.org/2003/12/13/atom03\"/>"
                + "<id>tag:diveintomark.org,2003:3.2397</id>"
                + "<issued>2003-12-13T08:29:29-04:00</issued><modified>2003-12-13T18:30:02Z</modified>"
                + "<summary type=\"text/plain\">The Atom 0.3 snapshot is out.</summary></entry></feed>";

        ParsedFeed feed = parser.parse(xml.getBytes(UTF_8), "application/atom+xml", BASE);

        assertThat(feed.format()).isEqualTo("atom_0.3");
        assertThat(feed.link()).isEqualTo("http://diveintomark.org/");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Atom 0.3 snapshot");
            assertThat(item.url()).isEqualTo("http://diveintomark.org/2003/12/13/atom03");
            assertThat(item.excerpt()).isEqualTo("The Atom 0.3 snapshot is out.");
            assertThat(item.publishedAt()).isEqualTo(Instant.parse("2003-12-13T12:29:29Z"));
            assertThat(item.author()).isEqualTo("Mark Pilgrim");
        });
    }

    static Stream<Arguments> channelLessDocuments() {
        return Stream.of(
                Arguments.of("<rss version=\"2.0\">\n</rss>", "rss_2.0"),
                Arguments.of("<rss></rss>", "rss"),
                Arguments.of("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                        + "xmlns=\"http://purl.org/rss/1.0/\"/>", "rss_1.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channelLessDocuments")
    void bareRootWithoutChannelIsAFeedWithoutItems(String xml, String format) {
        ParsedFeed feed = parser.parse(xml.getBytes(UTF_8), "application/rss+xml", BASE);

        assertThat(feed.format()).isEqualTo(format);
        assertThat(feed.items()).isEmpty();
        assertThat(feed.title()).isNull();
    }

    @Test
    void atomTextTitlesAreTextNotHtml() {
        String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"text\">Using &lt;div&gt; &amp;amp; CSS"
                + "</title><entry><title>Less &lt;than&gt; more</title><link href=\"https://example.com/a\"/>"
                + "<id>urn:a</id><updated>2024-01-01T00:00:00Z</updated>"
                + "<content type=\"text\">a &lt; b</content></entry></feed>";

        ParsedFeed feed = parser.parse(xml.getBytes(UTF_8), null, BASE);

        assertThat(feed.title()).isEqualTo("Using <div> &amp; CSS");
        assertThat(feed.items().get(0).title()).isEqualTo("Less <than> more");
        assertThat(feed.items().get(0).content()).isEqualTo("a &lt; b");
        assertThat(feed.items().get(0).publishedAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }
}
