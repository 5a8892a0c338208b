package com.phiintelligence.sdk.hibernate.internal.accounts;

import com.phiintelligence.sdk.accounts.AdminRole;
import com.phiintelligence.sdk.accounts.AdminUser;
import com.phiintelligence.sdk.accounts.AdminUserQuery;
import com.phiintelligence.sdk.accounts.AdminUserRepository;
import com.phiintelligence.sdk.accounts.AdminUserUpdate;
import com.phiintelligence.sdk.accounts.NewAdminUser;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** {@link AdminUserRepository} over {@link AdminUserEntity}. Thread-safe. */
public final class HibernateAdminUserRepository
        extends HibernateRepository<AdminUser, String, AdminUserEntity, NewAdminUser, AdminUserUpdate, AdminUserQuery>
        implements AdminUserRepository {

    /** @param db where the work runs */
    public HibernateAdminUserRepository(Database db) {
        super(db, AdminUserEntity.class, "admin_users", "id");
    }

    @Override
    protected AdminUserEntity newEntity(NewAdminUser c, Instant now) {
        AdminUserEntity e = AdminUserEntity.empty();
        e.id = newUuid();
        e.username = c.username();
        e.email = c.email();
        e.password = Passwords.hash(c.password());
        e.role = c.role().code();
        e.isActive = c.active();
        e.createdAt = Times.toUtc(now);
        return e;
    }

    @Override
    protected void applyUpdate(AdminUserEntity e, AdminUserUpdate u, Instant now) {
        u.username().ifSet(v -> e.username = v);
        u.email().ifSet(v -> e.email = v);
        u.password().ifSet(v -> e.password = Passwords.hash(v));
        u.role().ifSet(v -> e.role = v.code());
        u.active().ifSet(v -> e.isActive = v);
    }

    @Override
    protected AdminUser toDomain(AdminUserEntity e) {
        return new AdminUser(e.id, e.username, e.email, e.password, AdminRole.of(e.role), Boolean.TRUE.equals(e.isActive),
                Times.fromUtc(e.createdAt));
    }

    @Override
    protected AdminUserQuery newQuery() {
        return new AdminUserQuery(this);
    }

    @Override
    public Optional<AdminUser> findByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return findBy("username", username);
    }

    @Override
    public Optional<AdminUser> findByEmail(String email) {
        Objects.requireNonNull(email, "email");
        return findBy("email", email);
    }

    private Optional<AdminUser> findBy(String property, String value) {
        return db.run(session -> session.createSelectionQuery("from AdminUser e where e." + property + " = :value",
                        AdminUserEntity.class)
                .setParameter("value", value)
                .uniqueResultOptional()
                .map(this::toDomain));
    }

    @Override
    public Optional<AdminUser> authenticate(String usernameOrEmail, String password) {
        Objects.requireNonNull(usernameOrEmail, "usernameOrEmail");
        Objects.requireNonNull(password, "password");
        // One admin's e-mail may be another's login name: the login name wins.
        Optional<AdminUser> admin = db.run(session -> session.createSelectionQuery(
                        "from AdminUser e where e.username = :key or e.email = :key", AdminUserEntity.class)
                .setParameter("key", usernameOrEmail)
                .getResultList().stream()
                .map(this::toDomain)
                .min(Comparator.comparing((AdminUser a) -> !usernameOrEmail.equals(a.username()))));
        // The bcrypt check runs outside the transaction and also for a missing or inactive admin.
        boolean matches = Passwords.matches(password, admin.map(AdminUser::passwordHash).orElse(null));
        return matches && admin.get().active() ? admin : Optional.empty();
    }
}
