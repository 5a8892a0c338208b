package com.phiintelligence.sdk.hibernate.internal.voice;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code voice_sessions}; column names follow the attributes in snake case. */
@Entity(name = "VoiceSession")
@Table(name = "voice_sessions")
public class VoiceSessionEntity {
    @Id
    String sessionId;
    String voicebotId;
    String companyName;
    String roomName;
    String workerId;
    Instant startTime;
    Instant endTime;
    BigDecimal durationSeconds;
    String status;
    @JdbcTypeCode(SqlTypes.JSON)
    JsonNode performanceMetrics;
    Instant createdAt;
    Instant updatedAt;

    /** For Hibernate. */
    protected VoiceSessionEntity() {
    }

    static VoiceSessionEntity empty() {
        return new VoiceSessionEntity();
    }
}
