package com.phiintelligence.sdk.contacts;

import com.phiintelligence.sdk.Repository;
import java.time.ZoneId;

/** The leads of the contact form, table {@code contacts}. Thread-safe. */
public interface ContactRepository extends Repository<Contact, String, NewContact, ContactUpdate, ContactQuery> {

    /**
     * Counts for the admin dashboard, with days and months taken in the given zone.
     *
     * @param zone the zone of "today" and "this month"
     * @return the counts
     */
    ContactStatistics statistics(ZoneId zone);
}
