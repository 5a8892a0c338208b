package com.phiintelligence.sdk.contacts;

import com.phiintelligence.sdk.Priority;
import java.time.Instant;

/**
 * A lead: one row of {@code contacts}. Immutable. Components documented as nullable are null when
 * the column is; vocabulary components are null only for legacy rows that stored no value.
 *
 * @param id                the key (a UUID as text)
 * @param name              who wrote
 * @param email             their e-mail address
 * @param company           their company, nullable
 * @param service           the service asked about, nullable
 * @param message           what they wrote
 * @param status            where the lead stands
 * @param notes             the team's notes, nullable
 * @param priority          how urgent it is
 * @param source            where it came from
 * @param responseTimeHours whole hours from creation to the first answer, nullable
 * @param lastContactedAt   when the lead was first answered, nullable
 * @param assignedTo        who handles it, nullable
 * @param createdAt         when it was received
 */
public record Contact(
        String id,
        String name,
        String email,
        String company,
        ContactService service,
        String message,
        ContactStatus status,
        String notes,
        Priority priority,
        ContactSource source,
        Integer responseTimeHours,
        Instant lastContactedAt,
        String assignedTo,
        Instant createdAt) {
}
