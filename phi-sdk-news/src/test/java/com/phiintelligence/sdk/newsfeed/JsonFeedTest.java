package com.phiintelligence.sdk.newsfeed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JSON Feed 1.0 and 1.1, which ROME does not read, served over HTTP. */
class JsonFeedTest {
    @RegisterExtension
    static final LocalFeedServer SERVER = new LocalFeedServer();

    private final FeedReader reader = FeedReader.of(FeedFetcher.create(), FeedParser.create());

    @Test
    void daringFireballItemUrlIsThePermalinkNotTheExternalUrl() {
        ParsedFeed feed = reader.read(SERVER.serveFixture("/feeds/json", "daringfireball-jsonfeed-v1.json",
                "application/json"));

        ParsedItem first = feed.items().get(0);
        assertThat(feed.format()).isEqualTo("json_1.0");
        assertThat(feed.title()).isEqualTo("Daring Fireball");
        assertThat(feed.link()).isEqualTo("https://daringfireball.net/");
        assertThat(first.title()).isEqualTo("The Talk Show: \u2018I Do Like Throwing a Baby\u2019");
        assertThat(first.url()).isEqualTo("https://daringfireball.net/linked/2017/06/26/the-talk-show-195");
        assertThat(first.author()).isEqualTo("John Gruber");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2017-06-27T00:54:17Z"));
        assertThat(first.content()).startsWith("<p>New episode of America&#8217;s favorite 3-star podcast");
        assertThat(first.excerpt()).startsWith("New episode of America\u2019s favorite 3-star podcast");
    }

    @Test
    void charactersThatTextCannotHoldAreDroppedFromItems() {
        URI uri = SERVER.serve("/nul.json", "application/feed+json", ("{\"version\": \"https://jsonfeed.org/version/1.1\","
                + " \"title\": \"F\", \"items\": [{\"id\": \"1\", \"url\": \"https://example.com/a\","
                + " \"title\": \"Null\\u0000 byte\\u0007\", \"content_text\": \"a\\u0000b\","
                + " \"tags\": [\"x\\u0000y\"]}]}").getBytes(UTF_8));

        ParsedItem item = reader.read(uri).items().get(0);

        assertThat(item.title()).isEqualTo("Null byte");
        assertThat(item.excerpt()).isEqualTo("ab");
        assertThat(item.tags()).containsExactly("xy");
    }

    @Test
    void fboesVersion11SummaryTagsImageAndOffsetDates() {
        ParsedFeed feed = reader.read(SERVER.serveFixture("/feed.json", "fboes-blog-jsonfeed-v1.1.json",
                "application/feed+json"));

        ParsedItem first = feed.items().get(0);
        assertThat(feed.format()).isEqualTo("json_1.1");
        assertThat(feed.title()).isEqualTo("fboës - Der Blog | Startseite");
        assertThat(first.title()).isEqualTo("Lecker, lecker");
        assertThat(first.url()).isEqualTo("https://journal.3960.org/posts/2020-02-21-lecker-lecker/");
        assertThat(first.excerpt()).isEqualTo("Da ist es zwar nicht ganz billig, dafür schmeckt's aber auch nicht.");
        assertThat(first.author()).isEqualTo("Frank Boës");
        assertThat(first.tags()).containsExactly("Lustiges");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2020-02-21T17:08:06Z")); // 18:08:06+01:00
        assertThat(first.imageUrl()).isEqualTo("https://cdn.3960.org/favicon-192x192.png");
        assertThat(feed.items().get(2).imageUrl()).isEqualTo("https://img.youtube.com/vi/G2dGWH90aew/hqdefault.jpg");
    }

    @Test
    void lukeDornyEscapedSlashesAndAuthorsArray() {
        ParsedFeed feed = reader.read(SERVER.serveFixture("/feed.json", "lukedorny-jsonfeed-v1.1-escaped.json",
                "application/feed+json; charset=utf-8"));

        ParsedItem first = feed.items().get(0);
        assertThat(first.url()).isEqualTo("https://lukedorny.com/updates/new-font");
        assertThat(first.imageUrl())
                .isEqualTo("https://lukedorny.com/media/pages/updates/new-font/4d77b179bd-1736211467/asketch1-500x-crop.jpg");
        assertThat(first.tags()).containsExactly("Design");
        assertThat(first.author()).isEqualTo("Author: Luke, most likely.");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-01-06T01:40:00Z"));
        assertThat(first.excerpt()).isEqualTo("A Journey with links");
    }

    @Test
    void relativeUrlsResolveAndTextContentIsEscapedAsHtml() {
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Notes\","
                + "\"home_page_url\":\"/\",\"authors\":[{\"name\":\"Feed Author\"}],\"items\":["
                + "{\"id\":\"1\",\"url\":\"/notes/1\",\"content_text\":\"a < b & c\\nsecond line\","
                + "\"date_modified\":\"2024-05-01T10:00:00Z\",\"attachments\":[{\"url\":\"/img/1.png\","
                + "\"mime_type\":\"image/png\"}]},"
                + "{\"id\":\"tag:example.com,2024:2\",\"content_html\":\"<p>no url</p>\"}]}";
        URI uri = SERVER.serve("/notes/feed.json", "application/feed+json", json.getBytes(UTF_8));

        ParsedFeed feed = reader.read(uri);

        ParsedItem first = feed.items().get(0);
        assertThat(first.url()).isEqualTo(uri.resolve("/notes/1").toString());
        assertThat(first.title()).isNull();
        assertThat(first.content()).isEqualTo("a &lt; b &amp; c<br>\nsecond line");
        assertThat(first.excerpt()).isEqualTo("a < b & c second line");
        assertThat(first.author()).isEqualTo("Feed Author");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(first.imageUrl()).isEqualTo(uri.resolve("/img/1.png").toString());
        assertThat(feed.link()).isEqualTo(uri.resolve("/").toString());
        assertThat(feed.skipped()).containsExactly(new SkippedItem(1, null, "no link"));
    }
}
