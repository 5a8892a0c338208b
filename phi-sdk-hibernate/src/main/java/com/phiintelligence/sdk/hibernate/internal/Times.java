package com.phiintelligence.sdk.hibernate.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The SDK's time conventions. PostgreSQL keeps microseconds, so every instant the SDK writes is
 * truncated to microseconds first (otherwise the server would round and a row read back would differ
 * from the row written). Columns of type {@code timestamp} (without time zone) hold UTC wall-clock
 * time: the website's tooling writes {@code NOW()} on servers that run in UTC.
 */
public final class Times {
    private Times() {
    }

    /**
     * @param clock the clock
     * @return now, to the microsecond
     */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * @param instant an instant, or null
     * @return it truncated to microseconds, or null
     */
    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * @param instant an instant, or null
     * @return the UTC wall-clock time for a {@code timestamp} column, or null
     */
    public static LocalDateTime toUtc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(micros(instant), ZoneOffset.UTC);
    }

    /**
     * @param utc a {@code timestamp} column's value, read as UTC, or null
     * @return the instant, or null
     */
    public static Instant fromUtc(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
