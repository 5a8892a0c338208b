package com.phiintelligence.sdk.contacts;

import java.util.Map;

/**
 * The admin dashboard's lead counts.
 *
 * @param total      every lead
 * @param today      leads received since the start of today
 * @param last7Days  leads received in the last 7 days (since the start of the day 6 days ago)
 * @param thisMonth  leads received since the start of this month
 * @param perService leads per service asked about; leads with no service are counted under null
 */
public record ContactStatistics(long total, long today, long last7Days, long thisMonth,
                                Map<ContactService, Long> perService) {

    /** Copies the map. */
    public ContactStatistics {
        perService = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perService));
    }
}
