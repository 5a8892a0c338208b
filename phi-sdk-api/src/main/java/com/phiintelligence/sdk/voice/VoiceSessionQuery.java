package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.query.Filter;
import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A query over voice sessions; latest start first unless ordered otherwise. Confined to one thread. */
public final class VoiceSessionQuery extends Query<VoiceSession, VoiceSessionSort, VoiceSessionQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public VoiceSessionQuery(QueryExecutor<VoiceSession> executor) {
        super(executor, VoiceSessionSort.START_TIME, SortDirection.DESC);
    }

    /**
     * @param voicebotId the bot
     * @return this query
     */
    public VoiceSessionQuery voicebotId(String voicebotId) {
        return whereEquals("voicebotId", Objects.requireNonNull(voicebotId, "voicebotId"));
    }

    /**
     * Sessions in one of the statuses; {@link SessionStatus#COMPLETED} also matches the legacy code
     * {@code ended}, which reads as it.
     *
     * @param statuses the accepted statuses, at least one
     * @return this query
     */
    public VoiceSessionQuery status(SessionStatus... statuses) {
        List<Object> codes = new ArrayList<>(codes(statuses));
        if (codes.contains(SessionStatus.COMPLETED.code())) {
            codes.add(SessionStatus.LEGACY_ENDED);
        }
        return whereIn("status", codes);
    }

    /**
     * @param companyName the exact company name
     * @return this query
     */
    public VoiceSessionQuery companyName(String companyName) {
        return whereEquals("companyName", Objects.requireNonNull(companyName, "companyName"));
    }

    /**
     * @param workerId the agent worker
     * @return this query
     */
    public VoiceSessionQuery workerId(String workerId) {
        return whereEquals("workerId", Objects.requireNonNull(workerId, "workerId"));
    }

    /**
     * @param from the earliest start time included, or null
     * @param to   the first start time excluded, or null
     * @return this query
     */
    public VoiceSessionQuery startedBetween(Instant from, Instant to) {
        return whereBetween("startTime", from, to);
    }

    /**
     * Sessions that ended in the range (running sessions never match).
     *
     * @param from the earliest end time included, or null
     * @param to   the first end time excluded, or null
     * @return this query
     */
    public VoiceSessionQuery endedBetween(Instant from, Instant to) {
        return whereBetween("endTime", from, to);
    }

    /**
     * @param ended true for sessions whose end time is set, false for running ones
     * @return this query
     */
    public VoiceSessionQuery ended(boolean ended) {
        return where(Filter.of(ended ? Filter.Operator.IS_NOT_NULL : Filter.Operator.IS_NULL, "endTime", null));
    }

    /**
     * @param from the earliest creation time included, or null
     * @param to   the first creation time excluded, or null
     * @return this query
     */
    public VoiceSessionQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }

    /**
     * @param from the earliest update time included, or null
     * @param to   the first update time excluded, or null
     * @return this query
     */
    public VoiceSessionQuery updatedBetween(Instant from, Instant to) {
        return whereBetween("updatedAt", from, to);
    }
}
