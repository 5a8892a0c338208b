package com.phiintelligence.sdk.hibernate.internal.voice;

import com.phiintelligence.sdk.voice.UsageTotalOverflowException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The totals of one bot's actions, as a usage summary stores them, with the checks that they fit
 * the summary's columns. Immutable.
 *
 * @param actions        number of actions
 * @param successes      of which succeeded
 * @param failures       of which failed
 * @param responseTimeMs sum of response times
 * @param tokens         sum of tokens
 * @param costUsd        sum of costs
 * @param lastActivity   the newest action's time, or null
 * @param lastActionType the newest action's type code, or null
 */
record UsageTotals(long actions, long successes, long failures, long responseTimeMs, long tokens, BigDecimal costUsd,
                   Instant lastActivity, String lastActionType) {

    /** The most {@code NUMERIC(10,6)} holds. */
    static final BigDecimal MAX_COST = new BigDecimal("9999.999999");

    /**
     * Adds one action, moving the last activity forward with the rule of the incremental upsert:
     * the later time wins, and on equal times the greater type code (in code-point order, as
     * {@code COLLATE "C"} compares).
     */
    UsageTotals plus(VoicebotMetricEntity m) {
        boolean ok = !Boolean.FALSE.equals(m.success);
        Instant at = lastActivity;
        String type = lastActionType;
        if (m.createdAt != null && (at == null || isNewer(m.createdAt, m.actionType, at, type))) {
            at = m.createdAt;
            type = m.actionType;
        }
        return new UsageTotals(actions + 1, successes + (ok ? 1 : 0), failures + (ok ? 0 : 1),
                responseTimeMs + (m.responseTimeMs == null ? 0 : m.responseTimeMs),
                tokens + (m.tokensUsed == null ? 0 : m.tokensUsed),
                costUsd.add(m.costUsd == null ? BigDecimal.ZERO : m.costUsd), at, type);
    }

    private static boolean isNewer(Instant at, String type, Instant lastAt, String lastType) {
        int byTime = at.compareTo(lastAt);
        return byTime > 0 || byTime == 0 && compareCodePoints(type, lastType == null ? "" : lastType) > 0;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /**
     * @param voicebotId the bot, for the message
     * @throws UsageTotalOverflowException when a total does not fit its column
     */
    void checkFits(String voicebotId) {
        checkInt(actions, voicebotId, "totalActions", "total_actions");
        checkInt(successes, voicebotId, "successfulActions", "successful_actions");
        checkInt(failures, voicebotId, "failedActions", "failed_actions");
        if (costUsd.compareTo(MAX_COST) > 0) {
            throw new UsageTotalOverflowException(voicebotId, "totalCostUsd", "total_cost_usd",
                    MAX_COST.toPlainString() + " (NUMERIC(10,6))");
        }
    }

    private static void checkInt(long value, String voicebotId, String field, String column) {
        if (value > Integer.MAX_VALUE) {
            throw new UsageTotalOverflowException(voicebotId, field, column, Integer.MAX_VALUE + " (INTEGER)");
        }
    }
}
