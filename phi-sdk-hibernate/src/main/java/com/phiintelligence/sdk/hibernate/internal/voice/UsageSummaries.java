package com.phiintelligence.sdk.hibernate.internal.voice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The native statements that keep {@code voicebot_usage_summaries} exact.
 *
 * <p>Locking: every writer of a bot's metrics first locks the bot's {@code voicebot_profiles} row,
 * then the summary row. Recording takes {@code FOR KEY SHARE} (the lock the metric's foreign key
 * takes anyway, so recorders never wait for each other there) and adds to the summary with one
 * {@code INSERT ... ON CONFLICT DO UPDATE}, which serialises concurrent recorders on the summary row
 * and adds to the current totals, never to totals read earlier. Rebuilding, correcting and deleting
 * metrics take {@code FOR UPDATE}, which waits for recorders in flight and holds new ones back, so
 * the totals they compute from {@code voicebot_metrics} stay exact until they commit. One lock order
 * (profile, then summary) for all of them means no deadlock between them.
 */
final class UsageSummaries {
    private static final Logger LOG = LoggerFactory.getLogger(UsageSummaries.class);

    private static final String ADD = """
            insert into public.voicebot_usage_summaries as s (voicebot_id, total_actions, successful_actions, failed_actions,
                total_response_time_ms, total_tokens_used, total_cost_usd, last_activity, last_action_type,
                created_at, updated_at)
            values (:voicebotId, 1, :successes, :failures, :responseTimeMs, :tokens, :cost, :at, :type, :now, :now)
            on conflict (voicebot_id) do update set
                total_actions = coalesce(s.total_actions, 0) + 1,
                successful_actions = coalesce(s.successful_actions, 0) + excluded.successful_actions,
                failed_actions = coalesce(s.failed_actions, 0) + excluded.failed_actions,
                total_response_time_ms = coalesce(s.total_response_time_ms, 0) + excluded.total_response_time_ms,
                total_tokens_used = coalesce(s.total_tokens_used, 0) + excluded.total_tokens_used,
                total_cost_usd = coalesce(s.total_cost_usd, 0) + excluded.total_cost_usd,
                last_activity = greatest(s.last_activity, excluded.last_activity),
                last_action_type = case
                    when s.last_activity is null
                      or excluded.last_activity > s.last_activity
                      or (excluded.last_activity = s.last_activity
                          and excluded.last_action_type collate "C" > coalesce(s.last_action_type, '') collate "C")
                    then excluded.last_action_type else s.last_action_type end,
                updated_at = excluded.updated_at
            where coalesce(s.total_cost_usd, 0) + excluded.total_cost_usd <= 9999.999999
              and coalesce(s.total_actions, 0) < 2147483647
              and coalesce(s.successful_actions, 0) + excluded.successful_actions <= 2147483647
              and coalesce(s.failed_actions, 0) + excluded.failed_actions <= 2147483647
            returning s.xmax = 0
            """;

    private static final String WRITE = """
            insert into public.voicebot_usage_summaries as s (voicebot_id, total_actions, successful_actions, failed_actions,
                total_response_time_ms, total_tokens_used, total_cost_usd, last_activity, last_action_type,
                created_at, updated_at)
            values (:voicebotId, :actions, :successes, :failures, :responseTimeMs, :tokens, :cost, :at, :type, :now, :now)
            on conflict (voicebot_id) do update set
                total_actions = excluded.total_actions,
                successful_actions = excluded.successful_actions,
                failed_actions = excluded.failed_actions,
                total_response_time_ms = excluded.total_response_time_ms,
                total_tokens_used = excluded.total_tokens_used,
                total_cost_usd = excluded.total_cost_usd,
                last_activity = excluded.last_activity,
                last_action_type = excluded.last_action_type,
                updated_at = excluded.updated_at
            """;

    private static final String AGGREGATE = """
            select a.actions, a.successes, a.failures, a.response_time_ms, a.tokens, a.cost,
                   n.created_at as last_activity, n.action_type as last_action_type
            from (select count(*) as actions,
                         count(*) filter (where m.success is not false) as successes,
                         count(*) filter (where m.success is false) as failures,
                         coalesce(sum(m.response_time_ms), 0) as response_time_ms,
                         coalesce(sum(m.tokens_used), 0) as tokens,
                         coalesce(sum(m.cost_usd), 0) as cost
                  from public.voicebot_metrics m
                  where m.voicebot_id = :voicebotId and m.id is distinct from :excluded) a
            left join lateral (
                  select l.created_at, l.action_type
                  from public.voicebot_metrics l
                  where l.voicebot_id = :voicebotId and l.id is distinct from :excluded and l.created_at is not null
                  order by l.created_at desc, l.action_type collate "C" desc
                  limit 1) n on true
            """;

    private static final String CURRENT = """
            select coalesce(total_actions, 0) as actions, coalesce(successful_actions, 0) as successes,
                   coalesce(failed_actions, 0) as failures, coalesce(total_response_time_ms, 0) as response_time_ms,
                   coalesce(total_tokens_used, 0) as tokens, coalesce(total_cost_usd, 0) as cost,
                   last_activity, last_action_type
            from public.voicebot_usage_summaries where voicebot_id = :voicebotId
            """;

    private UsageSummaries() {
    }

    /**
     * Locks a bot against every other writer of its metrics, for a rebuild or a correction.
     *
     * @return whether the bot exists
     */
    static boolean lockExclusively(Session session, String voicebotId) {
        return !session.createNativeQuery(
                        "select voicebot_id from public.voicebot_profiles where voicebot_id = :id for update", String.class)
                .setParameter("id", voicebotId)
                .getResultList()
                .isEmpty();
    }

    /**
     * Adds one new metric to its bot's summary, creating the summary (with the bot's earlier metrics) when there is none. The
     * caller holds the bot's {@code FOR KEY SHARE} lock and writes the metric afterwards.
     *
     * @throws com.phiintelligence.sdk.voice.UsageTotalOverflowException when a total would not fit;
     *         nothing was written
     */
    static void add(Session session, VoicebotMetricEntity m, Instant now) {
        boolean ok = !Boolean.FALSE.equals(m.success);
        // One row back: whether the upsert inserted the summary (a new row has no xmax); none: the guard refused.
        List<Boolean> inserted = session.createNativeQuery(ADD, Boolean.class)
                .setParameter("voicebotId", m.voicebotId)
                .setParameter("successes", ok ? 1 : 0)
                .setParameter("failures", ok ? 0 : 1)
                .setParameter("responseTimeMs", m.responseTimeMs == null ? 0L : m.responseTimeMs.longValue())
                .setParameter("tokens", m.tokensUsed == null ? 0L : m.tokensUsed.longValue())
                .setParameter("cost", m.costUsd == null ? BigDecimal.ZERO : m.costUsd)
                .setParameter("at", m.createdAt, Instant.class)
                .setParameter("type", m.actionType)
                .setParameter("now", now, Instant.class)
                .getResultList();
        evict(session, m.voicebotId);
        if (inserted.isEmpty()) {
            // The guard of the upsert refused: say which total, from the row as it stands.
            UsageTotals after = current(session, m.voicebotId).plus(m);
            LOG.warn("Refused a metric of voicebot {}: a usage total would overflow its column", m.voicebotId);
            after.checkFits(m.voicebotId);
            throw new IllegalStateException("the usage summary of " + m.voicebotId + " refused a metric");
        }
        if (inserted.get(0)) {
            includeEarlierMetrics(session, m, now);
        }
    }

    /**
     * A summary just created may miss metrics written before it: rows of an adopted database, or of
     * writers that keep no summary. They are counted in now, once. No SDK recorder can have added a
     * metric of the bot meanwhile: it would have created the summary first, and the row inserted here
     * holds every other recorder back until this transaction ends. The new metric is not written yet.
     */
    private static void includeEarlierMetrics(Session session, VoicebotMetricEntity m, Instant now) {
        UsageTotals earlier = aggregate(session, m.voicebotId, null);
        if (earlier.actions() > 0) {
            LOG.info("Counted {} earlier metrics of voicebot {} into its new usage summary", earlier.actions(),
                    m.voicebotId);
            write(session, m.voicebotId, earlier.plus(m), now);
        }
    }

    /**
     * Sums a bot's metrics as they stand in this transaction.
     *
     * @param excludedId a metric to leave out (one being changed or deleted), or null
     */
    static UsageTotals aggregate(Session session, String voicebotId, Integer excludedId) {
        return totals(scalars(session.createNativeQuery(AGGREGATE, Object[].class))
                .setParameter("voicebotId", voicebotId)
                .setParameter("excluded", excludedId, Integer.class)
                .getSingleResult());
    }

    /**
     * Replaces a bot's summary with the totals (creating it when there is none), after checking that
     * they fit. The caller holds the bot's {@code FOR UPDATE} lock.
     *
     * @throws com.phiintelligence.sdk.voice.UsageTotalOverflowException when a total does not fit;
     *         nothing was written
     */
    static void write(Session session, String voicebotId, UsageTotals totals, Instant now) {
        try {
            totals.checkFits(voicebotId);
        } catch (RuntimeException e) {
            LOG.warn("Refused to write the usage summary of voicebot {}: a total would overflow its column", voicebotId);
            throw e;
        }
        session.createNativeMutationQuery(WRITE)
                .setParameter("voicebotId", voicebotId)
                .setParameter("actions", (int) totals.actions())
                .setParameter("successes", (int) totals.successes())
                .setParameter("failures", (int) totals.failures())
                .setParameter("responseTimeMs", totals.responseTimeMs())
                .setParameter("tokens", totals.tokens())
                .setParameter("cost", totals.costUsd())
                .setParameter("at", totals.lastActivity(), Instant.class)
                .setParameter("type", totals.lastActionType(), String.class)
                .setParameter("now", now, Instant.class)
                .executeUpdate();
        evict(session, voicebotId);
    }

    /** Deletes a bot's summary, if any. */
    static void delete(Session session, String voicebotId) {
        session.createNativeMutationQuery("delete from public.voicebot_usage_summaries where voicebot_id = :id")
                .setParameter("id", voicebotId)
                .executeUpdate();
        evict(session, voicebotId);
    }

    private static UsageTotals current(Session session, String voicebotId) {
        return totals(scalars(session.createNativeQuery(CURRENT, Object[].class))
                .setParameter("voicebotId", voicebotId)
                .getSingleResult());
    }

    private static NativeQuery<Object[]> scalars(NativeQuery<Object[]> query) {
        return query.addScalar("actions", Long.class)
                .addScalar("successes", Long.class)
                .addScalar("failures", Long.class)
                .addScalar("response_time_ms", Long.class)
                .addScalar("tokens", Long.class)
                .addScalar("cost", BigDecimal.class)
                .addScalar("last_activity", Instant.class)
                .addScalar("last_action_type", String.class);
    }

    private static UsageTotals totals(Object[] row) {
        return new UsageTotals((Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3], (Long) row[4],
                (BigDecimal) row[5], (Instant) row[6], (String) row[7]);
    }

    /**
     * Drops the summary from the session's first-level cache after a native write, so that a later
     * read in the same transaction sees the row as written.
     */
    private static void evict(Session session, String voicebotId) {
        session.detach(session.getReference(VoicebotUsageSummaryEntity.class, voicebotId));
    }
}
