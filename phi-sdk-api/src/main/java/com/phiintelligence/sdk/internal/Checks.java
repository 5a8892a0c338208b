package com.phiintelligence.sdk.internal;

import com.phiintelligence.sdk.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Input checks shared by the command records; each failure is a {@link ValidationException} that
 * names the field and the rule. Internal: not part of the supported API.
 */
public final class Checks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Checks() {
    }

    /**
     * @param value the input
     * @param field its name
     * @return the value
     */
    public static String notBlank(String value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        if (value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        return value;
    }

    /**
     * @param value the input
     * @param field its name
     * @param <T>   its type
     * @return the value
     */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /**
     * @param value the input, or null
     * @param max   the largest number of characters (the column's varchar length)
     * @param field its name
     * @return the value
     */
    public static String maxLength(String value, int max, String field) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new ValidationException(field, "must be at most " + max + " characters");
        }
        return value;
    }

    /**
     * @param value the input, or null
     * @param field its name
     * @return the value
     */
    public static String email(String value, String field) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new ValidationException(field, "must be an e-mail address");
        }
        return value;
    }

    /**
     * @param value the input, or null
     * @param min   smallest allowed
     * @param max   largest allowed
     * @param field its name
     * @return the value
     */
    public static Integer between(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new ValidationException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    /**
     * @param value the input, or null
     * @param field its name
     * @return the value
     */
    public static Integer notNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new ValidationException(field, "must not be negative");
        }
        return value;
    }

    /**
     * Checks that a decimal fits a {@code NUMERIC(precision, scale)} column without rounding.
     *
     * @param value     the input, or null
     * @param precision total digits
     * @param scale     digits after the point
     * @param field     its name
     * @return the value
     */
    public static BigDecimal fitsNumeric(BigDecimal value, int precision, int scale, String field) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (Math.max(stripped.scale(), 0) > scale) {
            throw new ValidationException(field, "must have at most " + scale + " decimal places");
        }
        if (stripped.precision() - stripped.scale() > precision - scale) {
            throw new ValidationException(field, "must be less than 10^" + (precision - scale) + " in magnitude");
        }
        return value;
    }

    /**
     * @param values the input, or null (read as empty)
     * @param field  its name
     * @return an immutable copy without null elements
     */
    public static List<String> list(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (String v : values) {
            if (v == null) {
                throw new ValidationException(field, "must not contain null elements");
            }
        }
        return List.copyOf(values);
    }

    /**
     * @param value the input
     * @param name  its name, for {@link NullPointerException}s at public entries
     * @param <T>   its type
     * @return the value
     */
    public static <T> T nonNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /**
     * The earliest instant the SDK writes: 1583-01-01T00:00:00Z, the first whole year of the
     * Gregorian calendar (before it, the driver and PostgreSQL count days differently).
     */
    public static final Instant EARLIEST = Instant.parse("1583-01-01T00:00:00Z");
    /** The latest instant the SDK writes: 9999-12-31T23:59:59.999999Z. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /**
     * Refuses a time outside the years 1583 to 9999 (UTC): {@code Instant.MAX} and its kind do not
     * fit the database's timestamps, times before the Gregorian calendar would not round-trip, and
     * no platform event lies there.
     *
     * @param value the time, or null
     * @param name  the field, for the message
     * @return the value
     * @throws ValidationException when the value lies outside those years
     */
    public static Instant instant(Instant value, String name) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new ValidationException(name, "must lie between the years 1583 and 9999 (UTC)");
        }
        return value;
    }
}
