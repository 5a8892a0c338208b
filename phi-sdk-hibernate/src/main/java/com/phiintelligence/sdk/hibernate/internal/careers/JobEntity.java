package com.phiintelligence.sdk.hibernate.internal.careers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code jobs}; column names follow the attributes in snake case. */
@Entity(name = "Job")
@Table(name = "jobs")
public class JobEntity {
    @Id
    String id;
    String title;
    String location;
    String type;
    String description;
    String[] requirements;
    Boolean isActive;
    LocalDateTime createdAt;

    /** For Hibernate. */
    protected JobEntity() {
    }

    static JobEntity empty() {
        return new JobEntity();
    }
}
