package com.phiintelligence.sdk.contacts;

import com.phiintelligence.sdk.Priority;
import com.phiintelligence.sdk.query.Filter;
import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** A query over leads; newest first unless ordered otherwise. Confined to one thread. */
public final class ContactQuery extends Query<Contact, ContactSort, ContactQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public ContactQuery(QueryExecutor<Contact> executor) {
        super(executor, ContactSort.CREATED_AT, SortDirection.DESC);
    }

    /**
     * @param statuses the accepted statuses, at least one
     * @return this query
     */
    public ContactQuery status(ContactStatus... statuses) {
        return whereIn("status", codes(statuses));
    }

    /**
     * @param priorities the accepted priorities, at least one
     * @return this query
     */
    public ContactQuery priority(Priority... priorities) {
        return whereIn("priority", codes(priorities));
    }

    /**
     * @param source the source
     * @return this query
     */
    public ContactQuery source(ContactSource source) {
        return whereEquals("source", Objects.requireNonNull(source, "source").code());
    }

    /**
     * @param service the service
     * @return this query
     */
    public ContactQuery service(ContactService service) {
        return whereEquals("service", Objects.requireNonNull(service, "service").code());
    }

    /**
     * @param assignee who handles the leads, or null for unassigned ones
     * @return this query
     */
    public ContactQuery assignedTo(String assignee) {
        return whereEquals("assignedTo", assignee);
    }

    /**
     * Case-insensitive substring search over name, e-mail and company.
     *
     * @param text the text to find
     * @return this query
     */
    public ContactQuery search(String text) {
        return where(new Filter(Filter.Operator.CONTAINS_IGNORE_CASE, List.of("name", "email", "company"),
                Objects.requireNonNull(text, "text")));
    }

    /**
     * The admin listing's date range: from the start of {@code from} to the end of {@code to}, both
     * days included, in the given zone; either bound may be null.
     *
     * @param from the first day included, or null
     * @param to   the last day included, or null
     * @param zone the zone the days are in
     * @return this query
     */
    public ContactQuery createdOn(LocalDate from, LocalDate to, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        if (from != null && to != null && to.isBefore(from)) {
            throw new com.phiintelligence.sdk.error.ValidationException("createdAt", "range must not end before it starts");
        }
        // Days beyond the years the column holds are no bound (LocalDate.MAX has no next day).
        return createdBetween(from == null || from.getYear() < 1583 ? null : from.atStartOfDay(zone).toInstant(),
                to == null || to.getYear() > 9999 ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * @param from the earliest creation time included, or null
     * @param to   the first creation time excluded, or null
     * @return this query
     */
    public ContactQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }

    /**
     * Leads by the time they were first answered (leads never contacted do not match).
     *
     * @param from the earliest {@code last_contacted_at} included, or null
     * @param to   the first {@code last_contacted_at} excluded, or null
     * @return this query
     */
    public ContactQuery lastContactedBetween(Instant from, Instant to) {
        return whereBetween("lastContactedAt", from, to);
    }
}
