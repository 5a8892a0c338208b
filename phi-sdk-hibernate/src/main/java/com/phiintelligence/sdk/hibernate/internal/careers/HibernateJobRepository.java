package com.phiintelligence.sdk.hibernate.internal.careers;

import com.phiintelligence.sdk.hibernate.internal.TextArrays;
import com.phiintelligence.sdk.careers.Job;
import com.phiintelligence.sdk.careers.JobQuery;
import com.phiintelligence.sdk.careers.JobRepository;
import com.phiintelligence.sdk.careers.JobUpdate;
import com.phiintelligence.sdk.careers.NewJob;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Objects;

/** {@link JobRepository} over {@link JobEntity}. Thread-safe. */
public final class HibernateJobRepository
        extends HibernateRepository<Job, String, JobEntity, NewJob, JobUpdate, JobQuery>
        implements JobRepository {

    /** @param db where the work runs */
    public HibernateJobRepository(Database db) {
        super(db, JobEntity.class, "jobs", "id");
    }

    @Override
    protected JobEntity newEntity(NewJob c, Instant now) {
        JobEntity e = JobEntity.empty();
        e.id = newUuid();
        e.title = c.title();
        e.location = c.location();
        e.type = c.type();
        e.description = c.description();
        e.requirements = TextArrays.toArray(c.requirements());
        e.isActive = c.active();
        e.createdAt = Times.toUtc(now);
        return e;
    }

    @Override
    protected void applyUpdate(JobEntity e, JobUpdate u, Instant now) {
        u.title().ifSet(v -> e.title = v);
        u.location().ifSet(v -> e.location = v);
        u.type().ifSet(v -> e.type = v);
        u.description().ifSet(v -> e.description = v);
        u.requirements().ifSet(v -> e.requirements = TextArrays.toArray(v));
        u.active().ifSet(v -> e.isActive = v);
    }

    @Override
    protected Job toDomain(JobEntity e) {
        return new Job(e.id, e.title, e.location, e.type, e.description, TextArrays.toList(e.requirements),
                Boolean.TRUE.equals(e.isActive), Times.fromUtc(e.createdAt));
    }

    @Override
    protected JobQuery newQuery() {
        return new JobQuery(this);
    }

    /**
     * Deletes a job that has no applications. Checked here rather than left to the foreign key,
     * which a production database may lack; the job's row lock (an application takes a share lock
     * on it) keeps a concurrent application from slipping in between check and delete.
     */
    @Override
    public boolean delete(String id) {
        Objects.requireNonNull(id, "id");
        return db.run(session -> {
            JobEntity job = session.find(JobEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (job == null) {
                return false;
            }
            long applications = session.createSelectionQuery(
                            "select count(a) from JobApplication a where a.jobId = :jobId", Long.class)
                    .setParameter("jobId", id)
                    .getSingleResult();
            if (applications > 0) {
                throw new ReferenceException("jobs: job " + id + " has " + applications
                        + " application(s) and cannot be deleted; deactivate it instead", null, null);
            }
            session.remove(job);
            session.flush();
            return true;
        });
    }
}
