package com.phiintelligence.sdk.newsfeed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.error.PhiException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents that are not feeds, served over HTTP as a misconfigured or hostile server would:
 * each must fail with a {@link FeedParseException} that says why, or, for XML that tries to read
 * outside itself, parse without reading anything.
 */
class BadDocumentsTest {
    @RegisterExtension
    static final LocalFeedServer SERVER = new LocalFeedServer();

    private final FeedReader reader = FeedReader.of(FeedFetcher.create(), FeedParser.create());

    private static final String ITEM = "<item><title>Item</title><link>https://example.com/a</link></item>";

    @Test
    void htmlPageIsNotAFeed() {
        URI uri = SERVER.serve("/blog/", "text/html; charset=utf-8", ("<!DOCTYPE html>\n<html lang=\"en\"><head>"
                + "<title>Blog</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed\"></head>"
                + "<body><p>Welcome<br></p></body></html>").getBytes(UTF_8));

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .isInstanceOf(PhiException.class)
                .hasMessage("the document is an HTML page, not a feed");
    }

    @Test
    void wellFormedXhtmlPageIsNotAFeedEither() {
        URI uri = SERVER.serve("/page.xhtml", "application/xhtml+xml", ("<?xml version=\"1.0\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body/></html>")
                .getBytes(UTF_8));

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("the document is an HTML page, not a feed");
    }

    @Test
    void controlCharactersThatXmlForbidsAreDroppedNotFatal() {
        URI uri = SERVER.serve("/controls.xml", "application/rss+xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\">"
                + "<channel><title>Feed</title><item><title>Launch\u0001 day&#8;</title>"
                + "<link>https://example.com/a</link><description>one\u001Btwo</description></item></channel></rss>")
                .getBytes(UTF_8));

        ParsedFeed feed = reader.read(uri);

        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Launch day");
            assertThat(item.excerpt()).isEqualTo("onetwo");
        });
    }

    @Test
    void truncatedXmlSaysWhereItBroke() {
        byte[] full = LocalFeedServer.fixture("hackernews-frontpage-rss2.xml");
        URI uri = SERVER.serve("/truncated.xml", "application/rss+xml", Arrays.copyOf(full, full.length / 2));

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("not well-formed XML (line ");
    }

    @Test
    void emptyBodyIsAnEmptyDocument() {
        URI uri = SERVER.serve("/empty.xml", "application/rss+xml", new byte[0]);

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("the document is empty");
    }

    @Test
    void whitespaceOnlyBodyIsAnEmptyDocument() {
        URI uri = SERVER.serve("/blank.xml", "application/rss+xml", " \r\n\t\n".getBytes(UTF_8));

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("the document is empty");
    }

    @Test
    void binaryGarbageIsNeitherXmlNorJson() {
        byte[] garbage = new byte[512];
        new java.util.Random(42).nextBytes(garbage);
        garbage[0] = 0x17;
        garbage[1] = 0x7F;
        URI uri = SERVER.serve("/garbage.bin", "application/octet-stream", garbage);

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("the document is neither XML nor JSON: it starts with \"");
    }

    @Test
    void plainTextIsNeitherXmlNorJson() {
        URI uri = SERVER.serve("/maintenance", "text/plain", "Service temporarily unavailable".getBytes(UTF_8));

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("the document is neither XML nor JSON: it starts with \"Service temporarily unavailable\"");
    }

    @Test
    void xmlThatIsNotAFeedNamesItsRootElement() {
        URI uri = SERVER.serve("/sitemap.xml", "application/xml", ("<?xml version=\"1.0\"?><urlset xmlns="
                + "\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.com/</loc></url></urlset>")
                .getBytes(UTF_8));

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("root element <urlset>")
                .hasMessageContaining("not a feed");
    }

    @Test
    void opmlIsASubscriptionListNotAFeed() {
        URI uri = SERVER.serveFixture("/list.opml", "turing-ai-rss-feeds.opml", "text/x-opml");

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("OPML subscription list");
    }

    @Test
    void jsonThatIsNotAJsonFeedSaysSo() {
        URI uri = SERVER.serve("/api/posts", "application/json", "{\"posts\": []}".getBytes(UTF_8));

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("the document is JSON but not a JSON Feed");
    }

    @Test
    void brokenJsonSaysWhereItBroke() {
        URI uri = SERVER.serve("/feed.json", "application/feed+json",
                "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [".getBytes(UTF_8));

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("not valid JSON: ");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-FILE");
        SERVER.serve("/xxe/entity.txt", "text/plain", "TOP-SECRET-HTTP".getBytes(UTF_8));
        SERVER.serve("/xxe/params.dtd", "application/xml-dtd",
                "<!ENTITY leaked \"TOP-SECRET-DTD\">".getBytes(UTF_8));
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [\n"
                + "  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY remote SYSTEM \"" + SERVER.uri("/xxe/entity.txt") + "\">\n"
                + "  <!ENTITY % params SYSTEM \"" + SERVER.uri("/xxe/params.dtd") + "\">\n"
                + "  %params;\n"
                + "]>\n"
                + "<rss version=\"2.0\"><channel><title>Feed &file;</title><link>https://example.com/</link>"
                + "<item><title>Item &file;&remote;</title><link>https://example.com/a</link>"
                + "<description>Text &remote;</description></item></channel></rss>";
        URI uri = SERVER.serve("/xxe/feed.xml", "application/rss+xml", xml.getBytes(UTF_8));

        ParsedFeed feed = reader.read(uri);

        assertThat(feed.title()).isEqualTo("Feed");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Item");
            assertThat(item.excerpt()).isEqualTo("Text");
        });
        assertThat(SERVER.requests()).extracting(LocalFeedServer.RecordedRequest::path)
                .contains("/xxe/feed.xml")
                .doesNotContain("/xxe/entity.txt", "/xxe/params.dtd");
    }

    @Test
    void externalDtdIsNotLoadedButTheFeedStillReads() {
        // Old Netscape RSS 0.91 feeds carry this DOCTYPE and use its HTML entities.
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \""
                + SERVER.uri("/dtd/rss-0.91.dtd") + "\">\n"
                + "<rss version=\"0.91\"><channel><title>Caf&eacute;&nbsp;News</title>"
                + "<link>https://example.com/</link><description>d</description><language>en</language>"
                + "<item><title>Fresh &amp; hot</title><link>https://example.com/a</link></item>"
                + "</channel></rss>";
        URI uri = SERVER.serve("/dtd/feed.xml", "text/xml", xml.getBytes(UTF_8));

        ParsedFeed feed = reader.read(uri);

        assertThat(feed.format()).startsWith("rss_0.91");
        assertThat(feed.title()).isEqualTo("Café News");
        assertThat(feed.items()).extracting(ParsedItem::title).containsExactly("Fresh & hot");
        assertThat(SERVER.requests()).extracting(LocalFeedServer.RecordedRequest::path)
                .doesNotContain("/dtd/rss-0.91.dtd");
    }

    @Test
    void entityExpansionBombFailsInsteadOfExhaustingMemory() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            xml.append("<!ENTITY l").append(i).append(" \"");
            xml.append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<rss version=\"2.0\"><channel><title>&l10;</title><link>https://example.com/</link>")
                .append(ITEM).append("</channel></rss>");
        URI uri = SERVER.serve("/bomb.xml", "application/rss+xml", xml.toString().getBytes(UTF_8));

        assertThatThrownBy(() -> reader.read(uri))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("refused: the document expands XML entities beyond the safety limits");
    }

    @Test
    void itemsWithoutAUsableLinkAreSkippedWithTheReason() {
        String xml = "<rss version=\"2.0\"><channel><title>t</title><link>https://example.com/</link>"
                + "<item><title>No link at all</title><description>d</description></item>"
                + "<item><title>Script</title><link>javascript:alert(1)</link></item>"
                + "<item><title>Good</title><link> https://example.com/good </link></item>"
                + "<item><title>Guid permalink</title><guid>https://example.com/by-guid</guid></item>"
                + "<item><title>Guid not a permalink</title><guid isPermaLink=\"false\">https://example.com/?p=1</guid></item>"
                + "</channel></rss>";
        URI uri = SERVER.serve("/skips.xml", "application/rss+xml", xml.getBytes(UTF_8));

        ParsedFeed feed = reader.read(uri);

        assertThat(feed.items()).extracting(ParsedItem::url)
                .containsExactly("https://example.com/good", "https://example.com/by-guid");
        assertThat(feed.skipped()).containsExactly(
                new SkippedItem(0, "No link at all", "no link"),
                new SkippedItem(1, "Script", "link is not an absolute http(s) URL: javascript:alert(1)"),
                new SkippedItem(4, "Guid not a permalink", "no link"));
        assertThat(feed.itemsFound()).isEqualTo(5);
    }
}
