package com.phiintelligence.sdk.hibernate.voice;

import static com.phiintelligence.sdk.hibernate.voice.VoiceFixtures.RICH_DOCUMENT;
import static com.phiintelligence.sdk.hibernate.voice.VoiceFixtures.RICH_DOCUMENT_READ;
import static com.phiintelligence.sdk.hibernate.voice.VoicebotProfileRepositoryTest.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.error.ConflictException;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.query.Page;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import com.phiintelligence.sdk.voice.NewVoiceSession;
import com.phiintelligence.sdk.voice.SessionStatus;
import com.phiintelligence.sdk.voice.VoiceSession;
import com.phiintelligence.sdk.voice.VoiceSessionSort;
import com.phiintelligence.sdk.voice.VoiceSessionUpdate;
import com.phiintelligence.sdk.voice.VoicebotProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@PhiTest
class VoiceSessionRepositoryTest {
    private static final Instant START = OffsetDateTime.parse("2026-03-04T05:06:07.123456-08:00").toInstant();

    @Test
    void roundTripsEveryColumn(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceSession created = phi.voiceSessions().create(NewVoiceSession.builder().voicebotId(bot.voicebotId())
                .companyName("Zahnärzte Müller GmbH").roomName("room-ü-1").workerId("worker-7").startTime(START)
                .status(SessionStatus.ACTIVE).performanceMetrics(RICH_DOCUMENT).build());
        assertThat(created.sessionId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(created.startTime()).isEqualTo(Instant.parse("2026-03-04T13:06:07.123456Z"));
        assertThat(created.endTime()).isNull();
        assertThat(created.durationSeconds()).isNull();
        assertThat(created.hasEnded()).isFalse();
        assertThat(created.performanceMetrics().text()).isEqualTo(RICH_DOCUMENT_READ);
        assertThat(created.createdAt()).isNotNull().isEqualTo(created.updatedAt());
        assertThat(phi.voiceSessions().get(created.sessionId())).isEqualTo(created);

        Instant newStart = OffsetDateTime.parse("2026-03-04T10:00:00.000001+09:30").toInstant();
        Instant newEnd = newStart.plusSeconds(90).plusNanos(5_000_000); // 90.005 s: rounds half up
        VoiceSession updated = phi.voiceSessions().update(created.sessionId(), VoiceSessionUpdate.builder()
                .companyName("Acme").roomName("room-2").workerId("worker-8").startTime(newStart).endTime(newEnd)
                .status(SessionStatus.FAILED).performanceMetrics(Json.of("{\"latencyMs\":[120,340]}")).build());
        assertThat(updated).isEqualTo(new VoiceSession(created.sessionId(), bot.voicebotId(), "Acme", "room-2",
                "worker-8", newStart, newEnd, new BigDecimal("90.01"), SessionStatus.FAILED,
                Json.of("{\"latencyMs\":[120,340]}"), created.createdAt(), updated.updatedAt()));
        assertThat(phi.voiceSessions().get(created.sessionId())).isEqualTo(updated);

        VoiceSession cleared = phi.voiceSessions().update(created.sessionId(), VoiceSessionUpdate.builder()
                .endTime(null).performanceMetrics(null).build());
        assertThat(cleared.endTime()).isNull();
        assertThat(cleared.durationSeconds()).isNull();
        assertThat(cleared.performanceMetrics()).isNull();
        assertThat(phi.voiceSessions().get(created.sessionId())).isEqualTo(cleared);
    }

    @Test
    void defaultsTheRoomStatusAndKeepsAGivenKey(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceSession s = phi.voiceSessions().create(VoiceFixtures.newSession(bot.voicebotId())
                .sessionId("lk-session-42").build());
        assertThat(s.sessionId()).isEqualTo("lk-session-42");
        assertThat(s.roomName()).isEqualTo("company_" + bot.voicebotId()).isEqualTo(bot.defaultRoomName());
        assertThat(s.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThatThrownBy(() -> phi.voiceSessions().create(VoiceFixtures.newSession(bot.voicebotId())
                .sessionId("lk-session-42").build())).isInstanceOf(ConflictException.class);
    }

    @Test
    void endsASessionWithItsDurationInSecondsToTwoDecimals(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceSession s = VoiceFixtures.session(phi, bot.voicebotId());
        Instant end = s.startTime().plusSeconds(61).plusNanos(4_999_000); // 61.004999 s
        VoiceSession ended = phi.voiceSessions().end(s.sessionId(), end, SessionStatus.COMPLETED);
        assertThat(ended.endTime()).isEqualTo(end);
        assertThat(ended.durationSeconds()).isEqualTo(new BigDecimal("61.00"));
        assertThat(ended.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(ended.hasEnded()).isTrue();
        assertThat(ended.updatedAt()).isAfterOrEqualTo(s.updatedAt());
        assertThat(phi.voiceSessions().get(s.sessionId())).isEqualTo(ended);

        VoiceSession failed = VoiceFixtures.session(phi, bot.voicebotId());
        VoiceSession atOnce = phi.voiceSessions().end(failed.sessionId(), failed.startTime(), SessionStatus.FAILED);
        assertThat(atOnce.durationSeconds()).isEqualTo(new BigDecimal("0.00"));
        assertThat(atOnce.status()).isEqualTo(SessionStatus.FAILED);
    }

    @Test
    void refusesToEndBeforeTheStartOrTwice(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceSession s = VoiceFixtures.session(phi, bot.voicebotId());
        expect(() -> phi.voiceSessions().end(s.sessionId(), s.startTime().minusNanos(1000), SessionStatus.COMPLETED),
                "endTime", "must not be before the start time");
        expect(() -> phi.voiceSessions().end(s.sessionId(), s.startTime().plusSeconds(1), SessionStatus.ACTIVE),
                "finalStatus", "must not be active: a session ends completed or failed");
        assertThat(phi.voiceSessions().get(s.sessionId())).isEqualTo(s);

        phi.voiceSessions().end(s.sessionId(), s.startTime().plusSeconds(5), SessionStatus.COMPLETED);
        assertThatThrownBy(() -> phi.voiceSessions().end(s.sessionId(), s.startTime().plusSeconds(9),
                SessionStatus.FAILED)).isInstanceOf(ConflictException.class).hasMessageContaining("already ended");
        assertThat(phi.voiceSessions().get(s.sessionId()).durationSeconds()).isEqualTo(new BigDecimal("5.00"));
        assertThatThrownBy(() -> phi.voiceSessions().end("missing", Instant.now(), SessionStatus.COMPLETED))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("voice_sessions"));
    }

    @Test
    void onlyOneOfTwoConcurrentEndsSucceeds(PhiSdk phi) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceSession s = VoiceFixtures.session(phi, bot.voicebotId());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<VoiceSession>> results = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                Instant end = s.startTime().plusSeconds(i);
                Callable<VoiceSession> ending = () -> {
                    go.await();
                    return phi.voiceSessions().end(s.sessionId(), end, SessionStatus.COMPLETED);
                };
                results.add(pool.submit(ending));
            }
            go.countDown();
            int ended = 0;
            int conflicts = 0;
            for (Future<VoiceSession> result : results) {
                try {
                    result.get();
                    ended++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    conflicts++;
                }
            }
            assertThat(ended).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsTheLongestDurationItsColumnHolds(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceSession s = VoiceFixtures.session(phi, bot.voicebotId());
        Instant longest = s.startTime().plusSeconds(99_999_999).plusMillis(990);
        expect(() -> phi.voiceSessions().end(s.sessionId(), longest.plusNanos(5_000_000), SessionStatus.COMPLETED),
                "endTime", "must keep the duration within 99999999.99 seconds, the most duration_seconds "
                        + "(NUMERIC(10,2)) holds");
        VoiceSession ended = phi.voiceSessions().end(s.sessionId(), longest, SessionStatus.COMPLETED);
        assertThat(ended.durationSeconds()).isEqualTo(new BigDecimal("99999999.99"));
        assertThat(phi.voiceSessions().get(s.sessionId())).isEqualTo(ended);
    }

    @Test
    void correctionsKeepTheDurationConsistent(PhiSdk phi) {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceSession s = VoiceFixtures.session(phi, bot.voicebotId());
        phi.voiceSessions().end(s.sessionId(), s.startTime().plusSeconds(10), SessionStatus.COMPLETED);
        VoiceSession moved = phi.voiceSessions().update(s.sessionId(), VoiceSessionUpdate.builder()
                .startTime(s.startTime().plusSeconds(4)).build());
        assertThat(moved.durationSeconds()).isEqualTo(new BigDecimal("6.00"));
        expect(() -> phi.voiceSessions().update(s.sessionId(), VoiceSessionUpdate.builder()
                .startTime(s.startTime().plusSeconds(11)).build()), "startTime", "must not be after the end time");
        expect(() -> phi.voiceSessions().update(s.sessionId(), VoiceSessionUpdate.builder()
                .endTime(s.startTime()).build()), "endTime", "must not be before the start time");
        expect(() -> VoiceSessionUpdate.builder().startTime(START).endTime(START.minusSeconds(1)).build(),
                "endTime", "must not be before the start time");
        assertThat(phi.voiceSessions().get(s.sessionId())).isEqualTo(moved);
    }

    @Test
    void readsLegacyValuesWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceFixtures.sql(db,
                "INSERT INTO voice_sessions (session_id, voicebot_id, company_name, room_name, worker_id, start_time, "
                        + "end_time, duration_seconds, status) VALUES ('old-1', '" + bot.voicebotId() + "', 'Old Co', "
                        + "'r', 'w', '2025-01-01 10:00:00+05:30', '2025-01-01 10:01:00.5+05:30', 60.5, 'ended')",
                "INSERT INTO voice_sessions (voicebot_id, company_name, room_name, worker_id, start_time, status) "
                        + "VALUES ('" + bot.voicebotId() + "', 'Old Co', 'r', 'w', now(), 'hung_up')",
                "INSERT INTO voice_sessions (session_id, voicebot_id, company_name, room_name, worker_id, start_time, "
                        + "status) VALUES ('old-3', '" + bot.voicebotId() + "', 'Old Co', 'r', 'w', now(), NULL)");
        VoiceSession ended = phi.voiceSessions().get("old-1");
        assertThat(ended.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(ended.status().isKnown()).isTrue();
        assertThat(ended.durationSeconds()).isEqualTo(new BigDecimal("60.50"));
        assertThat(ended.startTime()).isEqualTo(Instant.parse("2025-01-01T04:30:00Z"));
        assertThat(phi.voiceSessions().get("old-3").status()).isNull();
        VoiceSession unknown = phi.voiceSessions().query().status(SessionStatus.of("hung_up")).first().orElseThrow();
        assertThat(unknown.status().isKnown()).isFalse();
        assertThat(unknown.sessionId()).hasSize(36);
        assertThat(phi.voiceSessions().query().status(SessionStatus.COMPLETED).list()).containsExactly(ended);
        assertThatThrownBy(() -> phi.voiceSessions().end("old-1", Instant.now(), SessionStatus.COMPLETED))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void queriesFilterAndSort(PhiSdk phi) {
        VoicebotProfile a = VoiceFixtures.bot(phi);
        VoicebotProfile b = VoiceFixtures.bot(phi);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        VoiceSession s1 = phi.voiceSessions().create(VoiceFixtures.newSession(a.voicebotId()).startTime(t0).build());
        VoiceSession s2 = phi.voiceSessions().create(VoiceFixtures.newSession(a.voicebotId())
                .startTime(t0.plusSeconds(60)).companyName("Other").workerId("worker-2").build());
        VoiceSession s3 = phi.voiceSessions().create(VoiceFixtures.newSession(b.voicebotId())
                .startTime(t0.plusSeconds(120)).build());
        phi.voiceSessions().end(s1.sessionId(), t0.plusSeconds(30), SessionStatus.COMPLETED);
        phi.voiceSessions().end(s2.sessionId(), t0.plusSeconds(70), SessionStatus.FAILED);

        assertThat(phi.voiceSessions().query().list()).extracting(VoiceSession::sessionId)
                .containsExactly(s3.sessionId(), s2.sessionId(), s1.sessionId());
        assertThat(phi.voiceSessions().query().voicebotId(a.voicebotId()).count()).isEqualTo(2);
        assertThat(phi.voiceSessions().query().status(SessionStatus.ACTIVE).list()).extracting(VoiceSession::sessionId)
                .containsExactly(s3.sessionId());
        assertThat(phi.voiceSessions().query().status(SessionStatus.COMPLETED, SessionStatus.FAILED).count()).isEqualTo(2);
        assertThat(phi.voiceSessions().query().startedBetween(t0, t0.plusSeconds(120)).count()).isEqualTo(2);
        assertThat(phi.voiceSessions().query().startedBetween(t0.plusSeconds(60), null).count()).isEqualTo(2);
        assertThat(phi.voiceSessions().query().companyName("Other").list()).extracting(VoiceSession::sessionId)
                .containsExactly(s2.sessionId());
        assertThat(phi.voiceSessions().query().workerId("worker-2").count()).isEqualTo(1);
        assertThat(phi.voiceSessions().query().ended(false).count()).isEqualTo(1);
        assertThat(phi.voiceSessions().query().endedBetween(t0.plusSeconds(60), null).list())
                .extracting(VoiceSession::sessionId).containsExactly(s2.sessionId());
        assertThat(phi.voiceSessions().query().orderBy(VoiceSessionSort.DURATION_SECONDS, SortDirection.DESC).list())
                .extracting(VoiceSession::sessionId).containsExactly(s1.sessionId(), s2.sessionId(), s3.sessionId());
        Instant s2Ended = phi.voiceSessions().get(s2.sessionId()).updatedAt();
        assertThat(phi.voiceSessions().query().updatedBetween(s2Ended, null).list())
                .extracting(VoiceSession::sessionId).containsExactly(s2.sessionId());
        assertThat(phi.voiceSessions().query().updatedBetween(null, s2Ended).count()).as("s3, then s1").isEqualTo(2);
        Page<VoiceSession> page = phi.voiceSessions().query().page(0, 2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(VoiceSession::sessionId).containsExactly(s3.sessionId(), s2.sessionId());
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void refusesAnUnknownBotAndBadInput(PhiSdk phi, ConnectionInfo db) throws Exception {
        assertThatThrownBy(() -> VoiceFixtures.session(phi, "no-such-bot"))
                .isInstanceOf(ReferenceException.class).hasMessageContaining("no-such-bot");
        assertThat(VoiceFixtures.count(db, "voice_sessions")).isZero();

        expect(() -> VoiceFixtures.newSession(null).build(), "voicebotId", "is required");
        expect(() -> VoiceFixtures.newSession("b").companyName(null).build(), "companyName", "is required");
        expect(() -> VoiceFixtures.newSession("b").companyName("c".repeat(501)).build(), "companyName",
                "must be at most 500 characters");
        expect(() -> VoiceFixtures.newSession("b").workerId(" ").build(), "workerId", "must not be blank");
        expect(() -> VoiceFixtures.newSession("b").workerId("w".repeat(256)).build(), "workerId",
                "must be at most 255 characters");
        expect(() -> VoiceFixtures.newSession("b").roomName("r".repeat(256)).build(), "roomName",
                "must be at most 255 characters");
        expect(() -> VoiceFixtures.newSession("b".repeat(250)).build(), "roomName", "must be at most 255 characters");
        expect(() -> VoiceFixtures.newSession("b").sessionId("s".repeat(256)).build(), "sessionId",
                "must be at most 255 characters");
        expect(() -> VoiceFixtures.newSession("b").startTime(null).build(), "startTime", "is required");
        expect(() -> VoiceFixtures.newSession("b").status(SessionStatus.of("x".repeat(51))).build(), "status",
                "must be at most 50 characters");
        expect(() -> VoiceSessionUpdate.builder().startTime(null).build(), "startTime", "is required");
        expect(() -> VoiceSessionUpdate.builder().workerId(null).build(), "workerId", "is required");
        expect(() -> VoiceSessionUpdate.builder().roomName("").build(), "roomName", "must not be blank");
        expect(() -> VoiceSessionUpdate.builder().status(null).build(), "status", "is required");

        VoicebotProfile bot = VoiceFixtures.bot(phi);
        assertThatThrownBy(() -> phi.voiceSessions().create(VoiceFixtures.newSession(bot.voicebotId())
                .performanceMetrics(Json.of("{oops}")).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("performanceMetrics"));
        assertThat(VoiceFixtures.count(db, "voice_sessions")).isZero();
        assertThatThrownBy(() -> phi.voiceSessions().update("missing", VoiceSessionUpdate.builder().workerId("w").build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(phi.voiceSessions().delete("missing")).isFalse();
    }
}
