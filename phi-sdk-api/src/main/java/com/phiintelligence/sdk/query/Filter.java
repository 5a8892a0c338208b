package com.phiintelligence.sdk.query;

import java.util.List;
import java.util.Objects;

/**
 * One condition of a query, in terms of domain properties. Built only by the typed filter methods
 * of the query classes; implementations translate it to their query language.
 *
 * @param operator   how the properties are compared with the value
 * @param properties the domain properties compared; one, except for {@link Operator#CONTAINS_IGNORE_CASE},
 *                   which matches when any of them contains the text
 * @param value      the value compared with: a code, a number, a boolean, an {@link java.time.Instant},
 *                   a collection of those for {@link Operator#IN}, or null for the null checks
 */
public record Filter(Operator operator, List<String> properties, Object value) {

    /** How a filter compares. */
    public enum Operator {
        /** Equal to the value. */
        EQ,
        /** Equal to one of the values of a collection. */
        IN,
        /** Greater than or equal to the value. */
        GE,
        /** Less than the value. */
        LT,
        /** Less than or equal to the value. */
        LE,
        /** The property is null. */
        IS_NULL,
        /** The property is not null. */
        IS_NOT_NULL,
        /** Any of the properties contains the text, ignoring case. */
        CONTAINS_IGNORE_CASE,
        /** The array property contains the value as one of its elements. */
        ARRAY_CONTAINS
    }

    /** Checks the components. */
    public Filter {
        Objects.requireNonNull(operator, "operator");
        properties = List.copyOf(properties);
        if (properties.isEmpty()) {
            throw new IllegalArgumentException("a filter needs a property");
        }
    }

    /**
     * @param operator the comparison
     * @param property the domain property
     * @param value    the value
     * @return a filter on one property
     */
    public static Filter of(Operator operator, String property, Object value) {
        return new Filter(operator, List.of(property), value);
    }
}
