package com.phiintelligence.sdk.accounts;

import com.phiintelligence.sdk.query.Filter;
import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.SortDirection;
import java.util.List;
import java.util.Objects;

/** A query over plain accounts; by login name unless ordered otherwise. Confined to one thread. */
public final class UserQuery extends Query<User, UserSort, UserQuery> {

    /**
     * For implementations.
     *
     * @param executor runs the query
     */
    public UserQuery(QueryExecutor<User> executor) {
        super(executor, UserSort.USERNAME, SortDirection.ASC);
    }

    /**
     * Case-insensitive substring search over the login name.
     *
     * @param text the text to find
     * @return this query
     */
    public UserQuery search(String text) {
        return where(new Filter(Filter.Operator.CONTAINS_IGNORE_CASE, List.of("username"),
                Objects.requireNonNull(text, "text")));
    }
}
