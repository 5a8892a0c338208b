package com.phiintelligence.sdk.newsfeed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpmlReaderTest {
    @RegisterExtension
    static final LocalFeedServer SERVER = new LocalFeedServer();

    private final FeedFetcher fetcher = FeedFetcher.create();
    private final OpmlReader opml = OpmlReader.create();

    @Test
    void readsAFlatOpml10List() {
        byte[] document = fetcher.fetch(SERVER.serveFixture("/feeds.opml", "turing-ai-rss-feeds.opml",
                "text/x-opml; charset=utf-8")).body();

        List<OpmlOutline> outlines = opml.read(document);

        assertThat(outlines).hasSize(12).allSatisfy(o -> {
            assertThat(o.folders()).isEmpty();
            assertThat(o.xmlUrl()).startsWith("https://raw.githubusercontent.com/alan-turing-institute/ai-rss-feeds/");
        });
        assertThat(outlines.get(2)).isEqualTo(new OpmlOutline("Anthropic News",
                "https://raw.githubusercontent.com/alan-turing-institute/ai-rss-feeds/refs/heads/main/feeds/anthropic-news.xml",
                "https://www.anthropic.com/news", List.of()));
    }

    @Test
    void readsFeedsInsideANestedFolder() {
        byte[] document = fetcher.fetch(SERVER.serveFixture("/hn-blogs.opml", "karpathy-hn-blogs.opml",
                "text/x-opml")).body();

        List<OpmlOutline> outlines = opml.read(document);

        assertThat(outlines).hasSize(92).allSatisfy(o -> assertThat(o.folders()).containsExactly("Blogs"));
        assertThat(outlines.get(0)).isEqualTo(new OpmlOutline("simonwillison.net",
                "https://simonwillison.net/atom/everything/", "https://simonwillison.net", List.of("Blogs")));
        assertThat(outlines).filteredOn(o -> o.title().equals("paulgraham.com")).singleElement()
                .satisfies(o -> {
                    assertThat(o.xmlUrl()).isEqualTo("http://www.aaronsw.com/2002/feeds/pgessays.rss");
                    assertThat(o.htmlUrl()).isEqualTo("https://paulgraham.com");
                });
        assertThat(outlines).extracting(OpmlOutline::xmlUrl).doesNotHaveDuplicates();
    }

    @Test
    void deeperFoldersAndTextOnlyOutlinesAndAttributeCase() {
        String xml = "<opml version=\"2.0\"><head><title>t</title></head><body>"
                + "<outline text=\"AI\"><outline text=\"Labs\">"
                + "<outline text=\"Lab One\" xmlURL=\" https://one.example/feed \"/></outline>"
                + "<outline text=\"A note without a feed\"/></outline>"
                + "<outline title=\"Top\" xmlUrl=\"https://top.example/rss\" htmlUrl=\"https://top.example/\"/>"
                + "</body></opml>";

        List<OpmlOutline> outlines = opml.read(xml.getBytes(UTF_8));

        assertThat(outlines).containsExactly(
                new OpmlOutline("Lab One", "https://one.example/feed", null, List.of("AI", "Labs")),
                new OpmlOutline("Top", "https://top.example/rss", "https://top.example/", List.of()));
    }

    @Test
    void aFeedIsNotAnOpmlList() {
        assertThatThrownBy(() -> opml.read(LocalFeedServer.fixture("hackernews-frontpage-rss2.xml")))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("the document is not OPML: its root element is <rss>");
    }
}
