package com.phiintelligence.sdk.hibernate.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.accounts.AdminRole;
import com.phiintelligence.sdk.accounts.AdminUser;
import com.phiintelligence.sdk.accounts.AdminUserSort;
import com.phiintelligence.sdk.accounts.AdminUserUpdate;
import com.phiintelligence.sdk.accounts.NewAdminUser;
import com.phiintelligence.sdk.error.ConflictException;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.query.Page;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@PhiTest
class AdminUserRepositoryTest {
    /** The OpenBSD bcrypt test vector for the password "U*U" (cost 5). */
    private static final String VECTOR_HASH = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";

    private static NewAdminUser admin(String name) {
        return NewAdminUser.builder().username(name).email(name + "@phi.example").password("pw-" + name).build();
    }

    private static void sql(ConnectionInfo db, String statement) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void roundTripsEveryColumn(PhiSdk phi) {
        Instant before = Instant.now().minusSeconds(1);
        AdminUser created = phi.adminUsers().create(NewAdminUser.builder().username("root").email("root@phi.example")
                .password("first secret").build());
        assertThat(created.id()).hasSize(36);
        assertThat(created.role()).isEqualTo(AdminRole.ADMIN);
        assertThat(created.active()).isTrue();
        assertThat(created.passwordHash()).startsWith("$2a$12$").hasSize(60);
        assertThat(created.createdAt()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(phi.adminUsers().get(created.id())).isEqualTo(created);

        AdminUser updated = phi.adminUsers().update(created.id(), AdminUserUpdate.builder().username("boss")
                .email("boss@phi.example").password("second secret").role(AdminRole.SUPER_ADMIN).active(false).build());
        assertThat(updated.username()).isEqualTo("boss");
        assertThat(updated.email()).isEqualTo("boss@phi.example");
        assertThat(updated.passwordHash()).startsWith("$2a$12$").isNotEqualTo(created.passwordHash());
        assertThat(updated.role()).isEqualTo(AdminRole.SUPER_ADMIN);
        assertThat(updated.active()).isFalse();
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(phi.adminUsers().get(created.id())).isEqualTo(updated);
        assertThat(phi.adminUsers().findByUsername("boss")).contains(updated);
        assertThat(phi.adminUsers().findByEmail("boss@phi.example")).contains(updated);

        AdminUser reactivated = phi.adminUsers().update(created.id(), AdminUserUpdate.builder().active(true).build());
        assertThat(phi.adminUsers().authenticate("boss", "second secret")).contains(reactivated);
        assertThat(phi.adminUsers().authenticate("boss@phi.example", "second secret")).contains(reactivated);
        assertThat(phi.adminUsers().authenticate("boss", "first secret")).isEmpty();
    }

    @Test
    void createsWithTheGivenRoleAndActivity(PhiSdk phi) {
        AdminUser sup = phi.adminUsers().create(NewAdminUser.builder().username("sup").email("sup@phi.example")
                .password("pw").role(AdminRole.SUPER_ADMIN).active(false).build());
        assertThat(phi.adminUsers().get(sup.id())).extracting(AdminUser::role, AdminUser::active)
                .containsExactly(AdminRole.SUPER_ADMIN, false);
        assertThat(new NewAdminUser("x", "x@phi.example", "pw", null, true).role()).isEqualTo(AdminRole.ADMIN);
    }

    @Test
    void anInactiveAdminNeverAuthenticates(PhiSdk phi) {
        AdminUser off = phi.adminUsers().create(NewAdminUser.builder().username("off").email("off@phi.example")
                .password("right").active(false).build());
        assertThat(phi.adminUsers().authenticate("off", "right")).isEmpty();
        assertThat(phi.adminUsers().authenticate("off", "wrong")).isEmpty();
        assertThat(phi.adminUsers().authenticate("nobody", "right")).isEmpty();
        assertThat(off.may(AdminRole.ADMIN)).isFalse();
    }

    @Test
    void aLoginNameWinsOverAnotherAdminsEmail(PhiSdk phi) {
        // "ann@phi.example" is one admin's login name and another admin's e-mail address.
        phi.adminUsers().create(NewAdminUser.builder().username("ann@phi.example").email("first@phi.example")
                .password("login-name").build());
        phi.adminUsers().create(NewAdminUser.builder().username("ann").email("ann@phi.example").password("email").build());
        assertThat(phi.adminUsers().authenticate("ann@phi.example", "login-name")).map(AdminUser::email)
                .contains("first@phi.example");
        assertThat(phi.adminUsers().authenticate("ann@phi.example", "email")).isEmpty();
        assertThat(phi.adminUsers().authenticate("ann", "email")).isPresent();
    }

    @Test
    void checksRolesWithSuperAdminIncludingAdmin() {
        assertThat(AdminRole.SUPER_ADMIN.includes(AdminRole.ADMIN)).isTrue();
        assertThat(AdminRole.SUPER_ADMIN.includes(AdminRole.SUPER_ADMIN)).isTrue();
        assertThat(AdminRole.ADMIN.includes(AdminRole.ADMIN)).isTrue();
        assertThat(AdminRole.ADMIN.includes(AdminRole.SUPER_ADMIN)).isFalse();
        assertThat(AdminRole.of("editor").includes(AdminRole.of("editor"))).isFalse();
        assertThat(AdminRole.of("editor").includes(AdminRole.ADMIN)).isFalse();
        AdminUser sup = new AdminUser("1", "s", "s@x.io", null, AdminRole.SUPER_ADMIN, true, null);
        assertThat(sup.may(AdminRole.ADMIN)).isTrue();
        AdminUser plain = new AdminUser("2", "a", "a@x.io", null, AdminRole.ADMIN, true, null);
        assertThat(plain.may(AdminRole.SUPER_ADMIN)).isFalse();
        assertThat(new AdminUser("3", "n", "n@x.io", null, null, true, null).may(AdminRole.ADMIN)).isFalse();
    }

    @Test
    void readsLegacyRowsWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        sql(db, "INSERT INTO admin_users (id, username, email, password, role, is_active, created_at) VALUES "
                + "('seed', 'admin', 'admin@phi.example', 'admin123', 'editor', NULL, '2024-02-03 04:05:06.789012'),"
                + "('nulls', 'n', 'n@phi.example', '" + VECTOR_HASH + "', NULL, true, NULL),"
                + "('vector', 'v', 'v@phi.example', '" + VECTOR_HASH + "', 'super_admin', true, NOW())");
        AdminUser seed = phi.adminUsers().get("seed");
        assertThat(seed.role().code()).isEqualTo("editor");
        assertThat(seed.role().isKnown()).isFalse();
        assertThat(seed.active()).isFalse();
        assertThat(seed.createdAt()).isEqualTo(Instant.parse("2024-02-03T04:05:06.789012Z"));
        assertThat(phi.adminUsers().authenticate("admin", "admin123")).isEmpty();
        sql(db, "UPDATE admin_users SET is_active = true WHERE id = 'seed'");
        assertThat(phi.adminUsers().authenticate("admin", "admin123")).isEmpty();

        AdminUser nulls = phi.adminUsers().get("nulls");
        assertThat(nulls.role()).isNull();
        assertThat(nulls.createdAt()).isNull();
        assertThat(nulls.may(AdminRole.ADMIN)).isFalse();
        assertThat(phi.adminUsers().authenticate("v@phi.example", "U*U")).map(AdminUser::id).contains("vector");
    }

    @Test
    void neverPrintsPasswordsOrHashes(PhiSdk phi) {
        NewAdminUser command = NewAdminUser.builder().username("grace").email("g@phi.example").password("hunter2-secret").build();
        assertThat(command.toString()).contains("grace").doesNotContain("hunter2-secret");
        AdminUser created = phi.adminUsers().create(command);
        assertThat(created.toString()).contains("grace").doesNotContain(created.passwordHash()).doesNotContain("$2a$");
        assertThat(AdminUserUpdate.builder().password("hunter2-secret").build().toString()).doesNotContain("hunter2-secret");
    }

    @Test
    void queriesFilterSortAndPage(PhiSdk phi) {
        AdminUser ann = phi.adminUsers().create(admin("ann"));
        AdminUser ben = phi.adminUsers().create(NewAdminUser.builder().username("ben").email("ben@other.example")
                .password("pw").role(AdminRole.SUPER_ADMIN).build());
        AdminUser cid = phi.adminUsers().create(NewAdminUser.builder().username("cid").email("cid@phi.example")
                .password("pw").active(false).build());

        assertThat(phi.adminUsers().query().list()).extracting(AdminUser::username).containsExactly("cid", "ben", "ann");
        assertThat(phi.adminUsers().query().role(AdminRole.SUPER_ADMIN).list()).containsExactly(ben);
        assertThat(phi.adminUsers().query().role(AdminRole.ADMIN, AdminRole.SUPER_ADMIN).count()).isEqualTo(3);
        assertThat(phi.adminUsers().query().activeOnly().orderBy(AdminUserSort.USERNAME, SortDirection.ASC).list())
                .containsExactly(ann, ben);
        assertThat(phi.adminUsers().query().search("OTHER.example").list()).containsExactly(ben);
        assertThat(phi.adminUsers().query().createdBetween(ben.createdAt(), null).count()).isEqualTo(2);
        assertThat(phi.adminUsers().query().createdBetween(null, ben.createdAt()).list()).containsExactly(ann);
        Page<AdminUser> page = phi.adminUsers().query().orderBy(AdminUserSort.EMAIL, SortDirection.ASC).page(1, 2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).containsExactly(cid);
    }

    @Test
    void aTakenUsernameOrEmailIsAConflict(PhiSdk phi) {
        AdminUser ann = phi.adminUsers().create(admin("ann"));
        assertThatThrownBy(() -> phi.adminUsers().create(NewAdminUser.builder().username("ann").email("new@phi.example")
                .password("pw").build()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> phi.adminUsers().create(NewAdminUser.builder().username("new").email("ann@phi.example")
                .password("pw").build()))
                .isInstanceOf(ConflictException.class);
        AdminUser bob = phi.adminUsers().create(admin("bob"));
        assertThatThrownBy(() -> phi.adminUsers().update(bob.id(), AdminUserUpdate.builder().email("ann@phi.example").build()))
                .isInstanceOf(ConflictException.class);
        assertThat(phi.adminUsers().query().count()).isEqualTo(2);
        assertThat(phi.adminUsers().get(ann.id())).isEqualTo(ann);
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule(PhiSdk phi) {
        assertThatThrownBy(() -> NewAdminUser.builder().username("a").email("not-an-email").password("pw").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.rule()).isEqualTo("must be an e-mail address");
                });
        assertThatThrownBy(() -> NewAdminUser.builder().email("a@phi.example").password("pw").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.rule()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> NewAdminUser.builder().username("a").email("a@phi.example").password("  ").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.rule()).isEqualTo("must not be blank");
                });
        assertThatThrownBy(() -> AdminUserUpdate.builder().email("nope").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> AdminUserUpdate.builder().role(null).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("role");
                    assertThat(e.rule()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> phi.adminUsers().get("missing"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("admin_users"));
        assertThatThrownBy(() -> phi.adminUsers().update("missing", AdminUserUpdate.builder().active(false).build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(phi.adminUsers().delete("missing")).isFalse();
    }
}
