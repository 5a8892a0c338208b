package com.phiintelligence.sdk.query;

import com.phiintelligence.sdk.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A fluent, typed query over one table. Filter methods (defined by each table's subclass) narrow
 * it; {@link #orderBy} sets the order; a terminal verb runs it: {@link #list()}, {@link #page},
 * {@link #stream()}, {@link #count()} or {@link #first()}.
 *
 * <p>A query object is a mutable builder confined to one thread; each terminal verb runs it anew
 * against the database.
 *
 * @param <T> the row type
 * @param <S> the sort keys of the table
 * @param <Q> the concrete query type, returned by the fluent methods
 */
public abstract class Query<T, S extends Enum<S> & SortKey, Q extends Query<T, S, Q>> {
    private final QueryExecutor<T> executor;
    private final List<Filter> filters = new ArrayList<>();
    private final List<QuerySpec.Sort> sorts = new ArrayList<>();
    private final QuerySpec.Sort defaultSort;
    private Integer limit;

    /**
     * @param executor    runs the query
     * @param defaultSort the order used when {@link #orderBy} is not called
     * @param direction   the direction of the default order
     */
    protected Query(QueryExecutor<T> executor, S defaultSort, SortDirection direction) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.defaultSort = new QuerySpec.Sort(defaultSort.property(), direction);
    }

    @SuppressWarnings("unchecked")
    private Q self() {
        return (Q) this;
    }

    /**
     * Adds a condition; for subclasses' filter methods.
     *
     * @param filter the condition
     * @return this query
     */
    protected final Q where(Filter filter) {
        filters.add(Objects.requireNonNull(filter, "filter"));
        return self();
    }

    /**
     * Adds an equality condition, or an is-null condition when the value is null.
     *
     * @param property the domain property
     * @param value    the value
     * @return this query
     */
    protected final Q whereEquals(String property, Object value) {
        return where(value == null ? Filter.of(Filter.Operator.IS_NULL, property, null)
                : Filter.of(Filter.Operator.EQ, property, value));
    }

    /**
     * Adds a membership condition.
     *
     * @param property the domain property
     * @param values   the accepted values, at least one
     * @return this query
     */
    protected final Q whereIn(String property, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(property + ": at least one value is needed");
        }
        return where(Filter.of(Filter.Operator.IN, property, List.copyOf(values)));
    }

    /**
     * Adds a time range: {@code from} inclusive, {@code to} exclusive; either may be null. A bound
     * beyond the years 1583 to 9999 that the SDK writes ({@code Instant.MIN}, {@code Instant.MAX})
     * stands for the nearest end of those years, so that {@code (Instant.MIN, Instant.MAX)} matches
     * every row that has a time.
     *
     * @param property the domain property
     * @param from     the earliest instant included, or null
     * @param to       the first instant excluded, or null
     * @return this query
     */
    protected final Q whereBetween(String property, Instant from, Instant to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new com.phiintelligence.sdk.error.ValidationException(property, "range must not end before it starts");
        }
        // Bounds beyond what a timestamp holds become the nearest time it holds; a range still
        // requires a time, so that rows without one (a lead never contacted) never match.
        Instant lower = from == null ? null : min(max(from, Checks.EARLIEST), Checks.LATEST);
        Instant upper = to == null ? null : max(to, Checks.EARLIEST);
        if (upper != null && upper.isAfter(Checks.LATEST)) {
            upper = null;
            lower = lower == null ? Checks.EARLIEST : lower;
        }
        if (lower != null) {
            where(Filter.of(Filter.Operator.GE, property, lower));
        }
        if (upper != null) {
            where(Filter.of(Filter.Operator.LT, property, upper));
        }
        return self();
    }

    /**
     * The stored codes of vocabulary values, for filters on vocabulary columns.
     *
     * @param values the values, at least one
     * @return their codes
     */
    protected static List<Object> codes(com.phiintelligence.sdk.Vocabulary<?>... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("at least one value is needed");
        }
        List<Object> codes = new ArrayList<>(values.length);
        for (com.phiintelligence.sdk.Vocabulary<?> v : values) {
            codes.add(Objects.requireNonNull(v, "value").code());
        }
        return codes;
    }

    /**
     * Sets the order, replacing any earlier one; call {@link #thenBy} for further keys.
     *
     * @param key       the sort key
     * @param direction the direction
     * @return this query
     */
    public final Q orderBy(S key, SortDirection direction) {
        sorts.clear();
        return thenBy(key, direction);
    }

    /**
     * Adds a less significant sort key.
     *
     * @param key       the sort key
     * @param direction the direction
     * @return this query
     */
    public final Q thenBy(S key, SortDirection direction) {
        sorts.add(new QuerySpec.Sort(key.property(), Objects.requireNonNull(direction, "direction")));
        return self();
    }

    /**
     * Caps the rows that {@link #list()} and {@link #stream()} return.
     *
     * @param maxRows at least 1
     * @return this query
     */
    public final Q limit(int maxRows) {
        if (maxRows < 1) {
            throw new com.phiintelligence.sdk.error.ValidationException("limit", "must be at least 1");
        }
        this.limit = maxRows;
        return self();
    }

    /** @return what this query asks for, as an implementation sees it */
    public final QuerySpec spec() {
        return new QuerySpec(filters, sorts.isEmpty() ? List.of(defaultSort) : sorts, limit);
    }

    /** @return every matching row, in order (up to the limit, if one was set) */
    public final List<T> list() {
        return executor.list(spec(), 0, limit);
    }

    /**
     * @param request which page
     * @return that page with the total count of matching rows
     */
    public final Page<T> page(PageRequest request) {
        QuerySpec spec = spec();
        List<T> items = executor.list(spec, request.offset(), request.size());
        long total = (request.number() == 0 && items.size() < request.size()) ? items.size() : executor.count(spec);
        return new Page<>(items, request.number(), request.size(), total);
    }

    /**
     * @param number the page number, starting at 0
     * @param size   rows per page
     * @return that page with the total count
     */
    public final Page<T> page(int number, int size) {
        return page(PageRequest.of(number, size));
    }

    /** @return the number of matching rows */
    public final long count() {
        return executor.count(spec());
    }

    /** @return the first matching row in order, if any */
    public final Optional<T> first() {
        return executor.list(spec(), 0, 1).stream().findFirst();
    }

    /**
     * The matching rows read lazily, for large results. The stream holds a database connection
     * until it is closed: use it in a try-with-resources block.
     *
     * @return the rows in order
     */
    public final Stream<T> stream() {
        return executor.stream(spec());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
