package com.phiintelligence.sdk.hibernate.news;

import static com.phiintelligence.sdk.hibernate.news.NewsSourceRepositoryTest.expectInvalid;
import static com.phiintelligence.sdk.hibernate.news.NewsSourceRepositoryTest.feed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.error.ConflictException;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.news.ArticleCategory;
import com.phiintelligence.sdk.news.FetchStatus;
import com.phiintelligence.sdk.news.NewNewsArticle;
import com.phiintelligence.sdk.news.NewsArticle;
import com.phiintelligence.sdk.news.NewsArticleSort;
import com.phiintelligence.sdk.news.NewsArticleUpdate;
import com.phiintelligence.sdk.news.NewsSource;
import com.phiintelligence.sdk.query.Page;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@PhiTest
class NewsArticleRepositoryTest {

    private static NewNewsArticle.Builder article(String url) {
        return NewNewsArticle.builder().title("Headline of " + url).url(url);
    }

    private static NewsSource source(PhiSdk phi, String name) {
        return phi.newsSources().create(feed(name).build());
    }

    @Test
    void roundTripsEveryColumn(PhiSdk phi) {
        NewsSource arxiv = source(phi, "arXiv cs.LG");
        NewsSource bair = source(phi, "BAIR");
        Instant published = Instant.parse("2026-04-05T06:07:08.123456Z");
        NewsArticle created = phi.newsArticles().create(NewNewsArticle.builder().sourceId(arxiv.id())
                .title("Scaling laws revisited").url("https://arxiv.org/abs/2601.00001").excerpt("We revisit...")
                .content("Full text").author("A. Researcher").publishedAt(published).category(ArticleCategory.ML)
                .tags("scaling", "llm", "theory").imageUrl("https://arxiv.org/static/img.png").readTime("7 min read")
                .featured(true).fetchStatus(FetchStatus.FETCHED).build());
        assertThat(created.id()).hasSize(36);
        assertThat(created).isEqualTo(new NewsArticle(created.id(), arxiv.id(), "Scaling laws revisited",
                "https://arxiv.org/abs/2601.00001", "We revisit...", "Full text", "A. Researcher", published,
                ArticleCategory.ML, List.of("scaling", "llm", "theory"), "https://arxiv.org/static/img.png",
                "7 min read", true, FetchStatus.FETCHED, created.createdAt()));
        assertThat(created.createdAt()).isNotNull();
        assertThat(phi.newsArticles().get(created.id())).isEqualTo(created);

        NewsArticle cleared = phi.newsArticles().update(created.id(), NewsArticleUpdate.builder()
                .sourceId(bair.id()).title("Scaling laws, revisited").url("https://arxiv.org/abs/2601.00001v2")
                .excerpt(null).content(null).author(null).publishedAt(null).category(null).tags(List.of())
                .imageUrl(null).readTime(null).featured(false).fetchStatus(FetchStatus.ARCHIVED).build());
        assertThat(cleared).isEqualTo(new NewsArticle(created.id(), bair.id(), "Scaling laws, revisited",
                "https://arxiv.org/abs/2601.00001v2", null, null, null, null, null, List.of(), null, null, false,
                FetchStatus.ARCHIVED, created.createdAt()));
        assertThat(phi.newsArticles().get(created.id())).isEqualTo(cleared);

        Instant republished = Instant.parse("2026-04-06T00:00:00.000001999Z");
        NewsArticle refilled = phi.newsArticles().update(created.id(), NewsArticleUpdate.builder()
                .sourceId(null).excerpt("E").content("C").author("B").publishedAt(republished)
                .category(ArticleCategory.of("Robotics")).tags("a", "b", "c", "d").imageUrl("http://img.example.com/x.jpg")
                .readTime("1 min read").featured(true).fetchStatus(FetchStatus.PROCESSED).build());
        assertThat(refilled.sourceId()).isNull();
        assertThat(refilled.publishedAt()).isEqualTo(Instant.parse("2026-04-06T00:00:00.000001Z"));
        assertThat(refilled.category().code()).isEqualTo("Robotics");
        assertThat(refilled.category().isKnown()).isFalse();
        assertThat(refilled.tags()).containsExactly("a", "b", "c", "d");
        assertThat(phi.newsArticles().get(created.id())).isEqualTo(refilled);

        NewsArticle untagged = phi.newsArticles().update(created.id(), NewsArticleUpdate.builder().tags((List<String>) null).build());
        assertThat(untagged.tags()).isEmpty();
        assertThat(phi.newsArticles().get(created.id())).isEqualTo(untagged);
    }

    @Test
    void storesNullsAndDefaultsOfAMinimalArticle(PhiSdk phi) {
        NewsArticle minimal = phi.newsArticles().create(article("https://example.com/minimal").build());
        assertThat(minimal.sourceId()).isNull();
        assertThat(minimal.excerpt()).isNull();
        assertThat(minimal.content()).isNull();
        assertThat(minimal.author()).isNull();
        assertThat(minimal.publishedAt()).isNull();
        assertThat(minimal.category()).isNull();
        assertThat(minimal.tags()).isEmpty();
        assertThat(minimal.imageUrl()).isNull();
        assertThat(minimal.readTime()).isNull();
        assertThat(minimal.featured()).isFalse();
        assertThat(minimal.fetchStatus()).isEqualTo(FetchStatus.PENDING);
        assertThat(minimal.isVisible()).isTrue();
        assertThat(phi.newsArticles().get(minimal.id())).isEqualTo(minimal);
    }

    @Test
    void readsLegacyValuesWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO news_articles (id, title, url, category, tags, is_featured, fetch_status, published_at) "
                    + "VALUES ('legacy-1', 'Old', 'https://old.example.com/1', 'Quantum', ARRAY['a', NULL, 'b'], NULL, "
                    + "'stale', '2024-12-31 23:59:59.999999')");
            s.execute("INSERT INTO news_articles (id, title, url, tags, fetch_status) "
                    + "VALUES ('legacy-2', 'No status', 'not even a url', NULL, NULL)");
            s.execute("INSERT INTO news_articles (id, title, url) VALUES ('legacy-3', 'Defaults', 'https://old.example.com/3')");
        }
        NewsArticle old = phi.newsArticles().get("legacy-1");
        assertThat(old.category().code()).isEqualTo("Quantum");
        assertThat(old.category().isKnown()).isFalse();
        assertThat(old.tags()).containsExactly("a", "b");
        assertThat(old.featured()).isFalse();
        assertThat(old.fetchStatus().code()).isEqualTo("stale");
        assertThat(old.isVisible()).isFalse();
        assertThat(old.publishedAt()).isEqualTo(Instant.parse("2024-12-31T23:59:59.999999Z"));

        NewsArticle bare = phi.newsArticles().get("legacy-2");
        assertThat(bare.url()).isEqualTo("not even a url");
        assertThat(bare.tags()).isEmpty();
        assertThat(bare.fetchStatus()).isNull();

        NewsArticle defaults = phi.newsArticles().get("legacy-3");
        assertThat(defaults.fetchStatus()).isEqualTo(FetchStatus.PENDING);
        assertThat(defaults.featured()).isFalse();
        assertThat(defaults.createdAt()).isNotNull();

        assertThat(phi.newsArticles().query().count()).isEqualTo(3);
        assertThat(phi.newsArticles().query().visible().list()).extracting(NewsArticle::id).containsExactly("legacy-3");
        assertThat(phi.newsArticles().countByCategory()).containsEntry(ArticleCategory.of("Quantum"), 1L)
                .containsEntry(null, 2L);
    }

    @Test
    void createOfATakenUrlIsAConflict(PhiSdk phi) {
        NewsArticle first = phi.newsArticles().create(article("https://example.com/dup").build());
        assertThatThrownBy(() -> phi.newsArticles().create(article("https://example.com/dup").title("Other").build()))
                .isInstanceOf(ConflictException.class);
        NewsArticle second = phi.newsArticles().create(article("https://example.com/other").build());
        assertThatThrownBy(() -> phi.newsArticles().update(second.id(), NewsArticleUpdate.builder()
                .url("https://example.com/dup").build())).isInstanceOf(ConflictException.class);
        assertThat(phi.newsArticles().query().list()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void anUnknownSourceIsAReferenceError(PhiSdk phi) {
        assertThatThrownBy(() -> phi.newsArticles().create(article("https://example.com/a").sourceId("no-such-source").build()))
                .isInstanceOf(ReferenceException.class);
        assertThatThrownBy(() -> phi.newsArticles().createIfAbsent(article("https://example.com/b").sourceId("no-such-source").build()))
                .isInstanceOf(ReferenceException.class);
        NewsArticle stored = phi.newsArticles().create(article("https://example.com/c").build());
        assertThatThrownBy(() -> phi.newsArticles().update(stored.id(), NewsArticleUpdate.builder().sourceId("no-such-source").build()))
                .isInstanceOf(ReferenceException.class);
        assertThat(phi.newsArticles().get(stored.id())).isEqualTo(stored);
        assertThat(phi.newsArticles().query().count()).isEqualTo(1);
    }

    @Test
    void createIfAbsentSkipsATakenUrlWithoutFailing(PhiSdk phi) {
        NewsSource src = source(phi, "AI News");
        Optional<NewsArticle> first = phi.newsArticles().createIfAbsent(article("https://example.com/once")
                .sourceId(src.id()).tags("x", "y").publishedAt(Instant.parse("2026-01-01T10:00:00.000123Z"))
                .category(ArticleCategory.AI).featured(true).build());
        assertThat(first).isPresent();
        assertThat(phi.newsArticles().get(first.get().id())).isEqualTo(first.get());

        Optional<NewsArticle> again = phi.newsArticles().createIfAbsent(article("https://example.com/once")
                .title("A different headline").build());
        assertThat(again).isEmpty();
        assertThat(phi.newsArticles().query().list()).containsExactly(first.get());
    }

    @Test
    void createIfAbsentKeepsAnEnclosingTransactionUsable(PhiSdk phi) {
        phi.newsArticles().create(article("https://example.com/existing").build());
        List<Optional<NewsArticle>> results = phi.inTransaction(tx -> {
            NewsSource src = tx.newsSources().create(feed("MarkTechPost").build());
            List<Optional<NewsArticle>> inTx = new ArrayList<>();
            inTx.add(tx.newsArticles().createIfAbsent(article("https://example.com/existing").sourceId(src.id()).build()));
            inTx.add(tx.newsArticles().createIfAbsent(article("https://example.com/new").sourceId(src.id()).build()));
            inTx.add(tx.newsArticles().createIfAbsent(article("https://example.com/new").sourceId(src.id()).build()));
            // Still usable: a failed statement would have made every later one fail.
            tx.newsArticles().create(article("https://example.com/after").sourceId(src.id()).build());
            return inTx;
        });
        assertThat(results).extracting(Optional::isPresent).containsExactly(false, true, false);
        assertThat(phi.newsArticles().query().count()).isEqualTo(3);
        assertThat(phi.newsArticles().get(results.get(1).orElseThrow().id())).isEqualTo(results.get(1).orElseThrow());
    }

    @Test
    void createIfAbsentStoresEachUrlOnceUnderConcurrency(PhiSdk phi) throws Exception {
        NewsSource src = source(phi, "Towards Data Science AI");
        List<String> urls = IntStream.range(0, 50).mapToObj(i -> "https://example.com/race/" + i).toList();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(() -> {
                    start.await();
                    int inserted = 0;
                    for (String url : urls) {
                        if (phi.newsArticles().createIfAbsent(article(url).sourceId(src.id()).tags("race").build()).isPresent()) {
                            inserted++;
                        }
                    }
                    return inserted;
                });
            }
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> worker : workers) {
                futures.add(pool.submit(worker));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : futures) {
                total += f.get(2, TimeUnit.MINUTES); // rethrows any worker's exception
            }
            assertThat(total).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
        assertThat(phi.newsArticles().query().count()).isEqualTo(50);
        assertThat(phi.newsArticles().existingUrls(urls)).containsExactlyInAnyOrderElementsOf(urls);
        assertThat(phi.newsArticles().countBySource()).containsExactly(Map.entry(src.id(), 50L));
    }

    @Test
    void findsWhichUrlsAreAlreadyStored(PhiSdk phi) {
        for (int i = 0; i < 3; i++) {
            phi.newsArticles().create(article("https://example.com/known/" + i).build());
        }
        assertThat(phi.newsArticles().existingUrls(List.of("https://example.com/known/0", "https://example.com/unknown",
                "https://example.com/known/2", "https://example.com/known/2", "HTTPS://EXAMPLE.COM/KNOWN/1")))
                .containsExactlyInAnyOrder("https://example.com/known/0", "https://example.com/known/2");
        assertThat(phi.newsArticles().existingUrls(List.of())).isEmpty();

        List<String> many = new ArrayList<>(IntStream.range(0, 2500).mapToObj(i -> "https://example.com/many/" + i).toList());
        many.add("https://example.com/known/1");
        assertThat(phi.newsArticles().existingUrls(many)).containsExactly("https://example.com/known/1");
        assertThatThrownBy(() -> phi.newsArticles().existingUrls(Arrays.asList("https://example.com/known/0", null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void queriesFilterSortAndPage(PhiSdk phi) {
        NewsSource arxiv = source(phi, "arXiv cs.AI");
        NewsSource vb = source(phi, "VentureBeat AI");
        Instant t0 = Instant.parse("2026-05-01T00:00:00Z");
        NewsArticle a = phi.newsArticles().create(article("https://example.com/a").sourceId(arxiv.id()).title("Sparse attention")
                .excerpt("A new transformer").publishedAt(t0).category(ArticleCategory.DL).tags("transformers", "attention").build());
        NewsArticle b = phi.newsArticles().create(article("https://example.com/b").sourceId(arxiv.id()).title("Bandits")
                .publishedAt(t0.plusSeconds(3600)).category(ArticleCategory.ML).tags("rl").fetchStatus(FetchStatus.PROCESSED).build());
        NewsArticle c = phi.newsArticles().create(article("https://example.com/c").sourceId(vb.id()).title("Model launch")
                .excerpt("Company X launches TRANSFORMER-based model").publishedAt(t0.plusSeconds(7200))
                .category(ArticleCategory.INDUSTRY).tags("launch", "transformers").featured(true).build());
        NewsArticle d = phi.newsArticles().create(article("https://example.com/d").sourceId(vb.id()).title("Old news")
                .publishedAt(t0.minusSeconds(86_400)).category(ArticleCategory.INDUSTRY).fetchStatus(FetchStatus.ARCHIVED).build());
        NewsArticle e = phi.newsArticles().create(article("https://example.com/e").title("Undated").build());

        assertThat(phi.newsArticles().query().list()).containsExactly(c, b, a, d, e);
        assertThat(phi.newsArticles().query().sourceId(arxiv.id()).list()).containsExactly(b, a);
        assertThat(phi.newsArticles().query().sourceId(null).list()).containsExactly(e);
        assertThat(phi.newsArticles().query().category(ArticleCategory.INDUSTRY).list()).containsExactly(c, d);
        assertThat(phi.newsArticles().query().category(ArticleCategory.DL, ArticleCategory.ML).count()).isEqualTo(2);
        assertThat(phi.newsArticles().query().fetchStatus(FetchStatus.PROCESSED, FetchStatus.ARCHIVED).list())
                .containsExactly(b, d);
        assertThat(phi.newsArticles().query().visible().list()).containsExactly(c, b, a, e);
        assertThat(phi.newsArticles().query().visible().category(ArticleCategory.INDUSTRY).list()).containsExactly(c);
        assertThat(phi.newsArticles().query().featured(true).list()).containsExactly(c);
        assertThat(phi.newsArticles().query().featured(false).count()).isEqualTo(4);
        assertThat(phi.newsArticles().query().tag("transformers").list()).containsExactly(c, a);
        assertThat(phi.newsArticles().query().tag("Transformers").count()).isZero();
        assertThat(phi.newsArticles().query().publishedBetween(t0, t0.plusSeconds(7200)).list()).containsExactly(b, a);
        assertThat(phi.newsArticles().query().publishedBetween(null, t0).list()).containsExactly(d);
        assertThat(phi.newsArticles().query().createdBetween(a.createdAt(), c.createdAt()).list()).containsExactly(b, a);
        assertThat(phi.newsArticles().query().search("transformer").list()).containsExactly(c, a);
        assertThat(phi.newsArticles().query().search("BANDIT").list()).containsExactly(b);
        assertThat(phi.newsArticles().query().search("100%").count()).isZero();

        Page<NewsArticle> page = phi.newsArticles().query().visible().page(1, 3);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactly(e);
        assertThat(page.hasNext()).isFalse();
        Page<NewsArticle> byTitle = phi.newsArticles().query().orderBy(NewsArticleSort.TITLE, SortDirection.ASC).page(0, 2);
        assertThat(byTitle.total()).isEqualTo(5);
        assertThat(byTitle.items()).containsExactly(b, c);
        assertThat(phi.newsArticles().query().orderBy(NewsArticleSort.PUBLISHED_AT, SortDirection.ASC).list())
                .containsExactly(d, a, b, c, e);
    }

    @Test
    void countsArticlesPerSourceAndCategory(PhiSdk phi) {
        NewsSource arxiv = source(phi, "arXiv cs.AI");
        NewsSource hf = source(phi, "Hugging Face");
        phi.newsArticles().create(article("https://example.com/1").sourceId(arxiv.id()).category(ArticleCategory.ML).build());
        phi.newsArticles().create(article("https://example.com/2").sourceId(arxiv.id()).category(ArticleCategory.ML).build());
        phi.newsArticles().create(article("https://example.com/3").sourceId(arxiv.id()).category(ArticleCategory.RESEARCH)
                .fetchStatus(FetchStatus.ARCHIVED).build());
        phi.newsArticles().create(article("https://example.com/4").sourceId(hf.id()).build());
        phi.newsArticles().create(article("https://example.com/5").category(ArticleCategory.of("Robotics")).build());

        Map<String, Long> bySource = phi.newsArticles().countBySource();
        // Largest count first, ties by key with the key null last.
        assertThat(bySource).containsExactly(Map.entry(arxiv.id(), 3L), Map.entry(hf.id(), 1L), entry(null, 1L));
        assertThat(bySource.get(null)).isEqualTo(1L);

        Map<ArticleCategory, Long> byCategory = phi.newsArticles().countByCategory();
        Map<ArticleCategory, Long> expected = new HashMap<>();
        expected.put(ArticleCategory.ML, 2L);
        expected.put(ArticleCategory.RESEARCH, 1L);
        expected.put(ArticleCategory.of("Robotics"), 1L);
        expected.put(null, 1L);
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(byCategory.keySet().iterator().next()).isEqualTo(ArticleCategory.ML);
        assertThatThrownBy(() -> byCategory.put(ArticleCategory.AI, 1L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void storesTagsAsATextArray(PhiSdk phi, ConnectionInfo db) throws Exception {
        NewsArticle tagged = phi.newsArticles().create(article("https://example.com/t").tags("a,b", "c \"d\"", "{e}").build());
        NewsArticle untagged = phi.newsArticles().create(article("https://example.com/u").build());
        try (Connection c = db.open();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, pg_typeof(tags)::text, array_length(tags, 1) FROM news_articles ORDER BY url")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(tagged.id());
            assertThat(rs.getString(2)).isEqualTo("text[]");
            assertThat(rs.getInt(3)).isEqualTo(3);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(untagged.id());
        }
        assertThat(phi.newsArticles().get(tagged.id()).tags()).containsExactly("a,b", "c \"d\"", "{e}");
        assertThat(phi.newsArticles().query().tag("a,b").list()).containsExactly(tagged);
    }

    @Test
    void valuesTheDatabaseCannotHoldAreValidationErrorsAndWriteNothing(PhiSdk phi) {
        assertThatThrownBy(() -> phi.newsArticles().create(article("https://example.com/nul").title("a\u0000b").build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.rule()).isEqualTo("holds a character the database cannot store (such as U+0000)"));
        assertThatThrownBy(() -> phi.newsArticles().find("a\u0000"))
                .isInstanceOf(ValidationException.class);
        // Random, so that the index cannot compress it below its limit of about 2,700 bytes.
        java.util.Random random = new java.util.Random(7);
        StringBuilder path = new StringBuilder();
        while (path.length() < 9000) {
            path.append(Integer.toString(random.nextInt(36), 36));
        }
        assertThatThrownBy(() -> phi.newsArticles().create(article("https://example.com/" + path).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.rule()).startsWith("is too large for the database: "));
        assertThat(phi.newsArticles().query().count()).isZero();
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule() {
        expectInvalid(() -> article("https://example.com/x").title(" ").build(), "title", "must not be blank");
        expectInvalid(() -> article("https://example.com/x").title(null).build(), "title", "is required");
        expectInvalid(() -> article(null).build(), "url", "is required");
        expectInvalid(() -> article("example.com/x").build(), "url", "must be an absolute http or https URL");
        expectInvalid(() -> article("javascript:alert(1)").build(), "url", "must be an absolute http or https URL");
        expectInvalid(() -> article("https://example.com/x").imageUrl("img.png").build(), "imageUrl",
                "must be an absolute http or https URL");
        expectInvalid(() -> article("https://example.com/x").tags("a", null).build(), "tags", "must not contain null elements");
        expectInvalid(() -> article("https://example.com/x").sourceId("").build(), "sourceId", "must not be blank when given");
        expectInvalid(() -> NewsArticleUpdate.builder().title("").build(), "title", "must not be blank");
        expectInvalid(() -> NewsArticleUpdate.builder().url("ftp://x").build(), "url", "must be an absolute http or https URL");
        expectInvalid(() -> NewsArticleUpdate.builder().tags(Arrays.asList("a", null)).build(), "tags",
                "must not contain null elements");
        expectInvalid(() -> NewsArticleUpdate.builder().fetchStatus(null).build(), "fetchStatus", "is required");
        expectInvalid(() -> new NewsArticleUpdate(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.to(null),
                Change.keep()), "featured", "is required");
    }

    @Test
    void reportsMissingRows(PhiSdk phi) {
        assertThatThrownBy(() -> phi.newsArticles().get("missing"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("news_articles"));
        assertThat(phi.newsArticles().find("missing")).isEmpty();
        assertThatThrownBy(() -> phi.newsArticles().update("missing", NewsArticleUpdate.builder().title("x").build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(phi.newsArticles().delete("missing")).isFalse();
        NewsArticle stored = phi.newsArticles().create(article("https://example.com/gone").build());
        assertThat(phi.newsArticles().delete(stored.id())).isTrue();
        assertThat(phi.newsArticles().find(stored.id())).isEmpty();
    }

    private static <K, V> Map.Entry<K, V> entry(K key, V value) {
        return new java.util.AbstractMap.SimpleImmutableEntry<>(key, value);
    }
}
