package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.query.Filter;
import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A query over jobs; newest first unless ordered otherwise. The public listing is
 * {@code query().activeOnly()}; an admin sees all. Confined to one thread.
 */
public final class JobQuery extends Query<Job, JobSort, JobQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public JobQuery(QueryExecutor<Job> executor) {
        super(executor, JobSort.CREATED_AT, SortDirection.DESC);
    }

    /**
     * Only the jobs that are listed and accept applications.
     *
     * @return this query
     */
    public JobQuery activeOnly() {
        return whereEquals("isActive", Boolean.TRUE);
    }

    /**
     * @param type the exact kind of engagement, for example {@code Full Time}
     * @return this query
     */
    public JobQuery type(String type) {
        return whereEquals("type", Objects.requireNonNull(type, "type"));
    }

    /**
     * @param location the exact location
     * @return this query
     */
    public JobQuery location(String location) {
        return whereEquals("location", Objects.requireNonNull(location, "location"));
    }

    /**
     * @param requirement a requirement the job lists, matched exactly
     * @return this query
     */
    public JobQuery requiring(String requirement) {
        return where(Filter.of(Filter.Operator.ARRAY_CONTAINS, "requirements",
                Objects.requireNonNull(requirement, "requirement")));
    }

    /**
     * Case-insensitive substring search over title, location, type and description.
     *
     * @param text the text to find
     * @return this query
     */
    public JobQuery search(String text) {
        return where(new Filter(Filter.Operator.CONTAINS_IGNORE_CASE, List.of("title", "location", "type", "description"),
                Objects.requireNonNull(text, "text")));
    }

    /**
     * @param from the earliest posting time included, or null
     * @param to   the first posting time excluded, or null
     * @return this query
     */
    public JobQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }
}
