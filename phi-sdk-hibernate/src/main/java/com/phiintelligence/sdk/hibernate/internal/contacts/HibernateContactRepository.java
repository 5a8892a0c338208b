package com.phiintelligence.sdk.hibernate.internal.contacts;

import com.phiintelligence.sdk.Priority;
import com.phiintelligence.sdk.contacts.Contact;
import com.phiintelligence.sdk.contacts.ContactQuery;
import com.phiintelligence.sdk.contacts.ContactRepository;
import com.phiintelligence.sdk.contacts.ContactService;
import com.phiintelligence.sdk.contacts.ContactSource;
import com.phiintelligence.sdk.contacts.ContactStatus;
import com.phiintelligence.sdk.contacts.ContactUpdate;
import com.phiintelligence.sdk.contacts.NewContact;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import com.phiintelligence.sdk.contacts.ContactStatistics;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.time.Instant;

/** {@link ContactRepository} over {@link ContactEntity}. Thread-safe. */
public final class HibernateContactRepository
        extends HibernateRepository<Contact, String, ContactEntity, NewContact, ContactUpdate, ContactQuery>
        implements ContactRepository {

    /** @param db where the work runs */
    public HibernateContactRepository(Database db) {
        super(db, ContactEntity.class, "contacts", "id");
    }

    @Override
    protected ContactEntity newEntity(NewContact c, Instant now) {
        ContactEntity e = ContactEntity.empty();
        e.id = newUuid();
        e.name = c.name();
        e.email = c.email();
        e.company = c.company();
        e.service = code(c.service());
        e.message = c.message();
        e.status = ContactStatus.NEW.code();
        e.priority = Priority.MEDIUM.code();
        e.source = c.source().code();
        e.createdAt = Times.toUtc(now);
        return e;
    }

    @Override
    protected void applyUpdate(ContactEntity e, ContactUpdate u, Instant now) {
        boolean wasNew = e.status == null || ContactStatus.NEW.code().equals(e.status);
        u.name().ifSet(v -> e.name = v);
        u.email().ifSet(v -> e.email = v);
        u.company().ifSet(v -> e.company = v);
        u.service().ifSet(v -> e.service = code(v));
        u.message().ifSet(v -> e.message = v);
        u.status().ifSet(v -> e.status = v.code());
        u.notes().ifSet(v -> e.notes = v);
        u.priority().ifSet(v -> e.priority = v.code());
        u.source().ifSet(v -> e.source = v.code());
        u.responseTimeHours().ifSet(v -> e.responseTimeHours = v);
        u.lastContactedAt().ifSet(v -> e.lastContactedAt = Times.toUtc(v));
        u.assignedTo().ifSet(v -> e.assignedTo = v);
        // The first answer is stamped once: when the status first leaves "new".
        boolean leftNew = wasNew && e.status != null && !ContactStatus.NEW.code().equals(e.status);
        if (leftNew && e.lastContactedAt == null && !u.lastContactedAt().isSet()) {
            e.lastContactedAt = Times.toUtc(now);
            if (e.responseTimeHours == null && !u.responseTimeHours().isSet() && e.createdAt != null) {
                e.responseTimeHours = (int) Duration.between(Times.fromUtc(e.createdAt), now).toHours();
            }
        }
    }

    @Override
    protected Contact toDomain(ContactEntity e) {
        return new Contact(e.id, e.name, e.email, e.company, ContactService.of(e.service), e.message,
                ContactStatus.of(e.status), e.notes, Priority.of(e.priority), ContactSource.of(e.source),
                e.responseTimeHours, Times.fromUtc(e.lastContactedAt), e.assignedTo, Times.fromUtc(e.createdAt));
    }

    @Override
    public ContactStatistics statistics(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        ZonedDateTime now = now().atZone(zone);
        LocalDate today = now.toLocalDate();
        LocalDateTime startOfToday = Times.toUtc(today.atStartOfDay(zone).toInstant());
        LocalDateTime startOfWeek = Times.toUtc(today.minusDays(6).atStartOfDay(zone).toInstant());
        LocalDateTime startOfMonth = Times.toUtc(today.withDayOfMonth(1).atStartOfDay(zone).toInstant());
        return db.run(session -> {
            Object[] counts = session.createSelectionQuery("select count(c), "
                    + "count(case when c.createdAt >= :today then 1 end), "
                    + "count(case when c.createdAt >= :week then 1 end), "
                    + "count(case when c.createdAt >= :month then 1 end) from Contact c", Object[].class)
                    .setParameter("today", startOfToday)
                    .setParameter("week", startOfWeek)
                    .setParameter("month", startOfMonth)
                    .getSingleResult();
            Map<ContactService, Long> perService = new LinkedHashMap<>();
            for (Object[] row : session.createSelectionQuery(
                    "select c.service, count(c) from Contact c group by c.service order by count(c) desc, c.service",
                    Object[].class).getResultList()) {
                perService.put(ContactService.of((String) row[0]), (Long) row[1]);
            }
            return new ContactStatistics((Long) counts[0], (Long) counts[1], (Long) counts[2], (Long) counts[3],
                    perService);
        });
    }

    @Override
    protected ContactQuery newQuery() {
        return new ContactQuery(this);
    }
}
