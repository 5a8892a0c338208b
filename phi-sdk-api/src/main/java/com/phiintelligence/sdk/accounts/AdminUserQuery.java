package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.query.Filter;
import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A query over administrators; newest first unless ordered otherwise. Confined to one thread. */
public final class AdminUserQuery extends Query<AdminUser, AdminUserSort, AdminUserQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public AdminUserQuery(QueryExecutor<AdminUser> executor) {
        super(executor, AdminUserSort.CREATED_AT, SortDirection.DESC);
    }

    /**
     * @param roles the accepted roles, at least one
     * @return this query
     */
    public AdminUserQuery role(AdminRole... roles) {
        return whereIn("role", codes(roles));
    }

    /**
     * Only administrators who may log in.
     *
     * @return this query
     */
    public AdminUserQuery activeOnly() {
        return whereEquals("isActive", Boolean.TRUE);
    }

    /**
     * Case-insensitive substring search over login name and e-mail address.
     *
     * @param text the text to find
     * @return this query
     */
    public AdminUserQuery search(String text) {
        return where(new Filter(Filter.Operator.CONTAINS_IGNORE_CASE, List.of("username", "email"),
                Objects.requireNonNull(text, "text")));
    }

    /**
     * @param from the earliest creation time included, or null
     * @param to   the first creation time excluded, or null
     * @return this query
     */
    public AdminUserQuery createdBetween(Instant from, Instant to) {
        return whereBetween("createdAt", from, to);
    }
}
