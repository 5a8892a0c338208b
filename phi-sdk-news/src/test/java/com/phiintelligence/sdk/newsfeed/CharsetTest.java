package com.phiintelligence.sdk.newsfeed;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every non-UTF-8 feed of the corpus, served with no {@code Content-Type}, with one that names no
 * charset, with the right charset and with a wrong one, must decode to the same text.
 */
class CharsetTest {
    @RegisterExtension
    static final LocalFeedServer SERVER = new LocalFeedServer();

    private static final AtomicInteger PATHS = new AtomicInteger();
    private static final String NONE = "(none)";

    private final FeedReader reader = FeedReader.of(FeedFetcher.create(), FeedParser.create());

    private ParsedFeed serveAndRead(String file, String contentType) {
        URI uri = SERVER.serveFixture("/charset/" + PATHS.incrementAndGet() + "/" + file, file,
                NONE.equals(contentType) ? null : contentType);
        return reader.read(uri);
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @CsvSource(delimiter = '|', value = {
            "(none)                                  | ISO-8859-1",
            "application/rss+xml                     | ISO-8859-1",
            "application/rss+xml; charset=ISO-8859-1 | ISO-8859-1",
            "application/rss+xml; charset=\"latin1\" | ISO-8859-1",
            "application/rss+xml; charset=utf-8      | ISO-8859-1", // wrong: the bytes are not UTF-8
    })
    void golemLatin1WithDeclaration(String contentType, String charset) {
        ParsedFeed feed = serveAndRead("golem-de-rss2-iso8859-1.xml", contentType);

        assertThat(feed.charset()).isEqualTo(charset);
        assertThat(feed.items()).extracting(ParsedItem::title)
                .contains("Machine Learning: Von KI erstelltes Porträt für 432.500 US.Dollar versteigert");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @CsvSource(delimiter = '|', value = {
            "(none)                         | windows-1251",
            "text/xml                       | windows-1251",
            "text/xml; charset=windows-1251 | windows-1251",
            "text/xml; charset=cp1251       | windows-1251",
            "text/xml; charset=UTF-8        | windows-1251", // wrong: the bytes are not UTF-8
    })
    void xakepWindows1251WithDeclaration(String contentType, String charset) {
        ParsedFeed feed = serveAndRead("xakep-ru-rss2-windows1251.xml", contentType);

        assertThat(feed.charset()).isEqualTo(charset);
        assertThat(feed.items().get(0).title()).isEqualTo("Руководители разведки США шутят об убийстве Сноудена");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @CsvSource(delimiter = '|', value = {
            "(none)                          | windows-1252", // no declaration, not UTF-8: sniffed
            "text/xml                        | windows-1252",
            "text/xml;charset=ISO-8859-1     | ISO-8859-1",
            "text/xml; charset=utf-8         | windows-1252", // wrong header, passed over
    })
    void uolLatin1WithoutDeclaration(String contentType, String charset) {
        ParsedFeed feed = serveAndRead("uol-noticias-rss-nodecl-latin1.xml", contentType);

        assertThat(feed.charset()).isEqualTo(charset);
        assertThat(feed.items().get(0).title())
                .isEqualTo("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno");
        assertThat(feed.items().get(1).title())
                .isEqualTo("Promotoria abre inquérito para apurar suspeita de improbidade de Skaf no Sebrae-SP");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @CsvSource(delimiter = '|', value = {
            "(none)",
            "application/rss+xml",
            "application/rss+xml; charset=ISO-8859-1", // wrong: the byte order mark decides
    })
    void donthitsaveByteOrderMarkWins(String contentType) {
        ParsedFeed feed = serveAndRead("donthitsave-rss2-utf8-bom.xml", contentType);

        assertThat(feed.charset()).isEqualTo("UTF-8");
        assertThat(feed.items().get(0).excerpt()).contains("the word \u201cwalk\u201d");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @CsvSource(delimiter = '|', value = {
            "(none)                   | ISO-8859-1",
            "text/xml; charset=utf-8  | UTF-8", // the header wins; the bytes are ASCII either way
    })
    void slashdotDeclaredLatin1ButAscii(String contentType, String charset) {
        ParsedFeed feed = serveAndRead("slashdot-rss1-rdf-iso8859-1.xml", contentType);

        assertThat(feed.charset()).isEqualTo(charset);
        assertThat(feed.items()).hasSize(15);
        assertThat(feed.items().get(1).title())
                .isEqualTo("Spotify, Epic Games, and Others Argue Apple's App Store Changes Do Not Comply With DMA");
    }

    @Test
    void utf8FeedThatTheServerMislabelsAsLatin1KeepsItsCharacters() {
        ParsedFeed feed = serveAndRead("theverge-ai-atom.xml", "application/atom+xml; charset=ISO-8859-1");

        assertThat(feed.charset()).isEqualTo("UTF-8");
        assertThat(feed.items().get(1).title())
                .isEqualTo("Anthropic explains how Claude\u2019s invisible text watermarks will work");
    }

    @Test
    void leadingWhitespaceBeforeTheXmlDeclarationIsTolerated() {
        for (String file : new String[] {"aws-blog-typepad-atom-xmlbase.xml",
                "samruby-intertwingly-atom-relative-uris.xml"}) {
            assertThat(LocalFeedServer.fixture(file)[0]).as(file).isEqualTo((byte) '\n');

            ParsedFeed feed = serveAndRead(file, "application/atom+xml");

            assertThat(feed.items()).as(file).isNotEmpty();
        }
    }

    @Test
    void utf16WithByteOrderMark() {
        String text = new String(LocalFeedServer.fixture("hackernews-frontpage-rss2.xml"), UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes(text.getBytes(UTF_16LE));
        URI uri = SERVER.serve("/charset/utf16le-bom.xml", "application/rss+xml", bytes.toByteArray());

        ParsedFeed feed = reader.read(uri);

        assertThat(feed.charset()).isEqualTo("UTF-16LE");
        assertThat(feed.items()).hasSize(30);
    }

    @Test
    void utf16WithoutByteOrderMarkIsSniffedFromTheFirstCharacters() {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                + new String(LocalFeedServer.fixture("hackernews-frontpage-rss2.xml"), UTF_8);
        URI uri = SERVER.serve("/charset/utf16be.xml", "application/rss+xml", text.getBytes(UTF_16BE));

        ParsedFeed feed = reader.read(uri);

        assertThat(feed.charset()).isEqualTo("UTF-16BE");
        assertThat(feed.items()).hasSize(30);
    }

    @Test
    void gb2312IsReadAsItsSupersetGb18030() {
        String title = "人工智能新闻";
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"gb2312\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>https://example.com/</link></channel></rss>").getBytes(java.nio.charset.Charset
                .forName("GB2312"));
        URI uri = SERVER.serve("/charset/gb2312.xml", "application/rss+xml", xml);

        ParsedFeed feed = reader.read(uri);

        assertThat(feed.charset()).isEqualTo("GB18030");
        assertThat(feed.title()).isEqualTo(title);
    }

    @Test
    void latin1DeclarationWithWindows1252QuotesReadsThemAsQuotes() {
        // 0x93/0x94 are control characters in ISO-8859-1 and curly quotes in windows-1252.
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://example.com/</link><item><title>\u201cQuoted\u201d caf\u00e9</title>"
                + "<link>https://example.com/a</link></item></channel></rss>").getBytes(java.nio.charset.Charset
                .forName("windows-1252"));
        URI uri = SERVER.serve("/charset/cp1252.xml", "application/rss+xml", xml);

        ParsedFeed feed = reader.read(uri);

        assertThat(feed.charset()).isEqualTo("windows-1252");
        assertThat(feed.items().get(0).title()).isEqualTo("\u201cQuoted\u201d caf\u00e9");
    }
}
