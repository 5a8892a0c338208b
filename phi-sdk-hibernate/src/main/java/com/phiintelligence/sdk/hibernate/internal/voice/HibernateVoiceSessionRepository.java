package com.phiintelligence.sdk.hibernate.internal.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.phiintelligence.sdk.error.ConflictException;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import com.phiintelligence.sdk.internal.Checks;
import com.phiintelligence.sdk.voice.NewVoiceSession;
import com.phiintelligence.sdk.voice.SessionStatus;
import com.phiintelligence.sdk.voice.VoiceSession;
import com.phiintelligence.sdk.voice.VoiceSessionQuery;
import com.phiintelligence.sdk.voice.VoiceSessionRepository;
import com.phiintelligence.sdk.voice.VoiceSessionUpdate;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** {@link VoiceSessionRepository} over {@link VoiceSessionEntity}. Thread-safe. */
public final class HibernateVoiceSessionRepository extends HibernateRepository<VoiceSession, String,
        VoiceSessionEntity, NewVoiceSession, VoiceSessionUpdate, VoiceSessionQuery>
        implements VoiceSessionRepository {
    /** The longest duration {@code NUMERIC(10,2)} holds. */
    private static final BigDecimal MAX_DURATION = new BigDecimal("99999999.99");

    /** @param db where the work runs */
    public HibernateVoiceSessionRepository(Database db) {
        super(db, VoiceSessionEntity.class, "voice_sessions", "sessionId");
    }

    @Override
    public VoiceSession create(NewVoiceSession command) {
        Objects.requireNonNull(command, "command");
        return db.run(session -> {
            VoiceRows.requireVoicebot(session, command.voicebotId(), table());
            return super.create(command);
        });
    }

    @Override
    protected VoiceSessionEntity newEntity(NewVoiceSession c, Instant now) {
        VoiceSessionEntity e = VoiceSessionEntity.empty();
        e.performanceMetrics = VoiceRows.node(c.performanceMetrics(), "performanceMetrics");
        e.sessionId = c.sessionId() != null ? c.sessionId() : newUuid();
        e.voicebotId = c.voicebotId();
        e.companyName = c.companyName();
        e.roomName = c.roomName();
        e.workerId = c.workerId();
        e.startTime = Times.micros(c.startTime());
        e.status = c.status().code();
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }

    @Override
    protected void applyUpdate(VoiceSessionEntity e, VoiceSessionUpdate u, Instant now) {
        // Everything that can fail is checked before the managed entity changes.
        JsonNode metrics = u.performanceMetrics().isSet()
                ? VoiceRows.node(u.performanceMetrics().value(), "performanceMetrics") : e.performanceMetrics;
        Instant start = u.startTime().isSet() ? Times.micros(u.startTime().value()) : e.startTime;
        Instant end = u.endTime().isSet() ? Times.micros(u.endTime().value()) : e.endTime;
        BigDecimal duration = e.durationSeconds;
        if (u.startTime().isSet() || u.endTime().isSet()) {
            duration = end == null ? null : durationSeconds(start, end, u.endTime().isSet() ? "endTime" : "startTime");
        }
        u.companyName().ifSet(v -> e.companyName = v);
        u.roomName().ifSet(v -> e.roomName = v);
        u.workerId().ifSet(v -> e.workerId = v);
        u.status().ifSet(v -> e.status = v.code());
        e.startTime = start;
        e.endTime = end;
        e.durationSeconds = duration;
        e.performanceMetrics = metrics;
        e.updatedAt = now;
    }

    @Override
    public VoiceSession end(String sessionId, Instant endTime, SessionStatus finalStatus) {
        Objects.requireNonNull(sessionId, "sessionId");
        Checks.instant(Checks.required(endTime, "endTime"), "endTime");
        Checks.required(finalStatus, "finalStatus");
        if (finalStatus.equals(SessionStatus.ACTIVE)) {
            throw new ValidationException("finalStatus", "must not be active: a session ends completed or failed");
        }
        Checks.maxLength(Checks.notBlank(finalStatus.code(), "finalStatus"), 50, "finalStatus");
        Instant end = Times.micros(endTime);
        return db.run(session -> {
            // The row lock makes two concurrent ends of one session run one after the other.
            VoiceSessionEntity e = session.find(VoiceSessionEntity.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
            if (e == null) {
                throw new NotFoundException(table(), sessionId);
            }
            if (e.endTime != null) {
                throw new ConflictException(table() + ": session " + sessionId + " has already ended at " + e.endTime,
                        null, null);
            }
            e.durationSeconds = durationSeconds(e.startTime, end, "endTime");
            e.endTime = end;
            e.status = finalStatus.code();
            e.updatedAt = now();
            session.flush();
            return toDomain(e);
        });
    }

    /**
     * @param field the input blamed when the end is before the start
     * @return {@code end - start} in seconds, 2 decimals, half up
     */
    private static BigDecimal durationSeconds(Instant start, Instant end, String field) {
        if (end.isBefore(start)) {
            throw new ValidationException(field, field.equals("endTime") ? "must not be before the start time"
                    : "must not be after the end time");
        }
        Duration d = Duration.between(start, end);
        BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9))
                .setScale(2, RoundingMode.HALF_UP);
        if (seconds.compareTo(MAX_DURATION) > 0) {
            throw new ValidationException(field, "must keep the duration within " + MAX_DURATION.toPlainString()
                    + " seconds, the most duration_seconds (NUMERIC(10,2)) holds");
        }
        return seconds;
    }

    @Override
    protected VoiceSession toDomain(VoiceSessionEntity e) {
        return new VoiceSession(e.sessionId, e.voicebotId, e.companyName, e.roomName, e.workerId, e.startTime,
                e.endTime, VoiceRows.scaled(e.durationSeconds, 2), SessionStatus.of(e.status),
                VoiceRows.json(e.performanceMetrics), e.createdAt, e.updatedAt);
    }

    @Override
    protected VoiceSessionQuery newQuery() {
        return new VoiceSessionQuery(this);
    }
}
