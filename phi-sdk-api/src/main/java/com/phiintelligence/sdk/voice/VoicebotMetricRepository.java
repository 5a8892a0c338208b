package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Repository;

/**
 * The recorded bot actions of PHI Voice, table {@code voicebot_metrics}. Every write keeps the bot's
 * row of {@code voicebot_usage_summaries} exact in the same transaction: {@link #record} adds the
 * action to it, {@link #update} and {@link #delete} recompute it. Thread-safe; concurrent writers
 * of the same bot never lose a count.
 */
public interface VoicebotMetricRepository
        extends Repository<VoicebotMetric, Integer, NewVoicebotMetric, VoicebotMetricUpdate, VoicebotMetricQuery> {

    /**
     * Records one bot action and, in the same transaction, adds it to the bot's usage summary
     * (creating the summary when the bot has none, counting the bot's earlier metrics in, such as
     * rows of an adopted database): one more action, one more success or
     * failure, plus its response time, tokens and cost (absent values count as 0); the last activity
     * and last action type move to this action only when it is the newest (by {@code createdAt}; on
     * equal times the greater action type code wins, so the result never depends on the order of
     * concurrent writers). The id comes from an increasing database sequence, unique under
     * concurrency; ids that other writers inserted meanwhile are skipped.
     *
     * @param metric the action
     * @return the action as stored
     * @throws com.phiintelligence.sdk.error.ReferenceException  when the bot, or the session, does not
     *                                                           exist
     * @throws com.phiintelligence.sdk.error.ValidationException when a document is not well-formed
     *                                                           JSON, or the session belongs to another
     *                                                           bot
     * @throws UsageTotalOverflowException                       when a total of the summary would no
     *                                                           longer fit its column (for example
     *                                                           {@code total_cost_usd} beyond
     *                                                           9999.999999); nothing is written
     */
    VoicebotMetric record(NewVoicebotMetric metric);

    /**
     * The same as {@link #record}.
     *
     * @param command the action
     * @return the action as stored
     */
    @Override
    VoicebotMetric create(NewVoicebotMetric command);
}
