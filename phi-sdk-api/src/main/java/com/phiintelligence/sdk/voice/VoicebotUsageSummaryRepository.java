package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Repository;

/**
 * The usage totals per voicebot, table {@code voicebot_usage_summaries}. The SDK keeps them as
 * actions are recorded through {@link VoicebotMetricRepository}; {@link #create} and {@link #update}
 * are for imports and repairs, {@link #rebuild} recomputes a summary from the recorded actions.
 * Thread-safe.
 */
public interface VoicebotUsageSummaryRepository extends Repository<VoicebotUsageSummary, String,
        NewVoicebotUsageSummary, VoicebotUsageSummaryUpdate, VoicebotUsageSummaryQuery> {

    /**
     * Recomputes a bot's summary from its rows of {@code voicebot_metrics} and stores it (creating it
     * when there is none; a bot without actions gets zeros). Waits for writers of the same bot that
     * are in flight and holds new ones back until it commits, so the result is exact.
     *
     * @param voicebotId the bot
     * @return the summary as stored
     * @throws com.phiintelligence.sdk.error.NotFoundException when the bot does not exist
     * @throws UsageTotalOverflowException                     when a total does not fit its column;
     *                                                         nothing is written
     */
    VoicebotUsageSummary rebuild(String voicebotId);
}
