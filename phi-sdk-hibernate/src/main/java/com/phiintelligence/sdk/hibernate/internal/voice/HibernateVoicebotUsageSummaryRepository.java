package com.phiintelligence.sdk.hibernate.internal.voice;

import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import com.phiintelligence.sdk.voice.ActionType;
import com.phiintelligence.sdk.voice.NewVoicebotUsageSummary;
import com.phiintelligence.sdk.voice.VoicebotUsageSummary;
import com.phiintelligence.sdk.voice.VoicebotUsageSummaryQuery;
import com.phiintelligence.sdk.voice.VoicebotUsageSummaryRepository;
import com.phiintelligence.sdk.voice.VoicebotUsageSummaryUpdate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link VoicebotUsageSummaryRepository} over {@link VoicebotUsageSummaryEntity}. Thread-safe. */
public final class HibernateVoicebotUsageSummaryRepository extends HibernateRepository<VoicebotUsageSummary, String,
        VoicebotUsageSummaryEntity, NewVoicebotUsageSummary, VoicebotUsageSummaryUpdate, VoicebotUsageSummaryQuery>
        implements VoicebotUsageSummaryRepository {
    private static final Logger LOG = LoggerFactory.getLogger(HibernateVoicebotUsageSummaryRepository.class);

    /** @param db where the work runs */
    public HibernateVoicebotUsageSummaryRepository(Database db) {
        super(db, VoicebotUsageSummaryEntity.class, "voicebot_usage_summaries", "voicebotId");
    }

    @Override
    public VoicebotUsageSummary rebuild(String voicebotId) {
        Objects.requireNonNull(voicebotId, "voicebotId");
        return db.run(session -> {
            if (!UsageSummaries.lockExclusively(session, voicebotId)) {
                throw new NotFoundException("voicebot_profiles", voicebotId);
            }
            UsageTotals totals = UsageSummaries.aggregate(session, voicebotId, null);
            UsageSummaries.write(session, voicebotId, totals, now());
            LOG.debug("Rebuilt the usage summary of voicebot {}: {} actions", voicebotId, totals.actions());
            return toDomain(session.find(VoicebotUsageSummaryEntity.class, voicebotId));
        });
    }

    @Override
    protected VoicebotUsageSummaryEntity newEntity(NewVoicebotUsageSummary c, Instant now) {
        VoicebotUsageSummaryEntity e = VoicebotUsageSummaryEntity.empty();
        e.voicebotId = c.voicebotId();
        e.totalActions = c.totalActions();
        e.successfulActions = c.successfulActions();
        e.failedActions = c.failedActions();
        e.totalResponseTimeMs = c.totalResponseTimeMs();
        e.totalTokensUsed = c.totalTokensUsed();
        e.totalCostUsd = VoiceRows.scaled(c.totalCostUsd(), 6);
        e.lastActivity = Times.micros(c.lastActivity());
        e.lastActionType = VoiceRows.code(c.lastActionType());
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }

    @Override
    protected void applyUpdate(VoicebotUsageSummaryEntity e, VoicebotUsageSummaryUpdate u, Instant now) {
        u.totalActions().ifSet(v -> e.totalActions = v);
        u.successfulActions().ifSet(v -> e.successfulActions = v);
        u.failedActions().ifSet(v -> e.failedActions = v);
        u.totalResponseTimeMs().ifSet(v -> e.totalResponseTimeMs = v);
        u.totalTokensUsed().ifSet(v -> e.totalTokensUsed = v);
        u.totalCostUsd().ifSet(v -> e.totalCostUsd = VoiceRows.scaled(v, 6));
        u.lastActivity().ifSet(v -> e.lastActivity = Times.micros(v));
        u.lastActionType().ifSet(v -> e.lastActionType = VoiceRows.code(v));
        e.updatedAt = now;
    }

    @Override
    protected VoicebotUsageSummary toDomain(VoicebotUsageSummaryEntity e) {
        return new VoicebotUsageSummary(e.voicebotId, orZero(e.totalActions), orZero(e.successfulActions),
                orZero(e.failedActions), orZero(e.totalResponseTimeMs), orZero(e.totalTokensUsed),
                VoiceRows.scaled(e.totalCostUsd == null ? BigDecimal.ZERO : e.totalCostUsd, 6), e.lastActivity,
                ActionType.of(e.lastActionType), e.createdAt, e.updatedAt);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0L : value;
    }

    @Override
    protected VoicebotUsageSummaryQuery newQuery() {
        return new VoicebotUsageSummaryQuery(this);
    }
}
