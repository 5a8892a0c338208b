package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.util.Objects;

/** A query over voicebots; newest first unless ordered otherwise. Confined to one thread. */
public final class VoicebotProfileQuery extends Query<VoicebotProfile, VoicebotProfileSort, VoicebotProfileQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public VoicebotProfileQuery(QueryExecutor<VoicebotProfile> executor) {
        super(executor, VoicebotProfileSort.CREATED_AT, SortDirection.DESC);
    }

    /**
     * @param statuses the accepted statuses, at least one
     * @return this query
     */
    public VoicebotProfileQuery status(VoicebotStatus... statuses) {
        return whereIn("status", codes(statuses));
    }

    /**
     * @param instance the LiveKit deployment
     * @return this query
     */
    public VoicebotProfileQuery livekitInstance(LivekitInstance instance) {
        return whereEquals("livekitInstance", Objects.requireNonNull(instance, "instance").code());
    }

    /**
     * @param companyName the exact company name
     * @return this query
     */
    public VoicebotProfileQuery companyName(String companyName) {
        return whereEquals("companyName", Objects.requireNonNull(companyName, "companyName"));
    }

    /**
     * @param from the earliest registration time included, or null
     * @param to   the first registration time excluded, or null
     * @return this query
     */
    public VoicebotProfileQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }

    /**
     * @param from the earliest change time included, or null
     * @param to   the first change time excluded, or null
     * @return this query
     */
    public VoicebotProfileQuery updatedBetween(Instant from, Instant to) {
        return whereBetween("updatedAt", from, to);
    }
}
