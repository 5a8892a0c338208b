package com.phiintelligence.sdk.hibernate.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Between the API's lists and the entities' {@code text[]} columns.
 *
 * <p>Entities map these columns as {@code String[]} with an unbounded length, so that Hibernate
 * types them {@code text[]} rather than {@code varchar[]} (an array filter would otherwise compare
 * {@code text[]} with {@code varchar[]}, which PostgreSQL refuses).
 */
public final class TextArrays {
    private TextArrays() {
    }

    /**
     * @param values a list, never null (the API's commands guarantee it)
     * @return the array to store; an empty array for an empty list
     */
    public static String[] toArray(List<String> values) {
        return values.toArray(new String[0]);
    }

    /**
     * @param values a stored array, or null
     * @return its elements in order, without NULL elements (hand-written rows may hold them); empty for null
     */
    public static List<String> toList(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(Objects::nonNull).toList();
    }
}
