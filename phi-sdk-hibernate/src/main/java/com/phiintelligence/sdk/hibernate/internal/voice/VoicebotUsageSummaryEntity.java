package com.phiintelligence.sdk.hibernate.internal.voice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code voicebot_usage_summaries}; column names follow the attributes in snake case. The
 * running totals are written with native statements ({@link UsageSummaries}), never read-modify-write.
 */
@Entity(name = "VoicebotUsageSummary")
@Table(name = "voicebot_usage_summaries")
public class VoicebotUsageSummaryEntity {
    @Id
    String voicebotId;
    Integer totalActions;
    Integer successfulActions;
    Integer failedActions;
    Long totalResponseTimeMs;
    Long totalTokensUsed;
    BigDecimal totalCostUsd;
    Instant lastActivity;
    String lastActionType;
    Instant createdAt;
    Instant updatedAt;

    /** For Hibernate. */
    protected VoicebotUsageSummaryEntity() {
    }

    static VoicebotUsageSummaryEntity empty() {
        return new VoicebotUsageSummaryEntity();
    }
}
