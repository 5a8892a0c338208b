package com.phiintelligence.sdk.hibernate.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.Priority;
import com.phiintelligence.sdk.careers.ApplicationStatus;
import com.phiintelligence.sdk.careers.Education;
import com.phiintelligence.sdk.careers.Experience;
import com.phiintelligence.sdk.careers.Job;
import com.phiintelligence.sdk.careers.JobApplication;
import com.phiintelligence.sdk.careers.JobApplicationSort;
import com.phiintelligence.sdk.careers.JobApplicationUpdate;
import com.phiintelligence.sdk.careers.JobUpdate;
import com.phiintelligence.sdk.careers.NewJob;
import com.phiintelligence.sdk.careers.NewJobApplication;
import com.phiintelligence.sdk.careers.PersonalInfo;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.query.Page;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

@PhiTest
class JobApplicationRepositoryTest {

    private static final PersonalInfo ADA = PersonalInfo.builder().firstName("Ada").lastName("Lovelace")
            .email("ada@example.com").phone("+44 20 1234").linkedin("https://linkedin.example/ada")
            .portfolio("https://ada.example").location("London").workAuthorization("UK citizen").build();

    private static Job job(PhiSdk phi, String title) {
        return phi.jobs().create(JobRepositoryTest.job(title));
    }

    private static NewJobApplication.Builder application(String jobId, String firstName) {
        return NewJobApplication.builder().jobId(jobId)
                .personalInfo(PersonalInfo.builder().firstName(firstName).lastName("Doe")
                        .email(firstName.toLowerCase() + "@example.com").build())
                .coverLetter("Dear team, " + firstName + " here.");
    }

    private static void sql(ConnectionInfo db, String statement) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String column(ConnectionInfo db, String id, String column) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + column + " FROM job_applications WHERE id = '" + id + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static void rejects(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }

    @Test
    void roundTripsEveryColumn(PhiSdk phi, ConnectionInfo db) throws Exception {
        Job job = job(phi, "Voice Engineer");
        List<Experience> experience = List.of(
                Experience.builder().company("Analytical Engines").title("Programmer").startDate("1842-01")
                        .current(true).description("Notes on the engine, with \"quotes\"\nand lines").build(),
                Experience.builder().company("Babbage & Co").title("Assistant").startDate("1840-01").endDate("1841-12").build());
        List<Education> education = List.of(
                Education.builder().institution("Home").degree("Tutoring").field("Mathematics").graduationYear("1835")
                        .gpa("4.0").build(),
                Education.builder().institution("Royal Society").build());
        Instant before = Instant.now().minusSeconds(1);
        JobApplication created = phi.jobApplications().create(NewJobApplication.builder().jobId(job.id())
                .personalInfo(ADA).experience(experience).education(education).skills(List.of("Maths", "Poetry", "C++"))
                .coverLetter("Dear PHI,\nI would like to join.").resumeUrl("https://files.example/ada.pdf").build());

        assertThat(created.id()).hasSize(36);
        assertThat(created.jobId()).isEqualTo(job.id());
        assertThat(created.jobTitle()).isEqualTo("Voice Engineer");
        assertThat(created.personalInfo()).isEqualTo(ADA);
        assertThat(created.experience()).isEqualTo(experience);
        assertThat(created.education()).isEqualTo(education);
        assertThat(created.skills()).containsExactly("Maths", "Poetry", "C++");
        assertThat(created.resumeUrl()).isEqualTo("https://files.example/ada.pdf");
        assertThat(created.status()).isEqualTo(ApplicationStatus.NEW);
        assertThat(created.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(created.createdAt()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(created.updatedAt()).isEqualTo(created.createdAt());
        assertThat(created.notes()).isNull();
        assertThat(created.rating()).isNull();
        assertThat(created.assignedTo()).isNull();
        assertThat(created.interviewDate()).isNull();
        assertThat(phi.jobApplications().get(created.id())).isEqualTo(created);
        assertThat(column(db, created.id(), "status")).isEqualTo("new");
        assertThat(column(db, created.id(), "personal_info")).startsWith("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"");
        assertThat(column(db, created.id(), "experience")).contains("\"current\":true", "\"startDate\":\"1842-01\"");

        PersonalInfo grace = PersonalInfo.builder().firstName("Grace").lastName("Hopper").email("grace@example.com").build();
        Instant interview = Instant.parse("2026-03-04T05:06:07.123456Z");
        JobApplication updated = phi.jobApplications().update(created.id(), JobApplicationUpdate.builder()
                .personalInfo(grace).experience(List.of(experience.get(1))).education(List.of()).skills(List.of())
                .coverLetter("").resumeUrl(null).status(ApplicationStatus.REVIEWING).notes("Strong maths")
                .priority(Priority.HIGH).rating(4).assignedTo("charles").interviewDate(interview).build());
        assertThat(updated).isEqualTo(new JobApplication(created.id(), job.id(), "Voice Engineer", grace,
                List.of(experience.get(1)), List.of(), List.of(), "", null, ApplicationStatus.REVIEWING,
                created.createdAt(), updated.updatedAt(), "Strong maths", Priority.HIGH, 4, "charles", interview));
        assertThat(updated.updatedAt()).isAfter(created.updatedAt());
        assertThat(phi.jobApplications().get(created.id())).isEqualTo(updated);
        assertThat(column(db, created.id(), "resume_url")).isEqualTo("No resume uploaded");
        assertThat(column(db, created.id(), "personal_info")).doesNotContain("linkedin");

        JobApplication cleared = phi.jobApplications().update(created.id(), JobApplicationUpdate.builder().notes(null)
                .rating(null).assignedTo(null).interviewDate(null).experience(null).education(null).skills(null)
                .resumeUrl("https://files.example/grace.pdf").build());
        assertThat(cleared.notes()).isNull();
        assertThat(cleared.rating()).isNull();
        assertThat(cleared.assignedTo()).isNull();
        assertThat(cleared.interviewDate()).isNull();
        assertThat(cleared.experience()).isEmpty();
        assertThat(cleared.resumeUrl()).isEqualTo("https://files.example/grace.pdf");
        assertThat(cleared.updatedAt()).isAfter(updated.updatedAt());
        assertThat(phi.jobApplications().get(created.id())).isEqualTo(cleared);
    }

    @Test
    void everyUpdateMovesUpdatedAt(PhiSdk phi) {
        JobApplication a = phi.jobApplications().create(application(job(phi, "J").id(), "Ann").build());
        JobApplication same = phi.jobApplications().update(a.id(), JobApplicationUpdate.builder().build());
        assertThat(same.updatedAt()).isAfter(a.updatedAt());
        assertThat(same.createdAt()).isEqualTo(a.createdAt());
    }

    @Test
    void readsWhatTheWebsiteWrites(PhiSdk phi, ConnectionInfo db) throws Exception {
        Job job = job(phi, "Web");
        sql(db, "INSERT INTO job_applications (id, job_id, personal_info, experience, education, skills, cover_letter,"
                + " resume_url) VALUES ('site-1', '" + job.id() + "',"
                + " '{\"firstName\":\"José\",\"lastName\":\"Núñez\",\"email\":\"jose@example.com\",\"phone\":\"\","
                + "\"newsletter\":true,\"address\":{\"city\":\"Madrid\"}}',"
                + " '[{\"company\":\"Acme\",\"title\":\"Dev\",\"startDate\":\"2020-01\",\"endDate\":\"\",\"current\":true,"
                + "\"description\":\"Built things\",\"stack\":[\"js\"]}, \"stray\", {\"company\":\"Old\",\"current\":\"false\"}]',"
                + " '[{\"institution\":\"UPM\",\"degree\":\"BSc\",\"field\":\"CS\",\"graduationYear\":2019,\"gpa\":3.8}]',"
                + " '{React,TypeScript}', 'Hola', 'No resume uploaded')");
        JobApplication a = phi.jobApplications().get("site-1");
        assertThat(a.status()).isEqualTo(ApplicationStatus.NEW);
        assertThat(a.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(a.resumeUrl()).isNull();
        assertThat(a.personalInfo()).isEqualTo(new PersonalInfo("José", "Núñez", "jose@example.com", "", null, null, null, null));
        assertThat(a.experience()).containsExactly(
                new Experience("Acme", "Dev", "2020-01", "", true, "Built things"),
                new Experience("Old", null, null, null, false, null));
        assertThat(a.education()).containsExactly(new Education("UPM", "BSc", "CS", "2019", "3.8"));
        assertThat(a.skills()).containsExactly("React", "TypeScript");
        assertThat(a.jobTitle()).isEqualTo("Web");
        assertThat(column(db, "site-1", "status")).isEqualTo("pending");
    }

    @Test
    void readsLegacyAndUnreadableRowsWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        Job job = job(phi, "Legacy");
        sql(db, "INSERT INTO job_applications (id, job_id, personal_info, experience, education, skills, cover_letter,"
                + " resume_url, status, priority, created_at, updated_at, interview_date, rating) VALUES"
                + " ('bad-1', '" + job.id() + "', 'not json at all', '{\"broken\": ', '42', ARRAY['a', NULL], 'c', '',"
                + " 'on-hold', NULL, '2022-01-02 03:04:05.678901', NULL, '2022-02-03 10:00:00.000001', 0),"
                + " ('bad-2', '" + job.id() + "', '[1,2]', 'null', '', NULL, 'c', 'https://x.example/cv', NULL, 'urgent',"
                + " NULL, NULL, NULL, NULL)");
        JobApplication bad = phi.jobApplications().get("bad-1");
        assertThat(bad.personalInfo()).isEqualTo(PersonalInfo.empty());
        assertThat(bad.experience()).isEmpty();
        assertThat(bad.education()).isEmpty();
        assertThat(bad.skills()).containsExactly("a");
        assertThat(bad.resumeUrl()).isNull();
        assertThat(bad.status().code()).isEqualTo("on-hold");
        assertThat(bad.status().isKnown()).isFalse();
        assertThat(bad.priority()).isNull();
        assertThat(bad.rating()).isZero();
        assertThat(bad.createdAt()).isEqualTo(Instant.parse("2022-01-02T03:04:05.678901Z"));
        assertThat(bad.updatedAt()).isNull();
        assertThat(bad.interviewDate()).isEqualTo(Instant.parse("2022-02-03T10:00:00.000001Z"));

        JobApplication worse = phi.jobApplications().get("bad-2");
        assertThat(worse.personalInfo()).isEqualTo(PersonalInfo.empty());
        assertThat(worse.experience()).isEmpty();
        assertThat(worse.education()).isEmpty();
        assertThat(worse.skills()).isEmpty();
        assertThat(worse.status()).isNull();
        assertThat(worse.priority().code()).isEqualTo("urgent");
        // A personal_info that is not JSON is still searched as the text it is.
        assertThat(phi.jobApplications().query().search("NOT JSON").list()).extracting(JobApplication::id)
                .containsExactly("bad-1");
        assertThat(phi.jobApplications().query().list()).hasSize(2);

        // An unknown stored status may be repaired to any known one.
        JobApplication repaired = phi.jobApplications().update("bad-1", JobApplicationUpdate.builder()
                .status(ApplicationStatus.INTERVIEWING).build());
        assertThat(repaired.status()).isEqualTo(ApplicationStatus.INTERVIEWING);
    }

    @Test
    void queriesFilterSortAndPage(PhiSdk phi, ConnectionInfo db) throws Exception {
        Job voice = job(phi, "Voice Engineer");
        Job data = job(phi, "Data Scientist");
        JobApplication ann = phi.jobApplications().create(application(voice.id(), "Ann").build());
        JobApplication ben = phi.jobApplications().create(application(voice.id(), "Ben").coverLetter("I love bots").build());
        JobApplication cid = phi.jobApplications().create(application(data.id(), "Cid").build());
        sql(db, "INSERT INTO job_applications (id, job_id, personal_info, experience, education, cover_letter, resume_url,"
                + " created_at) VALUES ('old', '" + data.id() + "', '{\"firstName\":\"Dee\"}', '[]', '[]', 'x',"
                + " 'No resume uploaded', '2020-01-01 00:00:00')");
        Instant interview = Instant.parse("2026-05-01T09:00:00Z");
        ben = phi.jobApplications().update(ben.id(), JobApplicationUpdate.builder().status(ApplicationStatus.REVIEWING)
                .priority(Priority.HIGH).rating(5).assignedTo("zoe").interviewDate(interview).build());
        cid = phi.jobApplications().update(cid.id(), JobApplicationUpdate.builder().status(ApplicationStatus.REJECTED)
                .rating(2).build());
        JobApplication dee = phi.jobApplications().get("old");

        assertThat(phi.jobApplications().query().list()).containsExactly(cid, ben, ann, dee);
        assertThat(phi.jobApplications().query().status(ApplicationStatus.NEW).list()).containsExactly(ann, dee);
        assertThat(phi.jobApplications().query().status(ApplicationStatus.REVIEWING, ApplicationStatus.REJECTED).list())
                .containsExactly(cid, ben);
        assertThat(phi.jobApplications().query().priority(Priority.HIGH).list()).containsExactly(ben);
        // "old" was inserted without a priority: the column default, medium.
        assertThat(phi.jobApplications().query().priority(Priority.MEDIUM).count()).isEqualTo(3);
        assertThat(phi.jobApplications().query().jobId(data.id()).list()).containsExactly(cid, dee);
        assertThat(phi.jobApplications().query().assignedTo("zoe").list()).containsExactly(ben);
        assertThat(phi.jobApplications().query().assignedTo(null).count()).isEqualTo(3);
        assertThat(phi.jobApplications().query().ratedAtLeast(3).list()).containsExactly(ben);
        assertThat(phi.jobApplications().query().interviewBetween(interview, interview.plusSeconds(1)).list())
                .containsExactly(ben);
        assertThat(phi.jobApplications().query().interviewBetween(null, interview).count()).isZero();
        assertThat(phi.jobApplications().query().createdBetween(null, Instant.parse("2021-01-01T00:00:00Z")).list())
                .containsExactly(dee);
        assertThat(phi.jobApplications().query().updatedBetween(ben.updatedAt(), null).list()).containsExactly(cid, ben);

        assertThat(phi.jobApplications().query().search("ben@EXAMPLE").list()).containsExactly(ben);
        assertThat(phi.jobApplications().query().search("love BOTS").list()).containsExactly(ben);
        assertThat(phi.jobApplications().query().search("scientist").list()).containsExactly(cid, dee);
        assertThat(phi.jobApplications().query().search("dee").list()).containsExactly(dee);
        assertThat(phi.jobApplications().query().search("DOE").count()).isEqualTo(3);
        // JSON keys are not searched: "firstName" is in every document, but in no value.
        assertThat(phi.jobApplications().query().search("firstName").count()).isZero();

        Page<JobApplication> page = phi.jobApplications().query().orderBy(JobApplicationSort.RATING, SortDirection.DESC)
                .page(0, 2);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactly(ben, cid);
        assertThat(phi.jobApplications().query().orderBy(JobApplicationSort.JOB_TITLE, SortDirection.ASC)
                .thenBy(JobApplicationSort.CREATED_AT, SortDirection.ASC).list()).containsExactly(dee, cid, ann, ben);
    }

    @Test
    void followsTheStatusPipeline(PhiSdk phi) {
        JobApplication a = phi.jobApplications().create(application(job(phi, "J").id(), "Ann").build());
        String id = a.id();
        Consumer<ApplicationStatus> move = s -> phi.jobApplications().update(id, JobApplicationUpdate.builder().status(s).build());
        rejects(() -> move.accept(ApplicationStatus.OFFERED), "status", "cannot move from new to offered");
        move.accept(ApplicationStatus.REVIEWING);
        move.accept(ApplicationStatus.INTERVIEWING);
        move.accept(ApplicationStatus.REVIEWING);
        move.accept(ApplicationStatus.INTERVIEWING);
        move.accept(ApplicationStatus.OFFERED);
        move.accept(ApplicationStatus.REJECTED);
        rejects(() -> move.accept(ApplicationStatus.OFFERED), "status", "cannot move from rejected to offered");
        assertThat(phi.jobApplications().get(id).status()).isEqualTo(ApplicationStatus.REJECTED);
        rejects(() -> JobApplicationUpdate.builder().status(ApplicationStatus.of("on-hold")).build(),
                "status", "must be a known status");
        assertThat(ApplicationStatus.of("pending")).isSameAs(ApplicationStatus.NEW);
        assertThat(ApplicationStatus.NEW.canMoveTo(ApplicationStatus.REJECTED)).isTrue();
        assertThat(ApplicationStatus.of("on-hold").canMoveTo(ApplicationStatus.OFFERED)).isTrue();
    }

    @Test
    void refusesApplicationsToMissingOrInactiveJobs(PhiSdk phi) {
        assertThatThrownBy(() -> phi.jobApplications().create(application("no-such-job", "Ann").build()))
                .isInstanceOf(ReferenceException.class);
        Job closed = job(phi, "Closed");
        phi.jobs().update(closed.id(), JobUpdate.builder().active(false).build());
        rejects(() -> phi.jobApplications().create(application(closed.id(), "Ann").build()),
                "jobId", "must reference an active job");
        assertThat(phi.jobApplications().query().count()).isZero();
        Job open = phi.jobs().create(NewJob.builder().title("t").location("l").type("ty").description("d").build());
        assertThat(phi.jobApplications().create(application(open.id(), "Ann").build()).jobTitle()).isEqualTo("t");
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule(PhiSdk phi) {
        rejects(() -> JobApplicationUpdate.builder().rating(0).build(), "rating", "must be between 1 and 5");
        rejects(() -> JobApplicationUpdate.builder().rating(6).build(), "rating", "must be between 1 and 5");
        rejects(() -> application(null, "Ann").build(), "jobId", "is required");
        rejects(() -> application("j", "Ann").personalInfo(null).build(), "personalInfo", "is required");
        rejects(() -> application("j", "Ann").personalInfo(PersonalInfo.builder().lastName("L").email("a@b.co").build())
                .build(), "personalInfo.firstName", "is required");
        rejects(() -> application("j", "Ann").personalInfo(PersonalInfo.builder().firstName("A").lastName(" ")
                .email("a@b.co").build()).build(), "personalInfo.lastName", "must not be blank");
        rejects(() -> application("j", "Ann").personalInfo(PersonalInfo.builder().firstName("A").lastName("L")
                .email("not mail").build()).build(), "personalInfo.email", "must be an e-mail address");
        rejects(() -> application("j", "Ann").coverLetter(null).build(), "coverLetter", "is required");
        rejects(() -> application("j", "Ann").skills(Arrays.asList("a", null)).build(), "skills",
                "must not contain null elements");
        rejects(() -> application("j", "Ann").experience(Arrays.asList((Experience) null)).build(), "experience",
                "must not contain null elements");
        rejects(() -> JobApplicationUpdate.builder().personalInfo(PersonalInfo.empty()).build(),
                "personalInfo.firstName", "is required");
        rejects(() -> JobApplicationUpdate.builder().priority(null).build(), "priority", "is required");
        rejects(() -> phi.jobApplications().query().ratedAtLeast(0), "rating", "must be between 1 and 5");
        assertThat(application("j", "Ann").resumeUrl("  ").build().resumeUrl()).isNull();
        assertThatThrownBy(() -> phi.jobApplications().get("missing"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("job_applications"));
        assertThatThrownBy(() -> phi.jobApplications().update("missing", JobApplicationUpdate.builder().notes("x").build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(phi.jobApplications().delete("missing")).isFalse();
    }
}
