package com.phiintelligence.sdk.hibernate.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.Priority;
import com.phiintelligence.sdk.contacts.Contact;
import com.phiintelligence.sdk.contacts.ContactService;
import com.phiintelligence.sdk.contacts.ContactSource;
import com.phiintelligence.sdk.contacts.ContactStatus;
import com.phiintelligence.sdk.contacts.ContactUpdate;
import com.phiintelligence.sdk.contacts.NewContact;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.query.Page;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.contacts.ContactSort;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@PhiTest
class ContactRepositoryTest {

    private static NewContact lead(String name) {
        return NewContact.builder().name(name).email(name.toLowerCase() + "@example.com").company("Acme")
                .service(ContactService.VOICE_AGENTS).message("Please call " + name).build();
    }

    @Test
    void roundTripsEveryColumn(PhiSdk phi) {
        Contact created = phi.contacts().create(lead("Ada"));
        assertThat(created.id()).hasSize(36);
        assertThat(created.status()).isEqualTo(ContactStatus.NEW);
        assertThat(created.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(created.source()).isEqualTo(ContactSource.CONTACT_FORM);
        assertThat(phi.contacts().get(created.id())).isEqualTo(created);

        Instant contacted = Instant.parse("2026-01-02T03:04:05.123456Z");
        Contact updated = phi.contacts().update(created.id(), ContactUpdate.builder()
                .status(ContactStatus.QUALIFIED).notes("Warm lead").priority(Priority.HIGH)
                .source(ContactSource.REFERRAL).responseTimeHours(7).lastContactedAt(contacted)
                .assignedTo("grace").company(null).service(ContactService.of("something else")).build());
        assertThat(updated.company()).isNull();
        assertThat(updated.service().isKnown()).isFalse();
        assertThat(updated.service().code()).isEqualTo("something else");
        assertThat(updated.lastContactedAt()).isEqualTo(contacted);
        assertThat(phi.contacts().get(created.id())).isEqualTo(updated);
    }

    @Test
    void firstAnswerIsStampedOnceWhenTheLeadLeavesNew(PhiSdk phi) {
        Contact c = phi.contacts().create(lead("Bob"));
        Contact answered = phi.contacts().update(c.id(), ContactUpdate.builder().status(ContactStatus.CONTACTED).build());
        assertThat(answered.lastContactedAt()).isNotNull();
        assertThat(answered.responseTimeHours()).isZero();
        Contact later = phi.contacts().update(c.id(), ContactUpdate.builder().status(ContactStatus.CONVERTED).build());
        assertThat(later.lastContactedAt()).isEqualTo(answered.lastContactedAt());
    }

    @Test
    void readsLegacyValuesWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO contacts (id, name, email, message, status, priority, source) "
                    + "VALUES ('legacy-1', 'Old', 'old@example.com', 'hi', 'spam', NULL, 'fax')");
        }
        Contact legacy = phi.contacts().get("legacy-1");
        assertThat(legacy.status().code()).isEqualTo("spam");
        assertThat(legacy.status().isKnown()).isFalse();
        assertThat(legacy.priority()).isNull();
        assertThat(legacy.createdAt()).isNotNull();
    }

    @Test
    void queriesFilterSortAndPage(PhiSdk phi) {
        for (String name : List.of("Ann", "Ben", "Cid", "Dee", "Eve")) {
            phi.contacts().create(lead(name));
        }
        Contact ben = phi.contacts().query().search("BEN@").first().orElseThrow();
        phi.contacts().update(ben.id(), ContactUpdate.builder().status(ContactStatus.LOST).assignedTo("zoe").build());

        assertThat(phi.contacts().query().status(ContactStatus.NEW).count()).isEqualTo(4);
        assertThat(phi.contacts().query().status(ContactStatus.LOST).list()).extracting(Contact::name).containsExactly("Ben");
        assertThat(phi.contacts().query().assignedTo("zoe").count()).isEqualTo(1);
        assertThat(phi.contacts().query().assignedTo(null).count()).isEqualTo(4);
        assertThat(phi.contacts().query().search("50%_\\").count()).isZero();

        Page<Contact> page = phi.contacts().query().orderBy(ContactSort.NAME, SortDirection.ASC).page(1, 2);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(Contact::name).containsExactly("Cid", "Dee");
        assertThat(page.hasNext()).isTrue();

        Instant future = Instant.now().plusSeconds(3600);
        assertThat(phi.contacts().query().createdBetween(null, future).count()).isEqualTo(5);
        assertThat(phi.contacts().query().createdBetween(future, null).count()).isZero();
        Instant answered = phi.contacts().get(ben.id()).lastContactedAt();
        assertThat(phi.contacts().query().lastContactedBetween(answered, answered.plusNanos(1000)).list())
                .extracting(Contact::name).containsExactly("Ben");
        assertThat(phi.contacts().query().lastContactedBetween(null, future).count()).as("never contacted: no match").isEqualTo(1);
        assertThat(phi.contacts().query().lastContactedBetween(answered.plusNanos(1000), null).count()).isZero();
        try (Stream<Contact> all = phi.contacts().query().orderBy(ContactSort.NAME, SortDirection.DESC).stream()) {
            assertThat(all.map(Contact::name)).containsExactly("Eve", "Dee", "Cid", "Ben", "Ann");
        }
    }

    @Test
    void theDateRangeIncludesTheWholeLastDayInTheGivenZone(PhiSdk phi, ConnectionInfo db) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            // created_at holds UTC: 2026-03-10 23:30 in New York is 2026-03-11 03:30 UTC.
            s.execute("INSERT INTO contacts (id, name, email, message, created_at) VALUES "
                    + "('a', 'A', 'a@example.com', 'm', '2026-03-11 03:30:00'), "
                    + "('b', 'B', 'b@example.com', 'm', '2026-03-11 04:30:00'), "
                    + "('c', 'C', 'c@example.com', 'm', '2026-03-01 05:00:00')");
        }
        java.time.ZoneId newYork = java.time.ZoneId.of("America/New_York");
        java.time.LocalDate march10 = java.time.LocalDate.of(2026, 3, 10);
        assertThat(phi.contacts().query().createdOn(null, march10, newYork).list())
                .extracting(Contact::id).containsExactlyInAnyOrder("a", "c");
        assertThat(phi.contacts().query().createdOn(march10, null, newYork).list())
                .extracting(Contact::id).containsExactlyInAnyOrder("a", "b");
        assertThat(phi.contacts().query().createdOn(march10.plusDays(1), march10.plusDays(1), newYork).list())
                .extracting(Contact::id).containsExactly("b");
        assertThatThrownBy(() -> phi.contacts().query().createdOn(march10, march10.minusDays(1), newYork))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("createdAt"));
    }

    @Test
    void timesBeyondWhatTheColumnsHoldAreNoBoundInQueriesAndRefusedInWrites(PhiSdk phi) {
        Contact lead = phi.contacts().create(lead("Edge"));
        java.time.Instant min = java.time.Instant.MIN;
        java.time.Instant max = java.time.Instant.MAX;

        assertThat(phi.contacts().query().createdBetween(min, max).count()).isEqualTo(1);
        assertThat(phi.contacts().query().createdBetween(null, min).count()).isZero();
        assertThat(phi.contacts().query().createdBetween(max, null).count()).isZero();
        assertThat(phi.contacts().query().createdOn(java.time.LocalDate.MIN, java.time.LocalDate.MAX,
                java.time.ZoneOffset.UTC).count()).isEqualTo(1);
        assertThat(phi.contacts().query().lastContactedBetween(min, max).count()).isZero();

        assertThatThrownBy(() -> phi.contacts().update(lead.id(), ContactUpdate.builder().lastContactedAt(max).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("lastContactedAt");
                    assertThat(e.rule()).isEqualTo("must lie between the years 1583 and 9999 (UTC)");
                });
        for (String edge : new String[] {"9999-12-31T23:59:59.999999Z", "1583-01-01T00:00:00Z"}) {
            java.time.Instant time = java.time.Instant.parse(edge);
            phi.contacts().update(lead.id(), ContactUpdate.builder().lastContactedAt(time).build());
            assertThat(phi.contacts().get(lead.id()).lastContactedAt()).isEqualTo(time);
        }
        assertThatThrownBy(() -> ContactUpdate.builder().lastContactedAt(java.time.Instant.parse("1582-12-31T23:59:59Z"))
                .build()).isInstanceOf(ValidationException.class);
    }

    @Test
    void anExclusionConstraintOfTheDatabaseIsAConflict() throws Exception {
        ConnectionInfo own = com.phiintelligence.sdk.testkit.PhiTestDatabase.get().newDatabase();
        try (PhiSdk phi = PhiSdk.create(own.configBuilder().poolSize(1).build())) {
            try (Connection c = own.open();
                 Statement s = c.createStatement()) {
                s.execute("ALTER TABLE contacts ADD CONSTRAINT one_lead_per_email EXCLUDE USING btree (email WITH =)");
            }
            phi.contacts().create(lead("Same"));

            assertThatThrownBy(() -> phi.contacts().create(lead("Same")))
                    .isInstanceOfSatisfying(com.phiintelligence.sdk.error.ConflictException.class,
                            e -> assertThat(e.constraint()).isEqualTo("one_lead_per_email"));
            assertThatThrownBy(() -> phi.contacts().create(NewContact.builder().name("N").email("n@example.com")
                    .message("a\u0000b").build()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule())
                            .isEqualTo("holds a character the database cannot store (such as U+0000)"));
            assertThat(phi.contacts().query().count()).isEqualTo(1);
        }
    }

    @Test
    void countsLeadsForTheDashboard(PhiSdk phi, ConnectionInfo db) throws Exception {
        phi.contacts().create(lead("Today"));
        phi.contacts().create(NewContact.builder().name("Other").email("o@example.com").message("m")
                .service(ContactService.of("website redesign")).build());
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO contacts (id, name, email, message, service, created_at) VALUES "
                    + "('old', 'Old', 'old@example.com', 'm', 'voice-agents', now() at time zone 'UTC' - interval '400 days')");
        }
        com.phiintelligence.sdk.contacts.ContactStatistics stats = phi.contacts().statistics(java.time.ZoneOffset.UTC);
        assertThat(stats.total()).isEqualTo(3);
        assertThat(stats.today()).isEqualTo(2);
        assertThat(stats.last7Days()).isEqualTo(2);
        assertThat(stats.thisMonth()).isEqualTo(2);
        assertThat(stats.perService()).containsEntry(ContactService.VOICE_AGENTS, 2L)
                .containsEntry(ContactService.of("website redesign"), 1L);
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule(PhiSdk phi) {
        assertThatThrownBy(() -> NewContact.builder().name("A").email("not-an-email").message("m").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.rule()).isEqualTo("must be an e-mail address");
                });
        assertThatThrownBy(() -> NewContact.builder().name(" ").email("a@b.co").message("m").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> phi.contacts().get("missing"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("contacts"));
        assertThatThrownBy(() -> phi.contacts().update("missing", ContactUpdate.builder().notes("x").build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(phi.contacts().delete("missing")).isFalse();
    }

    @Test
    void aFailedTransactionLeavesNothingWritten(PhiSdk phi) {
        assertThatThrownBy(() -> phi.useTransaction(tx -> {
            tx.contacts().create(lead("Kept"));
            throw new IllegalStateException("boom");
        })).isExactlyInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(phi.contacts().query().count()).isZero();

        phi.useTransaction(tx -> {
            Contact c = tx.contacts().create(lead("Tx"));
            assertThat(tx.contacts().get(c.id()).name()).isEqualTo("Tx");
        });
        assertThat(phi.contacts().query().count()).isEqualTo(1);
    }

    @Test
    void workAfterAFailureInsideATransactionSaysTheTransactionIsAbortedAndNothingIsWritten(PhiSdk phi) {
        phi.users().create(com.phiintelligence.sdk.accounts.NewUser.builder().username("taken").password("a password").build());

        assertThatThrownBy(() -> phi.useTransaction(tx -> {
            tx.contacts().create(lead("Before"));
            try {
                tx.users().create(com.phiintelligence.sdk.accounts.NewUser.builder().username("taken").password("pw pw pw")
                        .build());
            } catch (com.phiintelligence.sdk.error.ConflictException swallowed) {
                // carrying on after a failed statement, which PostgreSQL does not allow
            }
            tx.contacts().create(lead("After"));
        })).isInstanceOfSatisfying(com.phiintelligence.sdk.error.DataAccessException.class, e -> {
            assertThat(e.sqlState()).isEqualTo("25P02");
            assertThat(e.isTransient()).isFalse();
            assertThat(e).hasMessageStartingWith("the transaction was aborted by an earlier failure in it");
        });
        assertThat(phi.contacts().query().count()).isZero();
    }
}
