package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.Priority;
import java.time.Instant;
import java.util.List;

/**
 * An application to a job: one row of {@code job_applications}, with the title of its job.
 * Immutable. Lists are never null; vocabulary components are null only for legacy rows that
 * stored no value.
 *
 * @param id            the key (a UUID as text)
 * @param jobId         the job applied to
 * @param jobTitle      the title of that job as it is now, nullable (when the job is gone)
 * @param personalInfo  who applied; {@link PersonalInfo#empty()} when the stored document cannot be read
 * @param experience    the work history; empty when the stored document cannot be read
 * @param education     the degrees; empty when the stored document cannot be read
 * @param skills        the skills, in order
 * @param coverLetter   the cover letter (may be empty)
 * @param resumeUrl     where the résumé is, or null when the candidate uploaded none (the website
 *                      stores {@code No resume uploaded} for that)
 * @param status        where the application stands ({@code pending} reads as {@link ApplicationStatus#NEW})
 * @param createdAt     when it was received
 * @param updatedAt     when it was last changed
 * @param notes         the team's notes, nullable
 * @param priority      how urgent it is
 * @param rating        the team's rating from 1 to 5, nullable
 * @param assignedTo    who handles it, nullable
 * @param interviewDate when the interview is, nullable
 */
public record JobApplication(
        String id,
        String jobId,
        String jobTitle,
        PersonalInfo personalInfo,
        List<Experience> experience,
        List<Education> education,
        List<String> skills,
        String coverLetter,
        String resumeUrl,
        ApplicationStatus status,
        Instant createdAt,
        Instant updatedAt,
        String notes,
        Priority priority,
        Integer rating,
        String assignedTo,
        Instant interviewDate) {

    /** Copies the lists and replaces absent documents with empty ones. */
    public JobApplication {
        personalInfo = personalInfo == null ? PersonalInfo.empty() : personalInfo;
        experience = experience == null ? List.of() : List.copyOf(experience);
        education = education == null ? List.of() : List.copyOf(education);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
