package com.phiintelligence.sdk.careers;

import java.time.Instant;
import java.util.List;

/**
 * An open position of the careers page: one row of {@code jobs}. Immutable.
 *
 * @param id           the key (a UUID as text)
 * @param title        the position's title
 * @param location     where the work is
 * @param type         the kind of engagement, free text such as {@code Full Time} or {@code Contract}
 * @param description  what the job is
 * @param requirements what a candidate needs, in order; never null (empty when the column is null)
 * @param active       whether the job is listed publicly and accepts applications; a legacy row that
 *                     stored no value reads as inactive, as the website's listing treats it
 * @param createdAt    when the job was posted; null only for legacy rows that stored none
 */
public record Job(String id, String title, String location, String type, String description,
                  List<String> requirements, boolean active, Instant createdAt) {

    /** Copies the requirements. */
    public Job {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }
}
