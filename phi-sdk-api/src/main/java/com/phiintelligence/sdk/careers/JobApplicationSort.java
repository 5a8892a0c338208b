package com.phiintelligence.sdk.careers;

import com.phiintelligence.sdk.query.SortKey;

/** What job applications can be sorted by. */
public enum JobApplicationSort implements SortKey {
    /** When the application was received. */
    CREATED_AT("createdAt"),
    /** When it was last changed. */
    UPDATED_AT("updatedAt"),
    /** The status code. */
    STATUS("status"),
    /** The priority code. */
    PRIORITY("priority"),
    /** The rating. */
    RATING("rating"),
    /** The interview time. */
    INTERVIEW_DATE("interviewDate"),
    /** The title of the job. */
    JOB_TITLE("jobTitle");

    private final String property;

    JobApplicationSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
