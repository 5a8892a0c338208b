package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.Repository;

/**
 * The applications to jobs, table {@code job_applications}. Thread-safe.
 *
 * <p>{@link #create} refuses an application to a missing job with a
 * {@link com.phiintelligence.sdk.error.ReferenceException} and to an inactive job with a
 * {@link com.phiintelligence.sdk.error.ValidationException} (field {@code jobId}, rule
 * {@code must reference an active job}). {@link #update} enforces the status pipeline of
 * {@link ApplicationStatus#canMoveTo} and moves {@code updatedAt} to now.
 */
public interface JobApplicationRepository
        extends Repository<JobApplication, String, NewJobApplication, JobApplicationUpdate, JobApplicationQuery> {
}
