package com.phiintelligence.sdk.hibernate.internal.voice;

import com.phiintelligence.sdk.error.DataAccessException;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.JsonCodec;
import com.phiintelligence.sdk.hibernate.internal.Times;
import com.phiintelligence.sdk.voice.ActionType;
import com.phiintelligence.sdk.voice.NewVoicebotMetric;
import com.phiintelligence.sdk.voice.VoicebotMetric;
import com.phiintelligence.sdk.voice.VoicebotMetricQuery;
import com.phiintelligence.sdk.voice.VoicebotMetricRepository;
import com.phiintelligence.sdk.voice.VoicebotMetricUpdate;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
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
    private static final String INSERT = """
            insert into public.voicebot_metrics (id, voicebot_id, session_id, user_id, action_type, action_details,
                success, response_time_ms, tokens_used, cost_usd, error_message, metadata, created_at, updated_at)
            values (:id, :voicebotId, :sessionId, :userId, :actionType, cast(:actionDetails as jsonb), :success,
                :responseTimeMs, :tokensUsed, :costUsd, :errorMessage, cast(:metadata as jsonb), :createdAt, :updatedAt)
            on conflict (id) do nothing
            """;
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
            while (!insertUnlessIdTaken(session, e)) {
                e.id = nextId(session);
            }
            return toDomain(e);
        });
    }

    private int nextId(Session session) {
        Long next = session.createNativeQuery("select nextval(cast(:sequence as regclass))", Long.class)
                .setParameter("sequence", sequence)
                .getSingleResult();
        if (next > Integer.MAX_VALUE) {
            throw new DataAccessException("voicebot_metrics.id is an INTEGER and the sequence " + sequence
                    + " has passed 2147483647. When a stray row with a huge id pushed it there, delete that row and"
                    + " run SELECT setval('" + sequence + "', (SELECT max(id) FROM public.voicebot_metrics))", null, false,
                    null);
        }
        return next.intValue();
    }

    /**
     * Inserts the metric unless its id is taken. Other writers (the website's tooling, a Python
     * agent, a hand-run script, an SDK with another schema of its own) may insert their own ids
     * while the SDK runs, even at the same moment: the caller then draws the next id. A taken id
     * costs a retry, never the metric, and leaves the transaction usable, as an error would not.
     *
     * @return whether the row was inserted
     */
    private static boolean insertUnlessIdTaken(Session session, VoicebotMetricEntity e) {
        return session.createNativeMutationQuery(INSERT)
                .setParameter("id", e.id)
                .setParameter("voicebotId", e.voicebotId)
                .setParameter("sessionId", e.sessionId, String.class)
                .setParameter("userId", e.userId, String.class)
                .setParameter("actionType", e.actionType)
                .setParameter("actionDetails", e.actionDetails == null ? null : JsonCodec.toJson(e.actionDetails).text(),
                        String.class)
                .setParameter("success", e.success, Boolean.class)
                .setParameter("responseTimeMs", e.responseTimeMs, Integer.class)
                .setParameter("tokensUsed", e.tokensUsed, Integer.class)
                .setParameter("costUsd", e.costUsd, BigDecimal.class)
                .setParameter("errorMessage", e.errorMessage, String.class)
                .setParameter("metadata", e.metadata == null ? null : JsonCodec.toJson(e.metadata).text(), String.class)
                .setParameter("createdAt", e.createdAt, Instant.class)
                .setParameter("updatedAt", e.updatedAt, Instant.class)
                .executeUpdate() == 1;
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
