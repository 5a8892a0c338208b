package com.phiintelligence.sdk.newsfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Precise field values read from real feeds served over HTTP: each test names the quirk of the
 * publisher's markup that it proves is handled.
 */
class FeedFieldsTest {
    @RegisterExtension
    static final LocalFeedServer SERVER = new LocalFeedServer();

    private final FeedReader reader = FeedReader.of(FeedFetcher.create(), FeedParser.create());

    private ParsedFeed read(String file, String contentType) {
        return reader.read(SERVER.serveFixture("/" + file, file, contentType));
    }

    @Test
    void vergeTitleHasARealApostropheWhereTheFeedHasAnEntityInsideCdata() {
        ParsedFeed feed = read("theverge-ai-atom.xml", "application/atom+xml; charset=UTF-8");

        ParsedItem item = feed.items().get(1);
        assertThat(item.title()).isEqualTo("Anthropic explains how Claude\u2019s invisible text watermarks will work");
        assertThat(item.url()).isEqualTo(
                "https://www.theverge.com/ai-artificial-intelligence/980869/anthropic-claude-watermarks-synthid-text-system");
        assertThat(item.author()).isEqualTo("Jess Weatherbed");
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-08-17T10:57:13Z")); // 06:57:13-04:00
        assertThat(item.tags()).containsExactly("AI", "Anthropic", "News", "Tech");
        assertThat(item.content()).startsWith("<figure>"); // CDATA padding trimmed
        assertThat(feed.link()).isEqualTo("https://www.theverge.com/ai-artificial-intelligence");
    }

    @Test
    void golemLatin1TitlesKeepTheirUmlauts() {
        ParsedFeed feed = read("golem-de-rss2-iso8859-1.xml", "application/rss+xml; charset=ISO-8859-1");

        assertThat(feed.charset()).isEqualTo("ISO-8859-1");
        assertThat(feed.items()).extracting(ParsedItem::title)
                .contains("Machine Learning: Von KI erstelltes Porträt für 432.500 US.Dollar versteigert",
                        "Wochenrückblick: Wilder Westen, buntes Handy, nutzloses Siegel");
        assertThat(feed.items().get(0).excerpt()).startsWith("Viele Spieler wünschen sich eine PC-Version");
        assertThat(feed.items().get(0).publishedAt()).isEqualTo(Instant.parse("2018-10-28T12:48:00Z"));
    }

    @Test
    void xakepWindows1251TitleIsCyrillicAndWrongWeekdaysStillGiveTheDate() {
        ParsedFeed feed = read("xakep-ru-rss2-windows1251.xml", "text/xml; charset=windows-1251");

        ParsedItem first = feed.items().get(0);
        assertThat(feed.charset()).isEqualTo("windows-1251");
        assertThat(first.title()).isEqualTo("Руководители разведки США шутят об убийстве Сноудена");
        assertThat(first.tags()).containsExactly("Новости");
        // "Sat, 04 Oct 2013 02:34:59 +0300": 4 October 2013 was a Friday.
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2013-10-03T23:34:59Z"));
        assertThat(feed.items()).allSatisfy(item -> assertThat(item.publishedAt()).isNotNull());
        // "know how (news)" is a name, not "email (name)": kept whole.
        assertThat(first.author()).isEqualTo("know how (news)");
    }

    @Test
    void uolPortugueseDatesAreRecoveredByTheLenientParser() {
        ParsedFeed feed = read("uol-noticias-rss-nodecl-latin1.xml", "text/xml;charset=ISO-8859-1");

        ParsedItem first = feed.items().get(0);
        assertThat(first.title())
                .isEqualTo("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno");
        // "Seg, 24 Set 2018 19:42:40 -0300"
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2018-09-24T22:42:40Z"));
        assertThat(feed.items()).allSatisfy(item -> assertThat(item.publishedAt()).isNotNull());
        assertThat(first.url()).isEqualTo("https://noticias.uol.com.br/politica/eleicoes/2018/noticias/2018/09/24/"
                + "ibope-bolsonaro-perde-de-haddad-ciro-e-alckmin-em-simulacoes-de-2-turno.htm");
        assertThat(feed.items().get(1).excerpt()).isNull(); // empty <description></description>
    }

    @Test
    void samRubyRelativeLinksResolveAgainstTheUrlTheFeedCameFrom() {
        URI uri = SERVER.serveFixture("/blog/index.atom", "samruby-intertwingly-atom-relative-uris.xml",
                "application/atom+xml");

        ParsedFeed feed = reader.read(uri);

        assertThat(feed.items().get(0).url()).isEqualTo(uri.resolve("/blog/2013/01/30/Plex").toString());
        assertThat(feed.link()).isEqualTo(uri.resolve("/blog/").toString());
    }

    @Test
    void samRubyRelativeLinksBecomeAbsoluteOnTheRealSite() {
        byte[] document = LocalFeedServer.fixture("samruby-intertwingly-atom-relative-uris.xml");

        ParsedFeed feed = FeedParser.create().parse(FetchedFeed.of(
                URI.create("http://intertwingly.net/blog/index.atom"), "application/atom+xml", document));

        ParsedItem first = feed.items().get(0);
        assertThat(first.url()).isEqualTo("http://intertwingly.net/blog/2013/01/30/Plex");
        assertThat(first.title()).isEqualTo("Plex");
        assertThat(first.author()).isEqualTo("Sam Ruby"); // inherited from the feed (RFC 4287 4.2.1)
        assertThat(first.content()).startsWith("<svg").doesNotStartWith("<div"); // xhtml wrapper removed
        assertThat(feed.link()).isEqualTo("http://intertwingly.net/blog/");
    }

    @Test
    void withoutADocumentUriTheFeedsSelfLinkIsTheBase() {
        byte[] document = LocalFeedServer.fixture("samruby-intertwingly-atom-relative-uris.xml");

        ParsedFeed feed = FeedParser.create().parse(document, null, null);

        assertThat(feed.items().get(0).url()).isEqualTo("http://intertwingly.net/blog/2013/01/30/Plex");
    }

    @Test
    void arstechnicaAuthorAndTextsAreTrimmedOfTheWhitespaceAroundCdata() {
        ParsedFeed feed = read("arstechnica-rss2-trimmed.xml", "application/rss+xml; charset=UTF-8");

        ParsedItem first = feed.items().get(0);
        assertThat(first.author()).isEqualTo("Jonathan M. Gitlin");
        assertThat(feed.items().get(1).author()).isEqualTo("Paresh Dave, wired.com");
        assertThat(first.title()).isEqualTo("The world\u2019s best racing driver is about to race 100 karts at once");
        assertThat(first.excerpt()).isEqualTo("Red Bull, Disney+, and ESPN are streaming the race at noon Eastern today.");
        assertThat(first.content()).startsWith("<p>Later today, Max Verstappen");
        assertThat(first.imageUrl())
                .isEqualTo("https://cdn.arstechnica.net/wp-content/uploads/2026/09/SI202608250383-1152x648.jpg");
        assertThat(first.tags()).containsExactly("Cars", "Racing", "red bull");
    }

    @Test
    void deepmindImagesComeFromMediaRssAndEmptyDescriptionsGiveNoExcerpt() {
        ParsedFeed feed = read("deepmind-news-rss2.xml", "application/xml; charset=utf-8");

        ParsedItem withImage = feed.items().get(1);
        assertThat(withImage.title()).isEqualTo("Putting sign language AI into users\u2019 hands");
        assertThat(withImage.imageUrl()).isEqualTo("https://lh3.googleusercontent.com/8RcynTx1ujudyw8Fs05Pv8WJahe2FQ3z1Y7"
                + "gNHm-xvOTJLdMp9hNDsIIoQbJsnav6evNLgY1iT9B9ercsyIn0U1N51pzScvSfe6IHk2SjDJx-MaVzQ=w528-h297-n-nu-rw-lo");
        ParsedItem bare = feed.items().get(0);
        assertThat(bare.imageUrl()).isNull();
        assertThat(bare.excerpt()).isNull();
        assertThat(bare.content()).isNull();
        assertThat(bare.readTime()).isNull();
        assertThat(feed.items()).filteredOn(item -> item.imageUrl() != null).hasSize(73);
        assertThat(feed.items()).filteredOn(item -> item.excerpt() == null).hasSize(21);
        // The channel's self link points at example.com (a site bug); the site link is right.
        assertThat(feed.link()).isEqualTo("https://deepmind.google/blog/");
    }

    @Test
    void techcrunchTagsAreTheCategoryTermsInFeedOrder() {
        ParsedFeed feed = read("techcrunch-ai-wordpress-rss2.xml", "application/rss+xml; charset=UTF-8");

        ParsedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Anthropic\u2019s annualized revenue surges to $65B");
        assertThat(first.tags()).containsExactly("AI", "Anthropic", "In Brief");
        assertThat(first.author()).isEqualTo("Marina Temkin");
        assertThat(feed.items().get(1).tags()).containsExactly("AI", "Chrome", "gemini", "Google", "relay");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-08-17T23:56:26Z"));
    }

    @Test
    void substackImageEnclosureIsTheImageAndAudioEnclosuresAreNot() {
        ParsedFeed feed = read("interconnects-substack-rss2.xml", "application/xml; charset=utf-8");

        ParsedItem first = feed.items().get(0);
        assertThat(first.imageUrl()).isEqualTo("https://substackcdn.com/image/fetch/$s_!RSM6!,f_auto,q_auto:good,"
                + "fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F"
                + "7a71a4f9-5ac5-447e-82ff-899915627512_2048x1152.jpeg");
        assertThat(first.author()).isEqualTo("Florian Brand");
        assertThat(first.excerpt()).isEqualTo("Capacity to train strong models is proliferating.");
        assertThat(first.content()).startsWith("<p>");
        assertThat(feed.items().get(1).imageUrl()).isNull(); // its enclosure is an mp3
    }

    @Test
    void googleTestingBlogUsesFeedburnerOriginalLinksAndMillisecondDates() {
        ParsedFeed feed = read("google-testing-blog-blogger-feedburner-atom.xml", "text/xml; charset=UTF-8");

        ParsedItem first = feed.items().get(0);
        assertThat(first.url()).isEqualTo("http://testing.googleblog.com/2017/09/code-health-providing-context-with.html");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2017-09-11T21:01:00Z")); // 14:01:00.000-07:00
        assertThat(first.author()).isEqualTo("Google Testing Bloggers");
        assertThat(first.tags()).containsExactly("Chris Lewis", "Code Health", "TotT");
    }

    @Test
    void heiseRss090ItemsHaveDescriptionsButNoDates() {
        ParsedFeed feed = read("heise-online-rss090-rdf.xml", "application/rdf+xml; charset=utf-8");

        ParsedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("OLED-TVs: Vorsichtsmaßnahmen gegen Einbrennen");
        assertThat(first.excerpt()).startsWith("Wer gerade einen neuen OLED-Fernseher gekauft hat");
        assertThat(feed.items()).allSatisfy(item -> assertThat(item.publishedAt()).isNull());
    }

    @Test
    void slashdotRdfItemsCarryDublinCoreCreatorAndDate() {
        ParsedFeed feed = read("slashdot-rss1-rdf-iso8859-1.xml", "application/rdf+xml");

        ParsedItem first = feed.items().get(0);
        assertThat(first.author()).isEqualTo("EditorDavid");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-03-02T15:34:00Z"));
        assertThat(first.excerpt()).startsWith("\"A ransomware gang once thought to have been crippled");
    }

    @Test
    void youtubeThumbnailAndDescriptionComeFromMediaGroup() {
        ParsedFeed feed = read("youtube-channel-atom-mediagroup.xml", "text/xml; charset=UTF-8");

        ParsedItem first = feed.items().get(0);
        assertThat(first.url()).isEqualTo("https://www.youtube.com/watch?v=EN6Q3273aAY");
        assertThat(first.imageUrl()).isEqualTo("https://i2.ytimg.com/vi/EN6Q3273aAY/hqdefault.jpg");
        assertThat(first.excerpt()).startsWith("This year I'm doing Advent of Code in Rust!");
        assertThat(first.content()).isNull();
    }

    @Test
    void huggingFaceMinimalItemsLeaveOptionalFieldsEmpty() {
        ParsedFeed feed = read("huggingface-blog-rss2-trimmed.xml", "application/xml");

        ParsedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("How to build scalable web apps with OpenAI's Privacy Filter");
        assertThat(first.url()).isEqualTo("https://huggingface.co/blog/openai-privacy-filter-web-apps");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-04-27T00:00:00Z"));
        assertThat(first.excerpt()).isNull();
        assertThat(first.content()).isNull();
        assertThat(first.author()).isNull();
        assertThat(first.readTime()).isNull();
        assertThat(first.imageUrl()).isNull();
        assertThat(first.tags()).isEmpty();
    }

    @Test
    void redditAtomWithRelativeXmlBaseAndOnlyPublishedDates() {
        ParsedFeed feed = read("reddit-frontpage-atom-xhtml.xml", "application/atom+xml; charset=UTF-8");

        ParsedItem first = feed.items().get(0);
        assertThat(first.url()).isEqualTo(
                "https://www.reddit.com/r/funny/comments/42tizy/how_the_british_as_seen_by_americans_and_europeans/");
        assertThat(first.author()).isEqualTo("/u/AngryRedditorsBelow");
        assertThat(first.tags()).containsExactly("funny");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2016-01-26T20:31:34Z"));
        assertThat(first.excerpt()).isEqualTo("submitted by /u/AngryRedditorsBelow to /r/funny [link] [1143 comments]");
    }

    @Test
    void arxivApiEntriesJoinTheirManyAuthors() {
        ParsedFeed feed = read("arxiv-api-cs-ai-lg-cl-atom.xml", "application/atom+xml; charset=utf-8");

        ParsedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Learning to Trace Seiberg Dualities");
        assertThat(first.url()).isEqualTo("https://arxiv.org/abs/2607.28628v1");
        assertThat(first.author()).isEqualTo("Jonathan J. Heckman, Shani Meynet, Alessandro Mininno, Gary Shiu");
        assertThat(first.tags()).containsExactly("hep-th", "cs.AI", "cs.LG", "hep-ph");
        assertThat(first.excerpt()).hasSizeLessThanOrEqualTo(300).endsWith("…").doesNotContain("\n");
        assertThat(first.readTime()).isEqualTo("2 min read");
    }

    @Test
    void atpMediaRssUnderTheWrongNamespaceIsNotMistakenForImages() {
        ParsedFeed feed = read("atp-podcast-itunes-rss2.xml", "application/rss+xml;charset=utf-8");

        assertThat(feed.items()).allSatisfy(item -> assertThat(item.imageUrl()).isNull());
        assertThat(feed.items().get(0).author()).isEqualTo("Marco Arment");
    }

    @Test
    void donthitsaveByteOrderMarkIsReadAsUtf8() {
        ParsedFeed feed = read("donthitsave-rss2-utf8-bom.xml", "application/rss+xml");

        assertThat(feed.charset()).isEqualTo("UTF-8");
        assertThat(feed.title()).isEqualTo("Don't Hit Save");
        assertThat(feed.items().get(0).title()).isEqualTo("Skipping Around");
        assertThat(feed.items().get(0).excerpt()).contains("the word \u201cwalk\u201d");
    }

    @Test
    void emptyWeekendArxivFeedIsAValidFeedWithoutItems() {
        ParsedFeed feed = read("arxiv-cs-rss2-empty-weekend.xml", "application/rss+xml");

        assertThat(feed.items()).isEmpty();
        assertThat(feed.skipped()).isEmpty();
        assertThat(feed.title()).isEqualTo("cs updates on arXiv.org");
    }

    @Test
    void hackerNewsItemsLinkToTheStoryNotTheComments() {
        ParsedFeed feed = read("hackernews-frontpage-rss2.xml", "application/rss+xml; charset=utf-8");

        ParsedItem first = feed.items().get(0);
        assertThat(first.url()).isEqualTo("https://fil-c.org/seccomp");
        assertThat(first.title()).isEqualTo("Linux Sandboxes and Fil-C");
        assertThat(first.content()).isEqualTo("<a href=\"https://news.ycombinator.com/item?id=46259064\">Comments</a>");
        assertThat(first.excerpt()).isEqualTo("Comments");
        assertThat(feed.items().get(1).title()).isEqualTo("Recovering Anthony Bourdain's (really) lost Li.st's");
    }
}
