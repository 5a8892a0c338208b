package com.phiintelligence.sdk.hibernate.news;

import static com.phiintelligence.sdk.hibernate.news.NewsSourceRepositoryTest.expectInvalid;
import static com.phiintelligence.sdk.hibernate.news.NewsSourceRepositoryTest.feed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.Change;
import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.news.FetchLogStatus;
import com.phiintelligence.sdk.news.NewNewsFetchLog;
import com.phiintelligence.sdk.news.NewsFetchLog;
import com.phiintelligence.sdk.news.NewsFetchLogSort;
import com.phiintelligence.sdk.news.NewsFetchLogUpdate;
import com.phiintelligence.sdk.news.NewsSource;
import com.phiintelligence.sdk.news.NewsSourceUpdate;
import com.phiintelligence.sdk.query.Page;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@PhiTest
class NewsFetchLogRepositoryTest {

    private static NewNewsFetchLog.Builder success(String sourceId, int found, int processed) {
        return NewNewsFetchLog.builder().sourceId(sourceId).status(FetchLogStatus.SUCCESS)
                .articlesFound(found).articlesProcessed(processed).fetchDurationMillis(250);
    }

    @Test
    void roundTripsEveryColumn(PhiSdk phi) {
        NewsSource arxiv = phi.newsSources().create(feed("arXiv cs.AI").build());
        NewsSource bair = phi.newsSources().create(feed("BAIR").build());
        NewsFetchLog created = phi.newsFetchLogs().create(NewNewsFetchLog.builder().sourceId(arxiv.id())
                .status(FetchLogStatus.PARTIAL).articlesFound(10).articlesProcessed(7)
                .errorMessage("3 items had no link").fetchDurationMillis(1234).build());
        assertThat(created.id()).hasSize(36);
        assertThat(created).isEqualTo(new NewsFetchLog(created.id(), arxiv.id(), FetchLogStatus.PARTIAL, 10, 7,
                "3 items had no link", 1234, created.createdAt()));
        assertThat(created.createdAt()).isNotNull();
        assertThat(phi.newsFetchLogs().get(created.id())).isEqualTo(created);

        NewsFetchLog failed = phi.newsFetchLogs().update(created.id(), NewsFetchLogUpdate.builder().sourceId(bair.id())
                .status(FetchLogStatus.FAILED).articlesFound(0).articlesProcessed(0)
                .errorMessage("HTTP 503 from feed").fetchDurationMillis(null).build());
        assertThat(failed).isEqualTo(new NewsFetchLog(created.id(), bair.id(), FetchLogStatus.FAILED, 0, 0,
                "HTTP 503 from feed", null, created.createdAt()));
        assertThat(phi.newsFetchLogs().get(created.id())).isEqualTo(failed);

        NewsFetchLog cleared = phi.newsFetchLogs().update(created.id(), NewsFetchLogUpdate.builder().sourceId(null)
                .status(FetchLogStatus.SUCCESS).errorMessage(null).articlesFound(3).articlesProcessed(3)
                .fetchDurationMillis(0).build());
        assertThat(cleared).isEqualTo(new NewsFetchLog(created.id(), null, FetchLogStatus.SUCCESS, 3, 3, null, 0,
                created.createdAt()));
        assertThat(phi.newsFetchLogs().get(created.id())).isEqualTo(cleared);
    }

    @Test
    void aMinimalLogStartsWithZeroCountsAndNulls(PhiSdk phi) {
        NewsFetchLog log = phi.newsFetchLogs().create(NewNewsFetchLog.builder().status(FetchLogStatus.SUCCESS).build());
        assertThat(log.sourceId()).isNull();
        assertThat(log.articlesFound()).isZero();
        assertThat(log.articlesProcessed()).isZero();
        assertThat(log.errorMessage()).isNull();
        assertThat(log.fetchDurationMillis()).isNull();
        assertThat(phi.newsFetchLogs().get(log.id())).isEqualTo(log);
    }

    @Test
    void aFetchAttemptIsLoggedAndStampsTheSourceInOneTransaction(PhiSdk phi) {
        NewsSource src = phi.newsSources().create(feed("Analytics Vidhya AI").build());
        Instant attempt = Instant.parse("2026-06-01T03:00:00.000042Z");
        NewsFetchLog log = phi.inTransaction(tx -> {
            tx.newsSources().update(src.id(), NewsSourceUpdate.builder().lastFetch(attempt).build());
            return tx.newsFetchLogs().create(NewNewsFetchLog.builder().sourceId(src.id()).status(FetchLogStatus.FAILED)
                    .errorMessage("feed is not XML").fetchDurationMillis(87).build());
        });
        assertThat(phi.newsSources().get(src.id()).lastFetch()).isEqualTo(attempt);
        assertThat(phi.newsFetchLogs().query().sourceId(src.id()).list()).containsExactly(log);
    }

    @Test
    void readsLegacyValuesWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO news_fetch_logs (id, status, articles_found, articles_processed, fetch_duration, created_at) "
                    + "VALUES ('legacy-1', 'timeout', NULL, NULL, -5, '2025-01-01 00:00:00.000001')");
            s.execute("INSERT INTO news_fetch_logs (id, status) VALUES ('legacy-2', 'failed')");
        }
        NewsFetchLog odd = phi.newsFetchLogs().get("legacy-1");
        assertThat(odd.status().code()).isEqualTo("timeout");
        assertThat(odd.status().isKnown()).isFalse();
        assertThat(odd.articlesFound()).isNull();
        assertThat(odd.articlesProcessed()).isNull();
        assertThat(odd.fetchDurationMillis()).isEqualTo(-5);
        assertThat(odd.createdAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00.000001Z"));

        NewsFetchLog failedWithoutMessage = phi.newsFetchLogs().get("legacy-2");
        assertThat(failedWithoutMessage.status()).isEqualTo(FetchLogStatus.FAILED);
        assertThat(failedWithoutMessage.articlesFound()).isZero();
        assertThat(failedWithoutMessage.errorMessage()).isNull();

        // An update that does not touch the broken rule still goes through ...
        NewsFetchLog timed = phi.newsFetchLogs().update("legacy-2", NewsFetchLogUpdate.builder().fetchDurationMillis(10).build());
        assertThat(timed.fetchDurationMillis()).isEqualTo(10);
        // ... one that does must repair it.
        expectInvalid(() -> phi.newsFetchLogs().update("legacy-2", NewsFetchLogUpdate.builder().status(FetchLogStatus.FAILED).build()),
                "errorMessage", "is required when the status is failed");
        assertThat(phi.newsFetchLogs().query().status(FetchLogStatus.FAILED).count()).isEqualTo(1);
    }

    @Test
    void queriesFilterSortAndPage(PhiSdk phi) {
        NewsSource arxiv = phi.newsSources().create(feed("arXiv cs.AI").build());
        NewsSource hf = phi.newsSources().create(feed("Hugging Face").build());
        NewsFetchLog l1 = phi.newsFetchLogs().create(success(arxiv.id(), 20, 5).build());
        NewsFetchLog l2 = phi.newsFetchLogs().create(NewNewsFetchLog.builder().sourceId(hf.id()).status(FetchLogStatus.FAILED)
                .errorMessage("DNS failure").fetchDurationMillis(5000).build());
        NewsFetchLog l3 = phi.newsFetchLogs().create(success(arxiv.id(), 20, 0).status(FetchLogStatus.PARTIAL)
                .fetchDurationMillis(100).build());
        NewsFetchLog l4 = phi.newsFetchLogs().create(success(hf.id(), 8, 8).fetchDurationMillis(null).build());

        assertThat(phi.newsFetchLogs().query().list()).containsExactly(l4, l3, l2, l1);
        assertThat(phi.newsFetchLogs().query().sourceId(arxiv.id()).list()).containsExactly(l3, l1);
        assertThat(phi.newsFetchLogs().query().status(FetchLogStatus.FAILED, FetchLogStatus.PARTIAL).list())
                .containsExactly(l3, l2);
        assertThat(phi.newsFetchLogs().query().sourceId(hf.id()).status(FetchLogStatus.SUCCESS).first()).contains(l4);
        assertThat(phi.newsFetchLogs().query().createdBetween(l2.createdAt(), l4.createdAt()).list()).containsExactly(l3, l2);
        assertThat(phi.newsFetchLogs().query().createdBetween(l4.createdAt(), null).list()).containsExactly(l4);

        Page<NewsFetchLog> page = phi.newsFetchLogs().query().page(1, 3);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactly(l1);
        assertThat(phi.newsFetchLogs().query().orderBy(NewsFetchLogSort.FETCH_DURATION, SortDirection.DESC).list())
                .containsExactly(l2, l1, l3, l4);
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule() {
        expectInvalid(() -> NewNewsFetchLog.builder().build(), "status", "is required");
        expectInvalid(() -> success(null, -1, 0).build(), "articlesFound", "must not be negative");
        expectInvalid(() -> success(null, 1, -1).build(), "articlesProcessed", "must not be negative");
        expectInvalid(() -> success(null, 1, 2).build(), "articlesProcessed", "must not exceed articlesFound");
        expectInvalid(() -> success(null, 1, 1).fetchDurationMillis(-1).build(), "fetchDurationMillis", "must not be negative");
        expectInvalid(() -> NewNewsFetchLog.builder().status(FetchLogStatus.FAILED).build(), "errorMessage",
                "is required when the status is failed");
        expectInvalid(() -> NewNewsFetchLog.builder().status(FetchLogStatus.FAILED).errorMessage("  ").build(), "errorMessage",
                "is required when the status is failed");
        expectInvalid(() -> success("", 0, 0).build(), "sourceId", "must not be blank when given");
        expectInvalid(() -> NewsFetchLogUpdate.builder().status(null).build(), "status", "is required");
        expectInvalid(() -> NewsFetchLogUpdate.builder().articlesFound(-3).build(), "articlesFound", "must not be negative");
        expectInvalid(() -> NewsFetchLogUpdate.builder().articlesProcessed(-3).build(), "articlesProcessed", "must not be negative");
        expectInvalid(() -> NewsFetchLogUpdate.builder().fetchDurationMillis(-3).build(), "fetchDurationMillis", "must not be negative");
        expectInvalid(() -> new NewsFetchLogUpdate(Change.keep(), Change.keep(), Change.to(null), Change.keep(), Change.keep(),
                Change.keep()), "articlesFound", "is required");
    }

    @Test
    void rejectsAnUpdateThatWouldBreakARuleAndWritesNothing(PhiSdk phi) {
        NewsFetchLog log = phi.newsFetchLogs().create(success(null, 5, 5).build());
        expectInvalid(() -> phi.newsFetchLogs().update(log.id(), NewsFetchLogUpdate.builder().articlesFound(4).build()),
                "articlesProcessed", "must not exceed articlesFound");
        expectInvalid(() -> phi.newsFetchLogs().update(log.id(), NewsFetchLogUpdate.builder().status(FetchLogStatus.FAILED).build()),
                "errorMessage", "is required when the status is failed");
        // Caught inside a transaction that then commits: the rejected change must not be flushed with it.
        phi.useTransaction(tx -> {
            assertThatThrownBy(() -> tx.newsFetchLogs().update(log.id(), NewsFetchLogUpdate.builder()
                    .status(FetchLogStatus.FAILED).articlesProcessed(1).build())).isInstanceOf(ValidationException.class);
            tx.newsFetchLogs().create(success(null, 1, 1).build());
        });
        assertThat(phi.newsFetchLogs().get(log.id())).isEqualTo(log);
        assertThat(phi.newsFetchLogs().query().count()).isEqualTo(2);

        NewsFetchLog fixed = phi.newsFetchLogs().update(log.id(), NewsFetchLogUpdate.builder().status(FetchLogStatus.FAILED)
                .errorMessage("parser crashed").articlesProcessed(0).build());
        assertThat(fixed.status()).isEqualTo(FetchLogStatus.FAILED);
        assertThat(fixed.articlesProcessed()).isZero();
    }

    @Test
    void anUnknownSourceIsAReferenceError(PhiSdk phi) {
        assertThatThrownBy(() -> phi.newsFetchLogs().create(success("no-such-source", 0, 0).build()))
                .isInstanceOf(ReferenceException.class);
        NewsFetchLog log = phi.newsFetchLogs().create(success(null, 0, 0).build());
        assertThatThrownBy(() -> phi.newsFetchLogs().update(log.id(), NewsFetchLogUpdate.builder().sourceId("no-such-source").build()))
                .isInstanceOf(ReferenceException.class);
        assertThat(phi.newsFetchLogs().get(log.id())).isEqualTo(log);
    }

    @Test
    void reportsMissingRows(PhiSdk phi) {
        assertThatThrownBy(() -> phi.newsFetchLogs().get("missing"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("news_fetch_logs"));
        assertThatThrownBy(() -> phi.newsFetchLogs().update("missing", NewsFetchLogUpdate.builder().fetchDurationMillis(1).build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(phi.newsFetchLogs().delete("missing")).isFalse();
    }
}
