package com.phiintelligence.sdk.hibernate.internal.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code users}; column names follow the attributes in snake case. */
@Entity(name = "User")
@Table(name = "users")
public class UserEntity {
    @Id
    String id;
    String username;
    String password;

    /** For Hibernate. */
    protected UserEntity() {
    }

    static UserEntity empty() {
        return new UserEntity();
    }
}
