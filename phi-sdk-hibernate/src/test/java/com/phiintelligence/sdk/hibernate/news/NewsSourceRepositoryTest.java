package com.phiintelligence.sdk.hibernate.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.news.FetchLogStatus;
import com.phiintelligence.sdk.news.NewNewsArticle;
import com.phiintelligence.sdk.news.NewNewsFetchLog;
import com.phiintelligence.sdk.news.NewNewsSource;
import com.phiintelligence.sdk.news.NewsSource;
import com.phiintelligence.sdk.news.NewsSourceSort;
import com.phiintelligence.sdk.news.NewsSourceUpdate;
import com.phiintelligence.sdk.news.SourcePriority;
import com.phiintelligence.sdk.news.SourceStatus;
import com.phiintelligence.sdk.news.SourceType;
import com.phiintelligence.sdk.query.Page;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

@PhiTest
class NewsSourceRepositoryTest {
    private static final String SECRET = "sk-live-7f3a9c1e5b";

    static NewNewsSource.Builder feed(String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return NewNewsSource.builder().name(name).type(SourceType.TECH_NEWS)
                .url("https://" + slug + ".example.com").rssUrl("https://" + slug + ".example.com/feed.xml");
    }

    @Test
    void roundTripsEveryColumn(PhiSdk phi) {
        NewsSource created = phi.newsSources().create(NewNewsSource.builder().name("arXiv cs.AI").type(SourceType.RESEARCH)
                .url("https://arxiv.org/list/cs.AI/recent").rssUrl("https://rss.arxiv.org/rss/cs.AI").apiKey(SECRET)
                .status(SourceStatus.INACTIVE).priority(SourcePriority.LOW).build());
        assertThat(created.id()).hasSize(36);
        assertThat(created.name()).isEqualTo("arXiv cs.AI");
        assertThat(created.type()).isEqualTo(SourceType.RESEARCH);
        assertThat(created.url()).isEqualTo("https://arxiv.org/list/cs.AI/recent");
        assertThat(created.rssUrl()).isEqualTo("https://rss.arxiv.org/rss/cs.AI");
        assertThat(created.apiKey()).isEqualTo(SECRET);
        assertThat(created.lastFetch()).isNull();
        assertThat(created.status()).isEqualTo(SourceStatus.INACTIVE);
        assertThat(created.priority()).isEqualTo(SourcePriority.LOW);
        assertThat(created.createdAt()).isNotNull();
        assertThat(phi.newsSources().get(created.id())).isEqualTo(created);

        Instant fetched = Instant.parse("2026-03-04T05:06:07.123456Z");
        NewsSource updated = phi.newsSources().update(created.id(), NewsSourceUpdate.builder()
                .name("BAIR blog").type(SourceType.ACADEMIC).url("https://bair.berkeley.edu/blog/")
                .rssUrl(null).apiKey(null).lastFetch(fetched).status(SourceStatus.ACTIVE)
                .priority(SourcePriority.MEDIUM).build());
        assertThat(updated).isEqualTo(new NewsSource(created.id(), "BAIR blog", SourceType.ACADEMIC,
                "https://bair.berkeley.edu/blog/", null, null, fetched, SourceStatus.ACTIVE, SourcePriority.MEDIUM,
                created.createdAt()));
        assertThat(phi.newsSources().get(created.id())).isEqualTo(updated);

        NewsSource again = phi.newsSources().update(created.id(), NewsSourceUpdate.builder()
                .rssUrl("https://bair.berkeley.edu/blog/feed.xml").apiKey("other-key").lastFetch(null)
                .type(SourceType.of("blog")).status(SourceStatus.of("paused")).build());
        assertThat(again.lastFetch()).isNull();
        assertThat(again.rssUrl()).isEqualTo("https://bair.berkeley.edu/blog/feed.xml");
        assertThat(again.apiKey()).isEqualTo("other-key");
        assertThat(again.type().code()).isEqualTo("blog");
        assertThat(again.type().isKnown()).isFalse();
        assertThat(again.status().isFetched()).isFalse();
        assertThat(again.name()).isEqualTo("BAIR blog");
        assertThat(phi.newsSources().get(created.id())).isEqualTo(again);
    }

    @Test
    void takesTheSchemaDefaultsAndKeepsMicroseconds(PhiSdk phi) {
        NewsSource created = phi.newsSources().create(NewNewsSource.builder().name("MIT News AI")
                .type(SourceType.ACADEMIC).url("https://news.mit.edu/topic/artificial-intelligence2").build());
        assertThat(created.status()).isEqualTo(SourceStatus.ACTIVE);
        assertThat(created.priority()).isEqualTo(SourcePriority.HIGH);
        assertThat(created.rssUrl()).isNull();
        assertThat(created.apiKey()).isNull();
        assertThat(created.isFetchable()).isFalse();

        NewsSource fetched = phi.newsSources().update(created.id(), NewsSourceUpdate.builder()
                .lastFetch(Instant.parse("2026-01-01T00:00:00.987654321Z")).build());
        assertThat(fetched.lastFetch()).isEqualTo(Instant.parse("2026-01-01T00:00:00.987654Z"));
        assertThat(phi.newsSources().get(created.id()).lastFetch()).isEqualTo(Instant.parse("2026-01-01T00:00:00.987654Z"));
    }

    @Test
    void readsLegacyValuesWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO news_sources (id, name, type, url, status, priority, last_fetch) VALUES "
                    + "('legacy-1', 'Old feed', 'blog', 'https://old.example.com', 'paused', 7, '2025-06-07 08:09:10.654321')");
            s.execute("INSERT INTO news_sources (id, name, type, url, status, priority) VALUES "
                    + "('legacy-2', 'No status', 'industry', 'https://x.example.com', NULL, NULL)");
            s.execute("INSERT INTO news_sources (id, name, type, url) VALUES ('legacy-3', 'Defaults', 'research', 'https://y.example.com')");
        }
        NewsSource old = phi.newsSources().get("legacy-1");
        assertThat(old.type().code()).isEqualTo("blog");
        assertThat(old.type().isKnown()).isFalse();
        assertThat(old.status().code()).isEqualTo("paused");
        assertThat(old.status().isFetched()).isFalse();
        assertThat(old.priority().code()).isEqualTo(7);
        assertThat(old.priority().isKnown()).isFalse();
        assertThat(old.lastFetch()).isEqualTo(Instant.parse("2025-06-07T08:09:10.654321Z"));

        NewsSource empty = phi.newsSources().get("legacy-2");
        assertThat(empty.status()).isNull();
        assertThat(empty.priority()).isNull();
        assertThat(empty.isFetchable()).isFalse();

        NewsSource defaults = phi.newsSources().get("legacy-3");
        assertThat(defaults.status()).isEqualTo(SourceStatus.ACTIVE);
        assertThat(defaults.priority()).isEqualTo(SourcePriority.HIGH);
        assertThat(defaults.createdAt()).isNotNull();

        assertThat(phi.newsSources().query().list()).extracting(NewsSource::id)
                .containsExactly("legacy-3", "legacy-1", "legacy-2");
    }

    @Test
    void findOrCreateMakesOneRowPerNameEvenWhenCalledTogether(PhiSdk phi, ConnectionInfo db) throws Exception {
        int writers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<NewsSource>> registered = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                NewNewsSource command = feed("Hugging Face blog").priority(i % 2 == 0 ? SourcePriority.HIGH : SourcePriority.LOW)
                        .build();
                registered.add(pool.submit(() -> {
                    go.await();
                    return phi.newsSources().findOrCreate(command);
                }));
            }
            go.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<NewsSource> f : registered) {
                ids.add(f.get(30, TimeUnit.SECONDS).id());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(phi.newsSources().query().count()).isEqualTo(1);

        // Found again, it is returned as it is; legacy duplicates of a name give the oldest.
        NewsSource again = phi.newsSources().findOrCreate(feed("Hugging Face blog").type(SourceType.RESEARCH).build());
        assertThat(again.type()).isEqualTo(SourceType.TECH_NEWS);
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO news_sources (id, name, type, url, created_at) VALUES"
                    + " ('dup-new', 'Twice', 'research', 'https://a.example.com', '2026-02-01 00:00:00'),"
                    + " ('dup-old', 'Twice', 'research', 'https://b.example.com', '2026-01-01 00:00:00')");
        }
        assertThat(phi.newsSources().findOrCreate(feed("Twice").build()).id()).isEqualTo("dup-old");
        assertThat(phi.newsSources().query().count()).isEqualTo(3);
    }

    @Test
    void findOrCreateChecksTheCommand(PhiSdk phi) {
        assertThatThrownBy(() -> phi.newsSources().findOrCreate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("source");
    }

    @Test
    void neverShowsTheApiKeyInToString(PhiSdk phi) {
        NewNewsSource command = feed("VentureBeat AI").apiKey(SECRET).build();
        NewsSource stored = phi.newsSources().create(command);
        NewsSourceUpdate update = NewsSourceUpdate.builder().apiKey(SECRET).name("VB").build();

        for (Object o : List.of(command, stored, phi.newsSources().get(stored.id()), update)) {
            assertThat(o.toString()).doesNotContain(SECRET).contains("apiKey=").contains("****");
        }
        assertThat(stored.toString()).contains("VentureBeat AI");
        NewsSource keyInQuery = phi.newsSources().create(feed("Keyed").rssUrl("https://feeds.example.com/ai?key=" + SECRET).build());
        assertThat(keyInQuery.toString()).doesNotContain(SECRET).contains("rssUrl=https://feeds.example.com/ai?****");
        assertThat(NewsSourceUpdate.builder().apiKey(null).build().toString()).contains("apiKey=to(null)");
        assertThat(NewsSourceUpdate.builder().build().toString()).contains("apiKey=keep");
        assertThatThrownBy(() -> NewNewsSource.builder().name("x").type(SourceType.RESEARCH).url("https://x.example.com")
                .apiKey("   ").build()).hasMessageNotContaining(SECRET).isInstanceOf(ValidationException.class);
    }

    @Test
    void queriesFilterSortAndPage(PhiSdk phi) {
        // Names chosen so that C and en_US collations give the same order.
        NewsSource arxiv = phi.newsSources().create(feed("ArXiv stat.ML").type(SourceType.RESEARCH).build());
        NewsSource bair = phi.newsSources().create(feed("BAIR").type(SourceType.ACADEMIC).priority(SourcePriority.MEDIUM).build());
        NewsSource nature = phi.newsSources().create(feed("Nature MI").type(SourceType.ACADEMIC).priority(SourcePriority.MEDIUM)
                .status(SourceStatus.INACTIVE).build());
        NewsSource hf = phi.newsSources().create(feed("Hugging Face").type(SourceType.INDUSTRY).priority(SourcePriority.LOW)
                .rssUrl(null).build());
        NewsSource aiNews = phi.newsSources().create(feed("AI News").priority(SourcePriority.HIGH).build());
        Instant fetched = Instant.parse("2026-02-01T12:00:00Z");
        phi.newsSources().update(bair.id(), NewsSourceUpdate.builder().lastFetch(fetched).build());

        assertThat(phi.newsSources().query().list()).extracting(NewsSource::name)
                .containsExactly("AI News", "ArXiv stat.ML", "BAIR", "Nature MI", "Hugging Face");
        assertThat(phi.newsSources().query().fetchable().list()).extracting(NewsSource::id)
                .containsExactly(aiNews.id(), arxiv.id(), bair.id());
        assertThat(phi.newsSources().query().fetchable().list()).allMatch(NewsSource::isFetchable);
        assertThat(phi.newsSources().query().status(SourceStatus.INACTIVE).list()).extracting(NewsSource::id)
                .containsExactly(nature.id());
        assertThat(phi.newsSources().query().type(SourceType.ACADEMIC, SourceType.INDUSTRY).count()).isEqualTo(3);
        assertThat(phi.newsSources().query().priority(SourcePriority.MEDIUM).type(SourceType.ACADEMIC)
                .status(SourceStatus.ACTIVE).list()).extracting(NewsSource::id).containsExactly(bair.id());
        assertThat(phi.newsSources().query().priority(SourcePriority.LOW).list()).extracting(NewsSource::id)
                .containsExactly(hf.id());
        assertThat(phi.newsSources().query().search("FACE").list()).extracting(NewsSource::id).containsExactly(hf.id());
        assertThat(phi.newsSources().query().lastFetchBetween(fetched, fetched.plusSeconds(1)).list())
                .extracting(NewsSource::id).containsExactly(bair.id());
        assertThat(phi.newsSources().query().neverFetched().count()).isEqualTo(4);
        assertThat(phi.newsSources().query().createdBetween(arxiv.createdAt(), null).count()).isEqualTo(5);
        assertThat(phi.newsSources().query().createdBetween(null, arxiv.createdAt()).count()).isZero();

        Page<NewsSource> page = phi.newsSources().query().orderBy(NewsSourceSort.NAME, SortDirection.DESC).page(1, 2);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(NewsSource::name).containsExactly("BAIR", "ArXiv stat.ML");
        assertThat(page.hasNext()).isTrue();
        Page<NewsSource> last = phi.newsSources().query().fetchable().page(1, 2);
        assertThat(last.total()).isEqualTo(3);
        assertThat(last.items()).extracting(NewsSource::id).containsExactly(bair.id());
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule() {
        expectInvalid(() -> feed(" ").build(), "name", "must not be blank");
        expectInvalid(() -> feed("A").type(null).build(), "type", "is required");
        expectInvalid(() -> feed("A").url(null).build(), "url", "is required");
        expectInvalid(() -> feed("A").url("ftp://files.example.com").build(), "url", "must be an absolute http or https URL");
        expectInvalid(() -> feed("A").url("https://exa mple.com").build(), "url", "must be an absolute http or https URL");
        expectInvalid(() -> feed("A").rssUrl("/feed.xml").build(), "rssUrl", "must be an absolute http or https URL");
        expectInvalid(() -> feed("A").apiKey("").build(), "apiKey", "must not be blank when given");
        expectInvalid(() -> NewsSourceUpdate.builder().name("").build(), "name", "must not be blank");
        expectInvalid(() -> NewsSourceUpdate.builder().url(null).build(), "url", "is required");
        expectInvalid(() -> NewsSourceUpdate.builder().type(null).build(), "type", "is required");
        expectInvalid(() -> NewsSourceUpdate.builder().status(null).build(), "status", "is required");
        expectInvalid(() -> NewsSourceUpdate.builder().priority(null).build(), "priority", "is required");
        expectInvalid(() -> NewsSourceUpdate.builder().rssUrl("rss.example.com").build(), "rssUrl",
                "must be an absolute http or https URL");
        assertThatThrownBy(() -> new NewsSourceUpdate(Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                null, Change.keep(), Change.keep(), Change.keep())).isInstanceOf(NullPointerException.class)
                .hasMessage("apiKey");
    }

    @Test
    void reportsMissingRows(PhiSdk phi) {
        assertThatThrownBy(() -> phi.newsSources().get("missing"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.table()).isEqualTo("news_sources");
                    assertThat(e.key()).isEqualTo("missing");
                });
        assertThat(phi.newsSources().find("missing")).isEmpty();
        assertThatThrownBy(() -> phi.newsSources().update("missing", NewsSourceUpdate.builder().name("x").build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(phi.newsSources().delete("missing")).isFalse();
    }

    @Test
    void refusesToDeleteASourceThatArticlesOrLogsReference(PhiSdk phi) {
        NewsSource withArticle = phi.newsSources().create(feed("With article").build());
        NewsSource withLog = phi.newsSources().create(feed("With log").build());
        NewsSource unused = phi.newsSources().create(feed("Unused").build());
        phi.newsArticles().create(NewNewsArticle.builder().sourceId(withArticle.id()).title("T")
                .url("https://with-article.example.com/1").build());
        phi.newsFetchLogs().create(NewNewsFetchLog.builder().sourceId(withLog.id()).status(FetchLogStatus.SUCCESS).build());

        assertThatThrownBy(() -> phi.newsSources().delete(withArticle.id())).isInstanceOf(ReferenceException.class);
        assertThatThrownBy(() -> phi.newsSources().delete(withLog.id())).isInstanceOf(ReferenceException.class);
        assertThat(phi.newsSources().find(withArticle.id())).isPresent();
        assertThat(phi.newsSources().find(withLog.id())).isPresent();

        assertThat(phi.newsSources().delete(unused.id())).isTrue();
        assertThat(phi.newsSources().find(unused.id())).isEmpty();
    }

    static void expectInvalid(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }
}
