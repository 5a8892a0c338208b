package com.phiintelligence.sdk.contacts;

import com.phiintelligence.sdk.Repository;

/** The leads of the contact form, table {@code contacts}. Thread-safe. */
public interface ContactRepository extends Repository<Contact, String, NewContact, ContactUpdate, ContactQuery> {
}
