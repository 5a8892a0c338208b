package com.phiintelligence.sdk.hibernate.voice;

import static com.phiintelligence.sdk.hibernate.voice.VoiceFixtures.RICH_DOCUMENT;
import static com.phiintelligence.sdk.hibernate.voice.VoiceFixtures.RICH_DOCUMENT_READ;
import static com.phiintelligence.sdk.hibernate.voice.VoicebotProfileRepositoryTest.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.query.Page;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import com.phiintelligence.sdk.voice.ActionType;
import com.phiintelligence.sdk.voice.NewVoicebotMetric;
import com.phiintelligence.sdk.voice.VoiceSession;
import com.phiintelligence.sdk.voice.VoicebotMetric;
import com.phiintelligence.sdk.voice.VoicebotMetricSort;
import com.phiintelligence.sdk.voice.VoicebotMetricUpdate;
import com.phiintelligence.sdk.voice.VoicebotProfile;
import com.phiintelligence.sdk.voice.VoicebotUsageSummary;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@PhiTest
class VoicebotMetricRepositoryTest {

    @Test
    void roundTripsEveryColumn(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceSession session = VoiceFixtures.session(phi, bot.voicebotId());
        Instant at = OffsetDateTime.parse("2026-03-04T05:06:07.123456789+05:45").toInstant();
        VoicebotMetric recorded = phi.voicebotMetrics().record(NewVoicebotMetric.builder()
                .voicebotId(bot.voicebotId()).sessionId(session.sessionId()).userId("caller-+4930123")
                .actionType(ActionType.TOOL_CALL).actionDetails(RICH_DOCUMENT).success(false).responseTimeMs(1234)
                .tokensUsed(2_000_000_000).costUsd(new BigDecimal("9999.999999")).errorMessage("timeout: ⏱")
                .metadata(Json.of("{\"model\":\"gpt-4o\",\"attempt\":[1,2]}")).createdAt(at).build());
        assertThat(recorded.id()).isPositive();
        assertThat(recorded.createdAt()).isEqualTo(Instant.parse("2026-03-03T23:21:07.123456Z"));
        assertThat(recorded.actionDetails().text()).isEqualTo(RICH_DOCUMENT_READ);
        assertThat(recorded.metadata().text()).isEqualTo("{\"attempt\":[1,2],\"model\":\"gpt-4o\"}");
        assertThat(recorded.costUsd()).isEqualTo(new BigDecimal("9999.999999"));
        assertThat(recorded.success()).isFalse();
        assertThat(recorded.updatedAt()).isNotNull();
        assertThat(phi.voicebotMetrics().get(recorded.id())).isEqualTo(recorded);

        VoiceSession other = VoiceFixtures.session(phi, bot.voicebotId());
        VoicebotMetric updated = phi.voicebotMetrics().update(recorded.id(), VoicebotMetricUpdate.builder()
                .sessionId(other.sessionId()).userId("u2").actionType(ActionType.of("vad_decision"))
                .actionDetails(Json.of("[\"a\",{\"b\":null}]")).success(true).responseTimeMs(0).tokensUsed(0)
                .costUsd(new BigDecimal("0.000001")).errorMessage("none").metadata(Json.of("{}")).build());
        assertThat(updated).isEqualTo(new VoicebotMetric(recorded.id(), bot.voicebotId(), other.sessionId(), "u2",
                ActionType.of("vad_decision"), Json.of("[\"a\",{\"b\":null}]"), true, 0, 0, new BigDecimal("0.000001"),
                "none", Json.of("{}"), recorded.createdAt(), updated.updatedAt()));
        assertThat(phi.voicebotMetrics().get(recorded.id())).isEqualTo(updated);

        VoicebotMetric cleared = phi.voicebotMetrics().update(recorded.id(), VoicebotMetricUpdate.builder()
                .sessionId(null).userId(null).actionDetails(null).responseTimeMs(null).tokensUsed(null).costUsd(null)
                .errorMessage(null).metadata(null).build());
        assertThat(cleared).isEqualTo(new VoicebotMetric(recorded.id(), bot.voicebotId(), null, null,
                ActionType.of("vad_decision"), null, true, null, null, null, null, null, recorded.createdAt(),
                cleared.updatedAt()));
        assertThat(phi.voicebotMetrics().get(recorded.id())).isEqualTo(cleared);

        VoicebotUsageSummary summary = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(summary.totalActions()).isEqualTo(1);
        assertThat(summary.successfulActions()).isEqualTo(1);
        assertThat(summary.failedActions()).isZero();
        assertThat(summary.totalCostUsd()).isEqualTo(new BigDecimal("0.000000"));
        assertThat(summary.lastActionType()).isEqualTo(ActionType.of("vad_decision"));
        assertThat(phi.voicebotUsageSummaries().rebuild(bot.voicebotId()))
                .usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(summary);
    }

    @Test
    void defaultsSuccessAndTimeAndScalesTheCost(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        Instant before = Instant.now().minusSeconds(60);
        VoicebotMetric m = phi.voicebotMetrics().create(VoiceFixtures.newMetric(bot.voicebotId())
                .costUsd(new BigDecimal("0.5")).build());
        assertThat(m.success()).isTrue();
        assertThat(m.createdAt()).isAfter(before).isEqualTo(m.updatedAt());
        assertThat(m.costUsd()).isEqualTo(new BigDecimal("0.500000"));
        assertThat(m.sessionId()).isNull();
        assertThat(m.actionDetails()).isNull();
        assertThat(phi.voicebotMetrics().get(m.id())).isEqualTo(m);
    }

    @Test
    void idsAreUniqueAndIncreasing(PhiSdk phi) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        List<Integer> sequential = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sequential.add(phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).build()).id());
        }
        assertThat(sequential).isSorted().doesNotHaveDuplicates();

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                Callable<List<Integer>> writer = () -> {
                    go.await();
                    List<Integer> ids = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        ids.add(phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).build()).id());
                    }
                    return ids;
                };
                futures.add(pool.submit(writer));
            }
            go.countDown();
            Set<Integer> all = new HashSet<>(sequential);
            for (Future<List<Integer>> f : futures) {
                List<Integer> ids = f.get();
                assertThat(ids).isSorted().doesNotHaveDuplicates();
                all.addAll(ids);
            }
            assertThat(all).hasSize(140);
            assertThat(phi.voicebotMetrics().query().voicebotId(bot.voicebotId()).count()).isEqualTo(140);
            assertThat(all.stream().mapToInt(Integer::intValue).min().orElseThrow())
                    .isGreaterThan(sequential.get(sequential.size() - 1) - 20);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void skipsIdsThatAnotherWriterTookWhileTheSdkRuns(PhiSdk phi, ConnectionInfo db) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        int first = phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).build()).id();
        VoiceFixtures.sql(db,
                "INSERT INTO voicebot_metrics (id, voicebot_id, action_type) VALUES (" + (first + 1) + ", '"
                        + bot.voicebotId() + "', 'llm'), (" + (first + 2) + ", '" + bot.voicebotId() + "', 'llm')");

        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).build()).id());
        }

        assertThat(ids).containsExactly(first + 3, first + 4, first + 5);
        assertThat(VoiceFixtures.count(db, "voicebot_metrics")).isEqualTo(6);
    }

    @Test
    void takesTheNextIdWhenAnotherWriterInsertsTheDrawnOneAtTheSameMoment(PhiSdk phi, ConnectionInfo db) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        int last = phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).build()).id();
        ExecutorService recorder = Executors.newSingleThreadExecutor();
        try (Connection other = db.open();
             Statement s = other.createStatement()) {
            // Another writer inserts the id the SDK draws next and has not committed when the SDK inserts.
            other.setAutoCommit(false);
            s.executeUpdate("INSERT INTO voicebot_metrics (id, voicebot_id, action_type) VALUES (" + (last + 1) + ", '"
                    + bot.voicebotId() + "', 'script')");
            Future<VoicebotMetric> recorded = recorder.submit(() ->
                    phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).build()));
            awaitBlockedBy(s, other);
            other.commit();

            assertThat(recorded.get(30, TimeUnit.SECONDS).id()).isEqualTo(last + 2);
        } finally {
            recorder.shutdownNow();
        }
        assertThat(VoiceFixtures.count(db, "voicebot_metrics")).isEqualTo(3);
        assertThat(phi.voicebotUsageSummaries().get(bot.voicebotId()).totalActions()).isEqualTo(2);
    }

    /** Waits until a backend waits for a lock that this connection's transaction holds. */
    private static void awaitBlockedBy(Statement s, Connection holder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity"
                    + " WHERE pg_backend_pid() = ANY (pg_blocking_pids(pid))")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the SDK never waited for the other writer's row");
    }

    @Test
    void aNewSummaryCountsTheMetricsWrittenBeforeIt(PhiSdk phi, ConnectionInfo db) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        // An adopted database: metrics that no summary counted yet.
        VoiceFixtures.sql(db, "INSERT INTO voicebot_metrics (id, voicebot_id, action_type, success, response_time_ms,"
                + " tokens_used, cost_usd, created_at) VALUES"
                + " (-1, '" + bot.voicebotId() + "', 'stt', true, 100, 10, 0.000100, '2026-01-01T00:00:00Z'),"
                + " (-2, '" + bot.voicebotId() + "', 'tts', false, 200, NULL, 0.000200, '2026-01-02T00:00:00Z')");
        assertThat(phi.voicebotUsageSummaries().find(bot.voicebotId())).isEmpty();

        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).success(true).responseTimeMs(300)
                .tokensUsed(5).costUsd(new BigDecimal("0.000300")).build());
        VoicebotUsageSummary counted = phi.voicebotUsageSummaries().get(bot.voicebotId());
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).success(true).build());

        assertThat(counted.totalActions()).isEqualTo(3);
        assertThat(counted.successfulActions()).isEqualTo(2);
        assertThat(counted.failedActions()).isEqualTo(1);
        assertThat(counted.totalResponseTimeMs()).isEqualTo(600);
        assertThat(counted.totalTokensUsed()).isEqualTo(15);
        assertThat(counted.totalCostUsd()).isEqualTo(new BigDecimal("0.000600"));
        assertThat(counted.lastActionType()).isEqualTo(ActionType.LLM);
        VoicebotUsageSummary afterSecond = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(afterSecond.totalActions()).isEqualTo(4);
        assertThat(phi.voicebotUsageSummaries().rebuild(bot.voicebotId()))
                .usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(afterSecond);
    }

    @Test
    void readsLegacyValuesWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceFixtures.sql(db,
                "INSERT INTO voicebot_metrics (id, voicebot_id, action_type) VALUES (-7, '" + bot.voicebotId()
                        + "', 'vad')",
                "INSERT INTO voicebot_metrics (id, voicebot_id, action_type, success, cost_usd, created_at, metadata) "
                        + "VALUES (-8, '" + bot.voicebotId() + "', 'STT', false, 1.5, NULL, '{\"z\":1,\"a\":2}')");
        VoicebotMetric defaults = phi.voicebotMetrics().get(-7);
        assertThat(defaults.success()).isTrue();
        assertThat(defaults.actionType().code()).isEqualTo("vad");
        assertThat(defaults.actionType().isKnown()).isFalse();
        assertThat(defaults.createdAt()).isNotNull();
        assertThat(defaults.costUsd()).isNull();
        VoicebotMetric odd = phi.voicebotMetrics().get(-8);
        assertThat(odd.actionType().isKnown()).isFalse();
        assertThat(odd.success()).isFalse();
        assertThat(odd.costUsd()).isEqualTo(new BigDecimal("1.500000"));
        assertThat(odd.createdAt()).isNull();
        assertThat(odd.metadata().text()).isEqualTo("{\"a\":2,\"z\":1}");

        VoicebotUsageSummary rebuilt = phi.voicebotUsageSummaries().rebuild(bot.voicebotId());
        assertThat(rebuilt.totalActions()).isEqualTo(2);
        assertThat(rebuilt.failedActions()).isEqualTo(1);
        assertThat(rebuilt.totalCostUsd()).isEqualTo(new BigDecimal("1.500000"));
        assertThat(rebuilt.lastActivity()).isEqualTo(defaults.createdAt());
        assertThat(rebuilt.lastActionType().code()).isEqualTo("vad");
    }

    @Test
    void deletingOrCorrectingAMetricRecomputesTheSummary(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        VoicebotMetric older = phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId())
                .actionType(ActionType.STT).costUsd(new BigDecimal("1.25")).tokensUsed(10).createdAt(t0).build());
        VoicebotMetric newer = phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId())
                .actionType(ActionType.TTS).success(false).responseTimeMs(300).createdAt(t0.plusSeconds(5)).build());

        phi.voicebotMetrics().update(older.id(), VoicebotMetricUpdate.builder().success(false).tokensUsed(15).build());
        VoicebotUsageSummary corrected = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(corrected.failedActions()).isEqualTo(2);
        assertThat(corrected.successfulActions()).isZero();
        assertThat(corrected.totalTokensUsed()).isEqualTo(15);

        assertThat(phi.voicebotMetrics().delete(newer.id())).isTrue();
        VoicebotUsageSummary afterDelete = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(afterDelete.totalActions()).isEqualTo(1);
        assertThat(afterDelete.totalResponseTimeMs()).isZero();
        assertThat(afterDelete.lastActivity()).isEqualTo(t0);
        assertThat(afterDelete.lastActionType()).isEqualTo(ActionType.STT);
        assertThat(afterDelete.totalCostUsd()).isEqualTo(new BigDecimal("1.250000"));
        assertThat(phi.voicebotMetrics().delete(newer.id())).isFalse();
        assertThat(phi.voicebotUsageSummaries().rebuild(bot.voicebotId()))
                .usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(afterDelete);
    }

    @Test
    void queriesFilterAndSort(PhiSdk phi) {
        VoicebotProfile a = VoiceFixtures.bot(phi);
        VoicebotProfile b = VoiceFixtures.bot(phi);
        VoiceSession s = VoiceFixtures.session(phi, a.voicebotId());
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        VoicebotMetric m1 = phi.voicebotMetrics().record(VoiceFixtures.newMetric(a.voicebotId()).sessionId(s.sessionId())
                .userId("u1").createdAt(t0).costUsd(new BigDecimal("0.3")).build());
        VoicebotMetric m2 = phi.voicebotMetrics().record(VoiceFixtures.newMetric(a.voicebotId())
                .actionType(ActionType.STT).success(false).createdAt(t0.plusSeconds(1)).costUsd(new BigDecimal("0.1"))
                .build());
        VoicebotMetric m3 = phi.voicebotMetrics().record(VoiceFixtures.newMetric(b.voicebotId())
                .actionType(ActionType.END_OF_UTTERANCE).createdAt(t0.plusSeconds(2)).build());

        assertThat(phi.voicebotMetrics().query().list()).containsExactly(m3, m2, m1);
        assertThat(phi.voicebotMetrics().query().voicebotId(a.voicebotId()).count()).isEqualTo(2);
        assertThat(phi.voicebotMetrics().query().sessionId(s.sessionId()).list()).containsExactly(m1);
        assertThat(phi.voicebotMetrics().query().sessionId(null).count()).isEqualTo(2);
        assertThat(phi.voicebotMetrics().query().userId("u1").list()).containsExactly(m1);
        assertThat(phi.voicebotMetrics().query().actionType(ActionType.STT, ActionType.END_OF_UTTERANCE).count())
                .isEqualTo(2);
        assertThat(phi.voicebotMetrics().query().success(false).list()).containsExactly(m2);
        assertThat(phi.voicebotMetrics().query().createdBetween(t0.plusSeconds(1), t0.plusSeconds(2)).list())
                .containsExactly(m2);
        assertThat(phi.voicebotMetrics().query().orderBy(VoicebotMetricSort.COST_USD, SortDirection.ASC).list())
                .containsExactly(m2, m1, m3);
        assertThat(phi.voicebotMetrics().query().orderBy(VoicebotMetricSort.ID, SortDirection.ASC).list())
                .containsExactly(m1, m2, m3);
        assertThat(phi.voicebotMetrics().query().updatedBetween(m3.updatedAt(), null).list()).containsExactly(m3);
        assertThat(phi.voicebotMetrics().query().updatedBetween(null, m3.updatedAt()).count()).isEqualTo(2);
        Page<VoicebotMetric> page = phi.voicebotMetrics().query().page(1, 2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).containsExactly(m1);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void refusesUnknownReferencesWritingNothing(PhiSdk phi, ConnectionInfo db) throws Exception {
        assertThatThrownBy(() -> phi.voicebotMetrics().record(VoiceFixtures.newMetric("no-such-bot").build()))
                .isInstanceOf(ReferenceException.class).hasMessageContaining("no-such-bot");
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        assertThatThrownBy(() -> phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId())
                .sessionId("no-such-session").build()))
                .isInstanceOf(ReferenceException.class).hasMessageContaining("no-such-session");
        VoicebotProfile other = VoiceFixtures.bot(phi);
        VoiceSession foreign = VoiceFixtures.session(phi, other.voicebotId());
        expect(() -> phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId())
                .sessionId(foreign.sessionId()).build()), "sessionId", "must be a session of the same voicebot");
        assertThatThrownBy(() -> phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId())
                .metadata(Json.of("{\"a\":}")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("metadata"));
        assertThat(VoiceFixtures.count(db, "voicebot_metrics")).isZero();
        assertThat(VoiceFixtures.count(db, "voicebot_usage_summaries")).isZero();

        VoicebotMetric m = phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).build());
        assertThatThrownBy(() -> phi.voicebotMetrics().update(m.id(), VoicebotMetricUpdate.builder()
                .sessionId("no-such-session").build())).isInstanceOf(ReferenceException.class);
        assertThat(phi.voicebotMetrics().get(m.id())).isEqualTo(m);
        assertThatThrownBy(() -> phi.voicebotMetrics().get(Integer.MAX_VALUE))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("voicebot_metrics"));
        assertThatThrownBy(() -> phi.voicebotMetrics().update(Integer.MAX_VALUE,
                VoicebotMetricUpdate.builder().userId("x").build())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule() {
        expect(() -> NewVoicebotMetric.builder().actionType(ActionType.LLM).build(), "voicebotId", "is required");
        expect(() -> VoiceFixtures.newMetric("v".repeat(256)).build(), "voicebotId", "must be at most 255 characters");
        expect(() -> VoiceFixtures.newMetric("b").actionType(null).build(), "actionType", "is required");
        expect(() -> VoiceFixtures.newMetric("b").actionType(ActionType.of("a".repeat(101))).build(), "actionType",
                "must be at most 100 characters");
        expect(() -> VoiceFixtures.newMetric("b").actionType(ActionType.of(" ")).build(), "actionType",
                "must not be blank");
        expect(() -> VoiceFixtures.newMetric("b").sessionId("s".repeat(256)).build(), "sessionId",
                "must be at most 255 characters");
        expect(() -> VoiceFixtures.newMetric("b").userId("u".repeat(256)).build(), "userId",
                "must be at most 255 characters");
        expect(() -> VoiceFixtures.newMetric("b").tokensUsed(-1).build(), "tokensUsed", "must not be negative");
        expect(() -> VoiceFixtures.newMetric("b").responseTimeMs(-1).build(), "responseTimeMs", "must not be negative");
        expect(() -> VoiceFixtures.newMetric("b").costUsd(new BigDecimal("-0.000001")).build(), "costUsd",
                "must not be negative");
        expect(() -> VoiceFixtures.newMetric("b").costUsd(new BigDecimal("0.0000001")).build(), "costUsd",
                "must have at most 6 decimal places");
        expect(() -> VoiceFixtures.newMetric("b").costUsd(new BigDecimal("10000")).build(), "costUsd",
                "must be less than 10^4 in magnitude");
        VoiceFixtures.newMetric("b").costUsd(new BigDecimal("9999.9999990000")).build();
        expect(() -> VoicebotMetricUpdate.builder().actionType(null).build(), "actionType", "is required");
        expect(() -> VoicebotMetricUpdate.builder().tokensUsed(-5).build(), "tokensUsed", "must not be negative");
        expect(() -> VoicebotMetricUpdate.builder().costUsd(new BigDecimal("1.1234567")).build(), "costUsd",
                "must have at most 6 decimal places");
        expect(() -> VoicebotMetricUpdate.builder().sessionId("").build(), "sessionId", "must not be blank");
    }
}
