package com.phiintelligence.sdk.hibernate.internal.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code admin_users}; column names follow the attributes in snake case. */
@Entity(name = "AdminUser")
@Table(name = "admin_users")
public class AdminUserEntity {
    @Id
    String id;
    String username;
    String email;
    String password;
    String role;
    Boolean isActive;
    LocalDateTime createdAt;

    /** For Hibernate. */
    protected AdminUserEntity() {
    }

    static AdminUserEntity empty() {
        return new AdminUserEntity();
    }
}
