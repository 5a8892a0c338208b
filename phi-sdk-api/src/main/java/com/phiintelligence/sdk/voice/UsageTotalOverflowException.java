package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.error.ValidationException;
import java.util.Objects;

/**
 * A write would take a total of a bot's usage summary beyond what its column holds, for example
 * {@code total_cost_usd} ({@code NUMERIC(10,6)}) beyond 9999.999999. The SDK never wraps or rounds
 * a total: it refuses the write, and nothing of it (the action included) is written. The
 * {@linkplain #field() field} is the summary's component ({@code totalCostUsd}), {@link #column()}
 * the database column.
 */
public class UsageTotalOverflowException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final String voicebotId;
    private final String column;

    /**
     * @param voicebotId the bot whose summary would overflow
     * @param field      the summary component, for example {@code totalCostUsd}
     * @param column     its column, for example {@code total_cost_usd}
     * @param limit      the largest value the column holds, as text
     */
    public UsageTotalOverflowException(String voicebotId, String field, String column, String limit) {
        super(field, "would exceed " + limit + ", the most voicebot_usage_summaries." + column
                + " holds, for voicebot " + voicebotId + "; nothing was written");
        this.voicebotId = Objects.requireNonNull(voicebotId, "voicebotId");
        this.column = Objects.requireNonNull(column, "column");
    }

    /** @return the bot whose summary would overflow */
    public String voicebotId() {
        return voicebotId;
    }

    /** @return the column that would overflow, for example {@code total_cost_usd} */
    public String column() {
        return column;
    }
}
