package com.phiintelligence.sdk.hibernate.internal.voice;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code voicebot_profiles}; column names follow the attributes in snake case. */
@Entity(name = "VoicebotProfile")
@Table(name = "voicebot_profiles")
public class VoicebotProfileEntity {
    @Id
    String voicebotId;
    String companyName;
    String description;
    String status;
    String livekitInstance;
    @JdbcTypeCode(SqlTypes.JSON)
    JsonNode configuration;
    Instant createdAt;
    Instant updatedAt;

    /** For Hibernate. */
    protected VoicebotProfileEntity() {
    }

    static VoicebotProfileEntity empty() {
        return new VoicebotProfileEntity();
    }
}
