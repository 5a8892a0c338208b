package com.phiintelligence.sdk.hibernate.internal.voice;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code voicebot_metrics}; column names follow the attributes in snake case. The id is
 * assigned from the SDK's sequence before the row is persisted.
 */
@Entity(name = "VoicebotMetric")
@Table(name = "voicebot_metrics")
public class VoicebotMetricEntity {
    @Id
    Integer id;
    String voicebotId;
    String sessionId;
    String userId;
    String actionType;
    @JdbcTypeCode(SqlTypes.JSON)
    JsonNode actionDetails;
    Boolean success;
    Integer responseTimeMs;
    Integer tokensUsed;
    BigDecimal costUsd;
    String errorMessage;
    @JdbcTypeCode(SqlTypes.JSON)
    JsonNode metadata;
    Instant createdAt;
    Instant updatedAt;

    /** For Hibernate. */
    protected VoicebotMetricEntity() {
    }

    static VoicebotMetricEntity empty() {
        return new VoicebotMetricEntity();
    }
}
