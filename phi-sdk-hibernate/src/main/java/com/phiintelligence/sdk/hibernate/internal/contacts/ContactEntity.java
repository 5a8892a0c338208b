package com.phiintelligence.sdk.hibernate.internal.contacts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code contacts}; column names follow the attributes in snake case. */
@Entity(name = "Contact")
@Table(name = "contacts")
public class ContactEntity {
    @Id
    String id;
    String name;
    String email;
    String company;
    String service;
    String message;
    String status;
    String notes;
    String priority;
    String source;
    Integer responseTimeHours;
    LocalDateTime lastContactedAt;
    String assignedTo;
    LocalDateTime createdAt;

    /** For Hibernate. */
    protected ContactEntity() {
    }

    static ContactEntity empty() {
        return new ContactEntity();
    }
}
