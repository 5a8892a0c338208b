package com.phiintelligence.sdk.hibernate.internal.careers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Formula;

/**
 * A row of {@code job_applications}; column names follow the attributes in snake case. Two
 * read-only attributes are computed by the database for listings: the job's title, and the values
 * of the personal information without its JSON keys (for text search; a regular expression rather
 * than a JSON cast, so that a stored text that is not JSON cannot break a query).
 */
@Entity(name = "JobApplication")
@Table(name = "job_applications")
public class JobApplicationEntity {
    @Id
    String id;
    String jobId;
    String personalInfo;
    String experience;
    String education;
    String[] skills;
    String coverLetter;
    String resumeUrl;
    String status;
    LocalDateTime createdAt;
    LocalDateTime updatedAt;
    String notes;
    String priority;
    Integer rating;
    String assignedTo;
    LocalDateTime interviewDate;

    @Formula("(select j.title from public.jobs j where j.id = job_id)")
    String jobTitle;

    @Formula("regexp_replace(personal_info, '\"[A-Za-z]+\"[[:space:]]*:', ' ', 'g')")
    String personalInfoText;

    /** For Hibernate. */
    protected JobApplicationEntity() {
    }

    static JobApplicationEntity empty() {
        return new JobApplicationEntity();
    }
}
