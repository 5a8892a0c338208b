package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.Priority;
import com.phiintelligence.sdk.query.Filter;
import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A query over job applications; newest first unless ordered otherwise. Confined to one thread. */
public final class JobApplicationQuery extends Query<JobApplication, JobApplicationSort, JobApplicationQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public JobApplicationQuery(QueryExecutor<JobApplication> executor) {
        super(executor, JobApplicationSort.CREATED_AT, SortDirection.DESC);
    }

    /**
     * Filters on statuses; {@link ApplicationStatus#NEW} also matches rows stored with the legacy
     * code {@code pending}.
     *
     * @param statuses the accepted statuses, at least one
     * @return this query
     */
    public JobApplicationQuery status(ApplicationStatus... statuses) {
        if (statuses.length == 0) {
            throw new IllegalArgumentException("at least one value is needed");
        }
        List<String> stored = new ArrayList<>();
        for (ApplicationStatus s : statuses) {
            stored.addAll(Objects.requireNonNull(s, "status").storedCodes());
        }
        return whereIn("status", stored);
    }

    /**
     * @param priorities the accepted priorities, at least one
     * @return this query
     */
    public JobApplicationQuery priority(Priority... priorities) {
        return whereIn("priority", codes(priorities));
    }

    /**
     * @param jobId the job applied to
     * @return this query
     */
    public JobApplicationQuery jobId(String jobId) {
        return whereEquals("jobId", Objects.requireNonNull(jobId, "jobId"));
    }

    /**
     * @param assignee who handles the applications, or null for unassigned ones
     * @return this query
     */
    public JobApplicationQuery assignedTo(String assignee) {
        return whereEquals("assignedTo", assignee);
    }

    /**
     * @param minimum the lowest rating included, 1 to 5; unrated applications never match
     * @return this query
     */
    public JobApplicationQuery ratedAtLeast(int minimum) {
        ApplicationRules.rating(minimum);
        return where(Filter.of(Filter.Operator.GE, "rating", minimum));
    }

    /**
     * Case-insensitive substring search over the values of the personal information (names, e-mail,
     * phone, ...; not its JSON keys), the cover letter and the job title.
     *
     * @param text the text to find
     * @return this query
     */
    public JobApplicationQuery search(String text) {
        return where(new Filter(Filter.Operator.CONTAINS_IGNORE_CASE, List.of("personalInfoText", "coverLetter", "jobTitle"),
                Objects.requireNonNull(text, "text")));
    }

    /**
     * @param from the earliest interview time included, or null
     * @param to   the first interview time excluded, or null
     * @return this query
     */
    public JobApplicationQuery interviewBetween(Instant from, Instant to) {
        return whereBetween("interviewDate", from, to);
    }

    /**
     * @param from the earliest receipt time included, or null
     * @param to   the first receipt time excluded, or null
     * @return this query
     */
    public JobApplicationQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }

    /**
     * @param from the earliest change time included, or null
     * @param to   the first change time excluded, or null
     * @return this query
     */
    public JobApplicationQuery updatedBetween(Instant from, Instant to) {
        return whereBetween("updatedAt", from, to);
    }
}
