package com.phiintelligence.sdk.hibernate.internal.accounts;

import com.phiintelligence.sdk.accounts.NewUser;
import com.phiintelligence.sdk.accounts.User;
import com.phiintelligence.sdk.accounts.UserQuery;
import com.phiintelligence.sdk.accounts.UserRepository;
import com.phiintelligence.sdk.accounts.UserUpdate;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** {@link UserRepository} over {@link UserEntity}. Thread-safe. */
public final class HibernateUserRepository
        extends HibernateRepository<User, String, UserEntity, NewUser, UserUpdate, UserQuery>
        implements UserRepository {

    /** @param db where the work runs */
    public HibernateUserRepository(Database db) {
        super(db, UserEntity.class, "users", "id");
    }

    @Override
    protected UserEntity newEntity(NewUser c, Instant now) {
        UserEntity e = UserEntity.empty();
        e.id = newUuid();
        e.username = c.username();
        e.password = Passwords.hash(c.password());
        return e;
    }

    @Override
    protected void applyUpdate(UserEntity e, UserUpdate u, Instant now) {
        u.username().ifSet(v -> e.username = v);
        u.password().ifSet(v -> e.password = Passwords.hash(v));
    }

    @Override
    protected User toDomain(UserEntity e) {
        return new User(e.id, e.username, e.password);
    }

    @Override
    protected UserQuery newQuery() {
        return new UserQuery(this);
    }

    @Override
    public Optional<User> findByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return db.run(session -> session.createSelectionQuery("from User e where e.username = :username", UserEntity.class)
                .setParameter("username", username)
                .uniqueResultOptional()
                .map(this::toDomain));
    }

    @Override
    public Optional<User> authenticate(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        // The bcrypt check runs outside the transaction: it takes a quarter second by design.
        Optional<User> user = findByUsername(username);
        boolean matches = Passwords.matches(password, user.map(User::passwordHash).orElse(null));
        return matches ? user : Optional.empty();
    }
}
