package com.phiintelligence.sdk.hibernate.internal.voice;

import com.phiintelligence.sdk.error.DataAccessException;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import com.phiintelligence.sdk.voice.ActionType;
import com.phiintelligence.sdk.voice.NewVoicebotMetric;
import com.phiintelligence.sdk.voice.VoicebotMetric;
import com.phiintelligence.sdk.voice.VoicebotMetricQuery;
import com.phiintelligence.sdk.voice.VoicebotMetricRepository;
import com.phiintelligence.sdk.voice.VoicebotMetricUpdate;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.Session;

/**
 * {@link VoicebotMetricRepository} over {@link VoicebotMetricEntity}; keeps the usage summaries with
 * {@link UsageSummaries} in the same transaction. Ids come from the sequence
 * {@code <sdkSchema>.voicebot_metrics_id_seq}. Thread-safe.
 */
public final class HibernateVoicebotMetricRepository extends HibernateRepository<VoicebotMetric, Integer,
        VoicebotMetricEntity, NewVoicebotMetric, VoicebotMetricUpdate, VoicebotMetricQuery>
        implements VoicebotMetricRepository {
    private final String sequence;

    /** @param db where the work runs */
    public HibernateVoicebotMetricRepository(Database db) {
        super(db, VoicebotMetricEntity.class, "voicebot_metrics", "id");
        this.sequence = db.sdkSchema() + ".voicebot_metrics_id_seq";
    }

    @Override
    public VoicebotMetric create(NewVoicebotMetric command) {
        return record(command);
    }

    @Override
    public VoicebotMetric record(NewVoicebotMetric metric) {
        Objects.requireNonNull(metric, "metric");
        return db.run(session -> {
            Instant now = now();
            VoicebotMetricEntity e = newEntity(metric, now);
            // Order matters: the bot's lock first (the order every summary writer follows), the
            // summary before the metric, so that a refused total leaves nothing written.
            VoiceRows.requireVoicebot(session, e.voicebotId, table());
            if (e.sessionId != null) {
                VoiceRows.requireSessionOf(session, e.sessionId, e.voicebotId);
            }
            e.id = nextId(session);
            UsageSummaries.add(session, e, now);
            session.persist(e);
            session.flush();
            return toDomain(e);
        });
    }

    /**
     * Draws the next id that no committed row holds. Other writers (the website's tooling, a Python
     * agent, a hand-run script) may insert their own ids past the sequence while the SDK runs; the
     * ids they took are skipped one by one. Drawing never moves the sequence back, so SDK instances
     * drawing at the same time never get the same id.
     */
    private int nextId(Session session) {
        while (true) {
            Object[] drawn = session.createNativeQuery("with n as (select nextval(cast(:sequence as regclass)) as id)"
                            + " select n.id, exists (select 1 from public.voicebot_metrics m where m.id = n.id) from n",
                            Object[].class)
                    .setParameter("sequence", sequence)
                    .getSingleResult();
            long next = ((Number) drawn[0]).longValue();
            if (next > Integer.MAX_VALUE) {
                throw new DataAccessException("voicebot_metrics.id is an INTEGER: the sequence " + sequence
                        + " has passed its largest value", null, false, null);
            }
            if (!Boolean.TRUE.equals(drawn[1])) {
                return (int) next;
            }
        }
    }

    @Override
    protected VoicebotMetricEntity newEntity(NewVoicebotMetric c, Instant now) {
        VoicebotMetricEntity e = VoicebotMetricEntity.empty();
        e.actionDetails = VoiceRows.node(c.actionDetails(), "actionDetails");
        e.metadata = VoiceRows.node(c.metadata(), "metadata");
        e.voicebotId = c.voicebotId();
        e.sessionId = c.sessionId();
        e.userId = c.userId();
        e.actionType = c.actionType().code();
        e.success = c.success();
        e.responseTimeMs = c.responseTimeMs();
        e.tokensUsed = c.tokensUsed();
        e.costUsd = VoiceRows.scaled(c.costUsd(), 6);
        e.errorMessage = c.errorMessage();
        e.createdAt = c.createdAt() != null ? Times.micros(c.createdAt()) : now;
        e.updatedAt = now;
        return e;
    }

    /**
     * Changes the metric and recomputes the bot's summary in the same transaction; when a total
     * would overflow, nothing is written.
     */
    @Override
    public VoicebotMetric update(Integer id, VoicebotMetricUpdate command) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(command, "command");
        return db.run(session -> {
            VoicebotMetricEntity e = lockForChange(session, id);
            if (e == null) {
                throw new NotFoundException(table(), id);
            }
            Instant now = now();
            VoicebotMetricEntity changed = copy(e);
            applyUpdate(changed, command, now);
            if (command.sessionId().isSet() && changed.sessionId != null) {
                VoiceRows.requireSessionOf(session, changed.sessionId, changed.voicebotId);
            }
            UsageTotals totals = UsageSummaries.aggregate(session, e.voicebotId, id).plus(changed);
            totals.checkFits(e.voicebotId);
            applyUpdate(e, command, now);
            session.flush();
            UsageSummaries.write(session, e.voicebotId, totals, now);
            return toDomain(e);
        });
    }

    /** Deletes the metric and recomputes the bot's summary in the same transaction. */
    @Override
    public boolean delete(Integer id) {
        Objects.requireNonNull(id, "id");
        return db.run(session -> {
            VoicebotMetricEntity e = lockForChange(session, id);
            if (e == null) {
                return false;
            }
            UsageTotals totals = UsageSummaries.aggregate(session, e.voicebotId, id);
            totals.checkFits(e.voicebotId);
            session.remove(e);
            session.flush();
            UsageSummaries.write(session, e.voicebotId, totals, now());
            return true;
        });
    }

    /**
     * Locks the metric's bot against every other writer of its metrics, then the metric itself.
     *
     * @return the metric as it stands under the locks, or null when there is none
     */
    private static VoicebotMetricEntity lockForChange(Session session, Integer id) {
        VoicebotMetricEntity seen = session.find(VoicebotMetricEntity.class, id);
        if (seen == null) {
            return null;
        }
        // A metric's bot never changes, so the bot read before the lock is the bot to lock.
        String voicebotId = seen.voicebotId;
        session.detach(seen);
        UsageSummaries.lockExclusively(session, voicebotId);
        return session.find(VoicebotMetricEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    protected void applyUpdate(VoicebotMetricEntity e, VoicebotMetricUpdate u, Instant now) {
        // Everything that can fail is checked before the entity changes.
        var details = u.actionDetails().isSet() ? VoiceRows.node(u.actionDetails().value(), "actionDetails")
                : e.actionDetails;
        var metadata = u.metadata().isSet() ? VoiceRows.node(u.metadata().value(), "metadata") : e.metadata;
        u.sessionId().ifSet(v -> e.sessionId = v);
        u.userId().ifSet(v -> e.userId = v);
        u.actionType().ifSet(v -> e.actionType = v.code());
        u.success().ifSet(v -> e.success = v);
        u.responseTimeMs().ifSet(v -> e.responseTimeMs = v);
        u.tokensUsed().ifSet(v -> e.tokensUsed = v);
        u.costUsd().ifSet(v -> e.costUsd = VoiceRows.scaled(v, 6));
        u.errorMessage().ifSet(v -> e.errorMessage = v);
        e.actionDetails = details;
        e.metadata = metadata;
        e.updatedAt = now;
    }

    private static VoicebotMetricEntity copy(VoicebotMetricEntity e) {
        VoicebotMetricEntity c = VoicebotMetricEntity.empty();
        c.id = e.id;
        c.voicebotId = e.voicebotId;
        c.sessionId = e.sessionId;
        c.userId = e.userId;
        c.actionType = e.actionType;
        c.actionDetails = e.actionDetails;
        c.success = e.success;
        c.responseTimeMs = e.responseTimeMs;
        c.tokensUsed = e.tokensUsed;
        c.costUsd = e.costUsd;
        c.errorMessage = e.errorMessage;
        c.metadata = e.metadata;
        c.createdAt = e.createdAt;
        c.updatedAt = e.updatedAt;
        return c;
    }

    @Override
    protected VoicebotMetric toDomain(VoicebotMetricEntity e) {
        return new VoicebotMetric(e.id, e.voicebotId, e.sessionId, e.userId, ActionType.of(e.actionType),
                VoiceRows.json(e.actionDetails), !Boolean.FALSE.equals(e.success), e.responseTimeMs, e.tokensUsed,
                VoiceRows.scaled(e.costUsd, 6), e.errorMessage, VoiceRows.json(e.metadata), e.createdAt, e.updatedAt);
    }

    @Override
    protected VoicebotMetricQuery newQuery() {
        return new VoicebotMetricQuery(this);
    }
}
