package com.phiintelligence.sdk.hibernate.internal.careers;

import com.phiintelligence.sdk.hibernate.internal.TextArrays;
import com.phiintelligence.sdk.Priority;
import com.phiintelligence.sdk.careers.ApplicationStatus;
import com.phiintelligence.sdk.careers.JobApplication;
import com.phiintelligence.sdk.careers.JobApplicationQuery;
import com.phiintelligence.sdk.careers.JobApplicationRepository;
import com.phiintelligence.sdk.careers.JobApplicationUpdate;
import com.phiintelligence.sdk.careers.NewJobApplication;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Objects;

/** {@link JobApplicationRepository} over {@link JobApplicationEntity}. Thread-safe. */
public final class HibernateJobApplicationRepository
        extends HibernateRepository<JobApplication, String, JobApplicationEntity, NewJobApplication, JobApplicationUpdate,
        JobApplicationQuery>
        implements JobApplicationRepository {
    /** What the website stores in the required {@code resume_url} when the candidate uploaded none. */
    static final String NO_RESUME = "No resume uploaded";

    /** @param db where the work runs */
    public HibernateJobApplicationRepository(Database db) {
        super(db, JobApplicationEntity.class, "job_applications", "id");
    }

    /**
     * Checks the job itself (a production database may lack the foreign key) under a share lock,
     * so that the job cannot be deleted or changed until this application is committed.
     */
    @Override
    public JobApplication create(NewJobApplication command) {
        Objects.requireNonNull(command, "command");
        return db.run(session -> {
            JobEntity job = session.find(JobEntity.class, command.jobId(), LockModeType.PESSIMISTIC_READ);
            if (job == null) {
                throw new ReferenceException("job_applications: there is no job " + command.jobId(), null, null);
            }
            if (!Boolean.TRUE.equals(job.isActive)) {
                throw new ValidationException("jobId", "must reference an active job");
            }
            JobApplicationEntity e = newEntity(command, now());
            e.jobTitle = job.title;
            session.persist(e);
            session.flush();
            return toDomain(e);
        });
    }

    @Override
    protected JobApplicationEntity newEntity(NewJobApplication c, Instant now) {
        JobApplicationEntity e = JobApplicationEntity.empty();
        e.id = newUuid();
        e.jobId = c.jobId();
        e.personalInfo = ApplicationDocuments.write(c.personalInfo());
        e.experience = ApplicationDocuments.writeExperience(c.experience());
        e.education = ApplicationDocuments.writeEducation(c.education());
        e.skills = TextArrays.toArray(c.skills());
        e.coverLetter = c.coverLetter();
        e.resumeUrl = resumeToStore(c.resumeUrl());
        e.status = ApplicationStatus.NEW.code();
        e.createdAt = Times.toUtc(now);
        e.updatedAt = e.createdAt;
        e.priority = Priority.MEDIUM.code();
        return e;
    }

    @Override
    protected void applyUpdate(JobApplicationEntity e, JobApplicationUpdate u, Instant now) {
        u.personalInfo().ifSet(v -> e.personalInfo = ApplicationDocuments.write(v));
        u.experience().ifSet(v -> e.experience = ApplicationDocuments.writeExperience(v));
        u.education().ifSet(v -> e.education = ApplicationDocuments.writeEducation(v));
        u.skills().ifSet(v -> e.skills = TextArrays.toArray(v));
        u.coverLetter().ifSet(v -> e.coverLetter = v);
        u.resumeUrl().ifSet(v -> e.resumeUrl = resumeToStore(v));
        u.status().ifSet(v -> {
            ApplicationStatus current = ApplicationStatus.of(e.status);
            if (current != null && !current.canMoveTo(v)) {
                throw new ValidationException("status", "cannot move from " + current.code() + " to " + v.code());
            }
            e.status = v.code();
        });
        u.notes().ifSet(v -> e.notes = v);
        u.priority().ifSet(v -> e.priority = v.code());
        u.rating().ifSet(v -> e.rating = v);
        u.assignedTo().ifSet(v -> e.assignedTo = v);
        u.interviewDate().ifSet(v -> e.interviewDate = Times.toUtc(v));
        e.updatedAt = Times.toUtc(now);
    }

    @Override
    protected JobApplication toDomain(JobApplicationEntity e) {
        return new JobApplication(e.id, e.jobId, e.jobTitle,
                ApplicationDocuments.personalInfo(e.personalInfo, e.id),
                ApplicationDocuments.experience(e.experience, e.id),
                ApplicationDocuments.education(e.education, e.id),
                TextArrays.toList(e.skills), e.coverLetter, resumeFromStore(e.resumeUrl), ApplicationStatus.of(e.status),
                Times.fromUtc(e.createdAt), Times.fromUtc(e.updatedAt), e.notes, Priority.of(e.priority), e.rating,
                e.assignedTo, Times.fromUtc(e.interviewDate));
    }

    @Override
    protected JobApplicationQuery newQuery() {
        return new JobApplicationQuery(this);
    }

    private static String resumeToStore(String url) {
        return url == null ? NO_RESUME : url;
    }

    private static String resumeFromStore(String stored) {
        return stored == null || stored.isBlank() || NO_RESUME.equals(stored) ? null : stored;
    }
}
