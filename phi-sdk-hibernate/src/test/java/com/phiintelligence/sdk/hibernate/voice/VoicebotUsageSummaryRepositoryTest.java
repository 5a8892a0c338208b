package com.phiintelligence.sdk.hibernate.voice;

import static com.phiintelligence.sdk.hibernate.voice.VoicebotProfileRepositoryTest.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.error.ConflictException;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.query.Page;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import com.phiintelligence.sdk.voice.ActionType;
import com.phiintelligence.sdk.voice.NewVoicebotUsageSummary;
import com.phiintelligence.sdk.voice.UsageTotalOverflowException;
import com.phiintelligence.sdk.voice.VoicebotMetric;
import com.phiintelligence.sdk.voice.VoicebotProfile;
import com.phiintelligence.sdk.voice.VoicebotUsageSummary;
import com.phiintelligence.sdk.voice.VoicebotUsageSummarySort;
import com.phiintelligence.sdk.voice.VoicebotUsageSummaryUpdate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@PhiTest
class VoicebotUsageSummaryRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void recordingAddsEachActionCountingAbsentValuesAsZero(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        assertThat(phi.voicebotUsageSummaries().find(bot.voicebotId())).isEmpty();
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).responseTimeMs(250).tokensUsed(1200)
                .costUsd(new BigDecimal("0.004200")).createdAt(T0).build());
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).actionType(ActionType.TTS)
                .success(false).createdAt(T0.plusSeconds(10)).build());

        VoicebotUsageSummary s = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(s.totalActions()).isEqualTo(2);
        assertThat(s.successfulActions()).isEqualTo(1);
        assertThat(s.failedActions()).isEqualTo(1);
        assertThat(s.totalResponseTimeMs()).isEqualTo(250);
        assertThat(s.totalTokensUsed()).isEqualTo(1200);
        assertThat(s.totalCostUsd()).isEqualTo(new BigDecimal("0.004200"));
        assertThat(s.lastActivity()).isEqualTo(T0.plusSeconds(10));
        assertThat(s.lastActionType()).isEqualTo(ActionType.TTS);
        assertThat(s.createdAt()).isNotNull();
    }

    @Test
    void lastActivityOnlyMovesForwardToTheNewestAction(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).actionType(ActionType.STT)
                .createdAt(T0.plusSeconds(60)).build());
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).actionType(ActionType.TOOL_CALL)
                .createdAt(T0).build());
        VoicebotUsageSummary s = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(s.lastActivity()).isEqualTo(T0.plusSeconds(60));
        assertThat(s.lastActionType()).isEqualTo(ActionType.STT);
        assertThat(s.totalActions()).isEqualTo(2);
        // On equal times the greater code wins, whatever the order of the writers, so rebuild agrees.
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).actionType(ActionType.TTS)
                .createdAt(T0.plusSeconds(60)).build());
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).actionType(ActionType.LLM)
                .createdAt(T0.plusSeconds(60)).build());
        VoicebotUsageSummary tie = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(tie.lastActionType()).isEqualTo(ActionType.TTS);
        assertThat(phi.voicebotUsageSummaries().rebuild(bot.voicebotId()))
                .usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(tie);
    }

    @Test
    void concurrentRecordersKeepTheSummaryExact(PhiSdk phi) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        int threads = 8;
        int perThread = 50;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Void> writer = () -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId())
                                .actionType(i % 2 == 0 ? ActionType.LLM : ActionType.STT)
                                .success(i % 5 != 0)
                                .responseTimeMs(i % 3 == 0 ? null : 100 + thread)
                                .tokensUsed(i % 4 == 0 ? null : 1000 + i)
                                .costUsd(i % 7 == 0 ? null : new BigDecimal("0.000123"))
                                .build());
                    }
                    return null;
                };
                done.add(pool.submit(writer));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long responseTime = 0;
        long tokens = 0;
        BigDecimal cost = BigDecimal.ZERO;
        int failures = 0;
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                responseTime += i % 3 == 0 ? 0 : 100 + t;
                tokens += i % 4 == 0 ? 0 : 1000 + i;
                cost = cost.add(i % 7 == 0 ? BigDecimal.ZERO : new BigDecimal("0.000123"));
                failures += i % 5 != 0 ? 0 : 1;
            }
        }
        VoicebotUsageSummary s = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(s.totalActions()).isEqualTo(threads * perThread);
        assertThat(s.failedActions()).isEqualTo(failures);
        assertThat(s.successfulActions()).isEqualTo(threads * perThread - failures);
        assertThat(s.totalResponseTimeMs()).isEqualTo(responseTime);
        assertThat(s.totalTokensUsed()).isEqualTo(tokens);
        assertThat(s.totalCostUsd()).isEqualByComparingTo(cost);
        VoicebotMetric newest = phi.voicebotMetrics().query().voicebotId(bot.voicebotId()).first().orElseThrow();
        assertThat(s.lastActivity()).isEqualTo(newest.createdAt());
        assertThat(phi.voicebotUsageSummaries().rebuild(bot.voicebotId()))
                .usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(s);
    }

    @Test
    void rebuildingWhileOthersRecordStaysExact(PhiSdk phi) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        int recorders = 4;
        int perRecorder = 40;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(recorders + 1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < recorders; t++) {
                Callable<Void> recorder = () -> {
                    go.await();
                    for (int i = 0; i < perRecorder; i++) {
                        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).tokensUsed(3)
                                .costUsd(new BigDecimal("0.01")).build());
                    }
                    return null;
                };
                done.add(pool.submit(recorder));
            }
            Callable<Void> rebuilder = () -> {
                go.await();
                for (int i = 0; i < 20; i++) {
                    phi.voicebotUsageSummaries().rebuild(bot.voicebotId());
                }
                return null;
            };
            done.add(pool.submit(rebuilder));
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        VoicebotUsageSummary s = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(s.totalActions()).isEqualTo(recorders * perRecorder);
        assertThat(s.totalTokensUsed()).isEqualTo(3L * recorders * perRecorder);
        assertThat(s.totalCostUsd()).isEqualTo(new BigDecimal("1.600000"));
        assertThat(phi.voicebotUsageSummaries().rebuild(bot.voicebotId()))
                .usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(s);
    }

    @Test
    void refusesATotalCostBeyondItsColumnWritingNothing(PhiSdk phi, ConnectionInfo db) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).costUsd(new BigDecimal("9999.999998"))
                .createdAt(T0).build());
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).costUsd(new BigDecimal("0.000001"))
                .createdAt(T0).build());
        VoicebotUsageSummary full = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(full.totalCostUsd()).isEqualTo(new BigDecimal("9999.999999"));

        assertThatThrownBy(() -> phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId())
                .costUsd(new BigDecimal("0.000001")).createdAt(T0.plusSeconds(1)).build()))
                .isInstanceOfSatisfying(UsageTotalOverflowException.class, e -> {
                    assertThat(e.field()).isEqualTo("totalCostUsd");
                    assertThat(e.column()).isEqualTo("total_cost_usd");
                    assertThat(e.voicebotId()).isEqualTo(bot.voicebotId());
                    assertThat(e).isInstanceOf(ValidationException.class).hasMessageContaining("total_cost_usd")
                            .hasMessageContaining("9999.999999");
                });
        // Inside a caller's transaction that swallows the failure and commits, nothing is written either.
        phi.useTransaction(tx -> assertThatThrownBy(() -> tx.voicebotMetrics().record(
                VoiceFixtures.newMetric(bot.voicebotId()).costUsd(new BigDecimal("5")).build()))
                .isInstanceOf(UsageTotalOverflowException.class));
        assertThat(VoiceFixtures.count(db, "voicebot_metrics")).isEqualTo(2);
        assertThat(phi.voicebotUsageSummaries().get(bot.voicebotId())).isEqualTo(full);

        // A metric without cost still fits.
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).createdAt(T0.plusSeconds(2)).build());
        assertThat(phi.voicebotUsageSummaries().get(bot.voicebotId()).totalActions()).isEqualTo(3);
    }

    @Test
    void rebuildRefusesTotalsBeyondTheirColumnsWritingNothing(PhiSdk phi, ConnectionInfo db) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoicebotMetric m = phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId())
                .costUsd(new BigDecimal("6000")).build());
        VoicebotUsageSummary before = phi.voicebotUsageSummaries().get(bot.voicebotId());
        VoiceFixtures.sql(db, "INSERT INTO voicebot_metrics (id, voicebot_id, action_type, cost_usd) VALUES (-1, '"
                + bot.voicebotId() + "', 'llm', 6000)");
        assertThatThrownBy(() -> phi.voicebotUsageSummaries().rebuild(bot.voicebotId()))
                .isInstanceOfSatisfying(UsageTotalOverflowException.class,
                        e -> assertThat(e.column()).isEqualTo("total_cost_usd"));
        assertThat(phi.voicebotUsageSummaries().get(bot.voicebotId())).isEqualTo(before);
        assertThatThrownBy(() -> phi.voicebotMetrics().update(m.id(), com.phiintelligence.sdk.voice.VoicebotMetricUpdate
                .builder().userId("x").build())).isInstanceOf(UsageTotalOverflowException.class);
        assertThat(phi.voicebotMetrics().get(m.id()).userId()).isNull();
    }

    @Test
    void legacyEmptyTotalsReadAsZeroAndAreAddedTo(PhiSdk phi, ConnectionInfo db) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceFixtures.sql(db, "INSERT INTO voicebot_usage_summaries (voicebot_id, total_actions, successful_actions, "
                + "failed_actions, total_response_time_ms, total_tokens_used, total_cost_usd, last_activity, "
                + "last_action_type, created_at, updated_at) VALUES ('" + bot.voicebotId()
                + "', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'legacy_kind', NULL, NULL)");
        VoicebotUsageSummary legacy = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(legacy.totalActions()).isZero();
        assertThat(legacy.totalCostUsd()).isEqualTo(new BigDecimal("0.000000"));
        assertThat(legacy.lastActivity()).isNull();
        assertThat(legacy.lastActionType().isKnown()).isFalse();
        assertThat(legacy.createdAt()).isNull();

        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).tokensUsed(7)
                .costUsd(new BigDecimal("0.25")).createdAt(T0).build());
        VoicebotUsageSummary s = phi.voicebotUsageSummaries().get(bot.voicebotId());
        assertThat(s.totalActions()).isEqualTo(1);
        assertThat(s.successfulActions()).isEqualTo(1);
        assertThat(s.failedActions()).isZero();
        assertThat(s.totalTokensUsed()).isEqualTo(7);
        assertThat(s.totalCostUsd()).isEqualTo(new BigDecimal("0.250000"));
        assertThat(s.lastActivity()).isEqualTo(T0);
        assertThat(s.lastActionType()).isEqualTo(ActionType.LLM);
    }

    @Test
    void aTransactionSeesTheSummaryItsRecordingsWrote(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        phi.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).build());
        phi.useTransaction(tx -> {
            assertThat(tx.voicebotUsageSummaries().get(bot.voicebotId()).totalActions()).isEqualTo(1);
            tx.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).build());
            assertThat(tx.voicebotUsageSummaries().get(bot.voicebotId()).totalActions()).isEqualTo(2);
            assertThat(tx.voicebotUsageSummaries().rebuild(bot.voicebotId()).totalActions()).isEqualTo(2);
        });
        assertThatThrownBy(() -> phi.useTransaction(tx -> {
            tx.voicebotMetrics().record(VoiceFixtures.newMetric(bot.voicebotId()).build());
            throw new IllegalStateException("boom");
        })).isInstanceOf(RuntimeException.class).hasMessageContaining("boom");
        assertThat(phi.voicebotUsageSummaries().get(bot.voicebotId()).totalActions()).isEqualTo(2);
        assertThat(phi.voicebotMetrics().query().voicebotId(bot.voicebotId()).count()).isEqualTo(2);
    }

    @Test
    void roundTripsEveryColumn(PhiSdk phi) {
        Instant at = OffsetDateTime.parse("2026-03-04T05:06:07.654321-03:30").toInstant();
        VoicebotUsageSummary created = phi.voicebotUsageSummaries().create(NewVoicebotUsageSummary.builder()
                .voicebotId("imported-bot").totalActions(Integer.MAX_VALUE).successfulActions(2_000_000_000)
                .failedActions(147_483_647).totalResponseTimeMs(Long.MAX_VALUE).totalTokensUsed(9_000_000_000L)
                .totalCostUsd(new BigDecimal("9999.999999")).lastActivity(at)
                .lastActionType(ActionType.of("imported_kind")).build());
        assertThat(created.totalCostUsd()).isEqualTo(new BigDecimal("9999.999999"));
        assertThat(created.lastActivity()).isEqualTo(Instant.parse("2026-03-04T08:36:07.654321Z"));
        assertThat(phi.voicebotUsageSummaries().get("imported-bot")).isEqualTo(created);

        VoicebotUsageSummary updated = phi.voicebotUsageSummaries().update("imported-bot",
                VoicebotUsageSummaryUpdate.builder().totalActions(3).successfulActions(2).failedActions(1)
                        .totalResponseTimeMs(900).totalTokensUsed(30).totalCostUsd(new BigDecimal("0.000001"))
                        .lastActivity(null).lastActionType(null).build());
        assertThat(updated).isEqualTo(new VoicebotUsageSummary("imported-bot", 3, 2, 1, 900, 30,
                new BigDecimal("0.000001"), null, null, created.createdAt(), updated.updatedAt()));
        assertThat(phi.voicebotUsageSummaries().get("imported-bot")).isEqualTo(updated);

        VoicebotUsageSummary dated = phi.voicebotUsageSummaries().update("imported-bot",
                VoicebotUsageSummaryUpdate.builder().lastActivity(at).lastActionType(ActionType.TTS).build());
        assertThat(phi.voicebotUsageSummaries().get("imported-bot")).isEqualTo(dated);
        assertThat(dated.lastActionType()).isEqualTo(ActionType.TTS);

        assertThatThrownBy(() -> phi.voicebotUsageSummaries().create(NewVoicebotUsageSummary.builder()
                .voicebotId("imported-bot").build())).isInstanceOf(ConflictException.class);
        assertThat(phi.voicebotUsageSummaries().delete("imported-bot")).isTrue();
        assertThat(phi.voicebotUsageSummaries().find("imported-bot")).isEmpty();
    }

    @Test
    void queriesByLastActivity(PhiSdk phi) {
        for (int i = 0; i < 3; i++) {
            phi.voicebotUsageSummaries().create(NewVoicebotUsageSummary.builder().voicebotId("bot-" + i)
                    .totalActions(i).lastActivity(T0.plusSeconds(i * 60L)).build());
        }
        phi.voicebotUsageSummaries().create(NewVoicebotUsageSummary.builder().voicebotId("bot-idle").build());
        assertThat(phi.voicebotUsageSummaries().query().list()).extracting(VoicebotUsageSummary::voicebotId)
                .containsExactly("bot-2", "bot-1", "bot-0", "bot-idle");
        assertThat(phi.voicebotUsageSummaries().query().lastActivityBetween(T0.plusSeconds(60), null).list())
                .extracting(VoicebotUsageSummary::voicebotId).containsExactly("bot-2", "bot-1");
        assertThat(phi.voicebotUsageSummaries().query().lastActivityBetween(null, T0.plusSeconds(60)).count())
                .isEqualTo(1);
        assertThat(phi.voicebotUsageSummaries().query()
                .orderBy(VoicebotUsageSummarySort.TOTAL_ACTIONS, SortDirection.DESC).first().orElseThrow().voicebotId())
                .isEqualTo("bot-2");

        phi.voicebotUsageSummaries().update("bot-1", VoicebotUsageSummaryUpdate.builder().lastActionType(ActionType.TTS).build());
        assertThat(phi.voicebotUsageSummaries().query().lastActionType(ActionType.TTS, ActionType.STT).list())
                .extracting(VoicebotUsageSummary::voicebotId).containsExactly("bot-1");
        VoicebotUsageSummary bot1 = phi.voicebotUsageSummaries().get("bot-1");
        assertThat(phi.voicebotUsageSummaries().query().updatedBetween(bot1.updatedAt(), null).list())
                .extracting(VoicebotUsageSummary::voicebotId).containsExactly("bot-1");
        assertThat(phi.voicebotUsageSummaries().query().createdBetween(null, bot1.createdAt()).count())
                .as("created before bot-1: bot-0").isEqualTo(1);
        Page<VoicebotUsageSummary> page = phi.voicebotUsageSummaries().query()
                .orderBy(VoicebotUsageSummarySort.TOTAL_ACTIONS, SortDirection.ASC).page(1, 2);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(VoicebotUsageSummary::totalActions).containsExactly(1, 2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule(PhiSdk phi) {
        assertThatThrownBy(() -> phi.voicebotUsageSummaries().rebuild("no-such-bot"))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.table()).isEqualTo("voicebot_profiles"));
        assertThat(phi.voicebotUsageSummaries().find("no-such-bot")).isEmpty();
        expect(() -> NewVoicebotUsageSummary.builder().build(), "voicebotId", "is required");
        expect(() -> NewVoicebotUsageSummary.builder().voicebotId("b").totalActions(-1).build(), "totalActions",
                "must not be negative");
        expect(() -> NewVoicebotUsageSummary.builder().voicebotId("b").totalTokensUsed(-1L).build(), "totalTokensUsed",
                "must not be negative");
        expect(() -> NewVoicebotUsageSummary.builder().voicebotId("b").totalCostUsd(new BigDecimal("10000")).build(),
                "totalCostUsd", "must be less than 10^4 in magnitude");
        expect(() -> NewVoicebotUsageSummary.builder().voicebotId("b").lastActionType(ActionType.of("t".repeat(101)))
                .build(), "lastActionType", "must be at most 100 characters");
        expect(() -> VoicebotUsageSummaryUpdate.builder().failedActions(-2).build(), "failedActions",
                "must not be negative");
        expect(() -> VoicebotUsageSummaryUpdate.builder().totalCostUsd(null).build(), "totalCostUsd", "is required");
        expect(() -> VoicebotUsageSummaryUpdate.builder().totalCostUsd(new BigDecimal("-1")).build(), "totalCostUsd",
                "must not be negative");
        assertThatThrownBy(() -> phi.voicebotUsageSummaries().update("missing",
                VoicebotUsageSummaryUpdate.builder().totalActions(1).build())).isInstanceOf(NotFoundException.class);
    }
}
