package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.Repository;

/**
 * The jobs of the careers page, table {@code jobs}. Thread-safe.
 *
 * <p>{@link #delete} refuses a job that has applications with a
 * {@link com.phiintelligence.sdk.error.ReferenceException} (deactivate it with {@link JobUpdate}
 * instead); the SDK checks this itself, so it holds on databases that lack the foreign key too.
 */
public interface JobRepository extends Repository<Job, String, NewJob, JobUpdate, JobQuery> {
}
