package com.phiintelligence.sdk.hibernate.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.accounts.NewUser;
import com.phiintelligence.sdk.accounts.User;
import com.phiintelligence.sdk.accounts.UserSort;
import com.phiintelligence.sdk.accounts.UserUpdate;
import com.phiintelligence.sdk.error.ConflictException;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.query.Page;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@PhiTest
class UserRepositoryTest {

    private static NewUser user(String name) {
        return NewUser.builder().username(name).password("pw-" + name).build();
    }

    private static void sql(ConnectionInfo db, String statement) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String storedPassword(ConnectionInfo db, String id) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT password FROM users WHERE id = '" + id + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void roundTripsEveryColumnAndStoresOnlyABcryptHash(PhiSdk phi, ConnectionInfo db) throws Exception {
        User created = phi.users().create(NewUser.builder().username("ada").password("correct horse").build());
        assertThat(created.id()).hasSize(36);
        assertThat(created.username()).isEqualTo("ada");
        assertThat(created.passwordHash()).startsWith("$2a$12$").hasSize(60).doesNotContain("correct horse");
        assertThat(storedPassword(db, created.id())).isEqualTo(created.passwordHash());
        assertThat(phi.users().get(created.id())).isEqualTo(created);
        assertThat(phi.users().findByUsername("ada")).contains(created);

        User updated = phi.users().update(created.id(), UserUpdate.builder().username("ada.l").password("battery staple").build());
        assertThat(updated.username()).isEqualTo("ada.l");
        assertThat(updated.passwordHash()).startsWith("$2a$12$").isNotEqualTo(created.passwordHash());
        assertThat(phi.users().get(created.id())).isEqualTo(updated);
        assertThat(phi.users().authenticate("ada.l", "battery staple")).contains(updated);
        assertThat(phi.users().authenticate("ada.l", "correct horse")).isEmpty();
        assertThat(phi.users().authenticate("ada", "battery staple")).isEmpty();

        User renamedOnly = phi.users().update(created.id(), UserUpdate.builder().username("ada").build());
        assertThat(renamedOnly.passwordHash()).isEqualTo(updated.passwordHash());
    }

    @Test
    void verifiesHashesWrittenByOtherBcryptImplementations(PhiSdk phi, ConnectionInfo db) throws Exception {
        // The OpenBSD test vector for "U*U" (cost 5), as any $2a$ implementation writes it.
        sql(db, "INSERT INTO users (id, username, password) VALUES "
                + "('vector', 'openbsd', '$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW')");
        assertThat(phi.users().authenticate("openbsd", "U*U")).map(User::id).contains("vector");
        assertThat(phi.users().authenticate("openbsd", "U*V")).isEmpty();
        // The same vector in the $2b$ spelling that newer libraries write.
        sql(db, "UPDATE users SET password = '$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW' WHERE id = 'vector'");
        assertThat(phi.users().authenticate("openbsd", "U*U")).isPresent();
    }

    @Test
    void readsAPlainTextPasswordRowThatNeverAuthenticates(PhiSdk phi, ConnectionInfo db) throws Exception {
        sql(db, "INSERT INTO users (id, username, password) VALUES ('legacy-1', 'seed', 'admin123')");
        User legacy = phi.users().get("legacy-1");
        assertThat(legacy.username()).isEqualTo("seed");
        assertThat(legacy.passwordHash()).isEqualTo("admin123");
        assertThat(phi.users().authenticate("seed", "admin123")).isEmpty();
        assertThat(phi.users().authenticate("nobody", "admin123")).isEmpty();
    }

    @Test
    void neverPrintsPasswordsOrHashes(PhiSdk phi) {
        NewUser command = NewUser.builder().username("grace").password("hunter2-secret").build();
        assertThat(command.toString()).contains("grace").doesNotContain("hunter2-secret");
        User created = phi.users().create(command);
        assertThat(created.toString()).contains("grace").doesNotContain(created.passwordHash()).doesNotContain("$2a$");
        assertThat(UserUpdate.builder().password("hunter2-secret").build().toString()).doesNotContain("hunter2-secret");
    }

    @Test
    void queriesFilterSortAndPage(PhiSdk phi) {
        for (String name : new String[] {"cid", "ann", "ben"}) {
            phi.users().create(user(name));
        }
        assertThat(phi.users().query().list()).extracting(User::username).containsExactly("ann", "ben", "cid");
        assertThat(phi.users().query().search("EN").list()).extracting(User::username).containsExactly("ben");
        Page<User> page = phi.users().query().orderBy(UserSort.USERNAME, SortDirection.DESC).page(0, 2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(User::username).containsExactly("cid", "ben");
    }

    @Test
    void aTakenUsernameIsAConflict(PhiSdk phi) {
        User ann = phi.users().create(user("ann"));
        assertThatThrownBy(() -> phi.users().create(NewUser.builder().username("ann").password("other").build()))
                .isInstanceOf(ConflictException.class);
        User bob = phi.users().create(user("bob"));
        assertThatThrownBy(() -> phi.users().update(bob.id(), UserUpdate.builder().username("ann").build()))
                .isInstanceOf(ConflictException.class);
        assertThat(phi.users().get(ann.id())).isEqualTo(ann);
        assertThat(phi.users().get(bob.id()).username()).isEqualTo("bob");
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule(PhiSdk phi) {
        assertThatThrownBy(() -> NewUser.builder().username(" ").password("x").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.rule()).isEqualTo("must not be blank");
                });
        assertThatThrownBy(() -> NewUser.builder().username("a").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.rule()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> NewUser.builder().username("a").password("é".repeat(36)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.rule()).isEqualTo("must be at most 71 bytes in UTF-8");
                    assertThat(e.getMessage()).doesNotContain("é");
                });
        assertThat(NewUser.builder().username("a").password("x".repeat(71)).build().password()).hasSize(71);
        assertThatThrownBy(() -> UserUpdate.builder().password("").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> phi.users().get("missing"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("users"));
        assertThatThrownBy(() -> phi.users().update("missing", UserUpdate.builder().username("x").build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(phi.users().delete("missing")).isFalse();
        assertThat(phi.users().findByUsername("missing")).isEmpty();
    }

    @Test
    void deletesAUser(PhiSdk phi) {
        User u = phi.users().create(user("gone"));
        assertThat(phi.users().delete(u.id())).isTrue();
        assertThat(phi.users().find(u.id())).isEmpty();
    }
}
