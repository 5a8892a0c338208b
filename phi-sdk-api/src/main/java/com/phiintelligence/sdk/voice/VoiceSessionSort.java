package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.query.SortKey;

/** What voice sessions can be sorted by. */
public enum VoiceSessionSort implements SortKey {
    /** When the session started. */
    START_TIME("startTime"),
    /** When the session ended; running sessions last. */
    END_TIME("endTime"),
    /** How long the session lasted; running sessions last. */
    DURATION_SECONDS("durationSeconds"),
    /** When the row was created. */
    CREATED_AT("createdAt"),
    /** The status code. */
    STATUS("status"),
    /** The customer company's name. */
    COMPANY_NAME("companyName");

    private final String property;

    VoiceSessionSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
