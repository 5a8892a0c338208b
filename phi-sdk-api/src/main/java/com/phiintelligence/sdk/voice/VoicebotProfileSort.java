package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.query.SortKey;

/** What voicebots can be sorted by. */
public enum VoicebotProfileSort implements SortKey {
    /** When the bot was registered. */
    CREATED_AT("createdAt"),
    /** When the bot was last changed. */
    UPDATED_AT("updatedAt"),
    /** The customer company's name. */
    COMPANY_NAME("companyName"),
    /** The status code. */
    STATUS("status"),
    /** The key. */
    VOICEBOT_ID("voicebotId");

    private final String property;

    VoicebotProfileSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
