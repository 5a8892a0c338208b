package com.phiintelligence.sdk.hibernate.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.careers.Job;
import com.phiintelligence.sdk.careers.JobSort;
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
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@PhiTest
class JobRepositoryTest {

    static NewJob job(String title) {
        return NewJob.builder().title(title).location("Remote").type("Full Time").description("Build " + title)
                .requirements(List.of("Java", "SQL")).build();
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
        Job created = phi.jobs().create(NewJob.builder().title("Voice Engineer").location("Berlin").type("Contract")
                .description("Real-time speech").requirements(List.of("Kotlin", "WebRTC", "LiveKit, \"rooms\"", "")).build());
        assertThat(created.id()).hasSize(36);
        assertThat(created.requirements()).containsExactly("Kotlin", "WebRTC", "LiveKit, \"rooms\"", "");
        assertThat(created.active()).isTrue();
        assertThat(created.createdAt()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(phi.jobs().get(created.id())).isEqualTo(created);

        Job updated = phi.jobs().update(created.id(), JobUpdate.builder().title("Senior Voice Engineer").location("Remote")
                .type("Full Time").description("Real-time speech at scale").requirements(List.of()).active(false).build());
        assertThat(updated).isEqualTo(new Job(created.id(), "Senior Voice Engineer", "Remote", "Full Time",
                "Real-time speech at scale", List.of(), false, created.createdAt()));
        assertThat(phi.jobs().get(created.id())).isEqualTo(updated);

        Job refilled = phi.jobs().update(created.id(), JobUpdate.builder().requirements(List.of("Go")).active(true).build());
        assertThat(phi.jobs().get(created.id())).isEqualTo(refilled);
        assertThat(refilled.requirements()).containsExactly("Go");
        Job cleared = phi.jobs().update(created.id(), JobUpdate.builder().requirements(null).build());
        assertThat(cleared.requirements()).isEmpty();
        assertThat(phi.jobs().get(created.id())).isEqualTo(cleared);
    }

    @Test
    void readsLegacyRowsWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        sql(db, "INSERT INTO jobs (id, title, location, type, description, requirements, is_active, created_at) VALUES "
                + "('j-null', 'Old', 'Paris', 'Internship', 'd', NULL, NULL, NULL),"
                + "('j-holes', 'Holes', 'Rome', 'Part Time', 'd', ARRAY['a', NULL, 'b'], false, '2023-05-06 07:08:09.123456')");
        Job nulls = phi.jobs().get("j-null");
        assertThat(nulls.requirements()).isEmpty();
        assertThat(nulls.active()).isFalse();
        assertThat(nulls.createdAt()).isNull();
        Job holes = phi.jobs().get("j-holes");
        assertThat(holes.requirements()).containsExactly("a", "b");
        assertThat(holes.createdAt()).isEqualTo(Instant.parse("2023-05-06T07:08:09.123456Z"));
        assertThat(phi.jobs().query().activeOnly().count()).isZero();
    }

    @Test
    void queriesFilterSortAndPage(PhiSdk phi) {
        Job a = phi.jobs().create(job("Alpha"));
        Job b = phi.jobs().create(NewJob.builder().title("Bravo").location("Berlin").type("Contract").description("Voice bots")
                .requirements(List.of("Python")).build());
        Job c = phi.jobs().create(NewJob.builder().title("Charlie").location("Remote").type("Full Time").description("d")
                .active(false).build());

        assertThat(phi.jobs().query().list()).containsExactly(c, b, a);
        assertThat(phi.jobs().query().activeOnly().list()).containsExactly(b, a);
        assertThat(phi.jobs().query().type("Full Time").list()).containsExactly(c, a);
        assertThat(phi.jobs().query().location("Berlin").list()).containsExactly(b);
        assertThat(phi.jobs().query().requiring("SQL").list()).containsExactly(a);
        assertThat(phi.jobs().query().requiring("sql").count()).isZero();
        assertThat(phi.jobs().query().search("voice BOTS").list()).containsExactly(b);
        assertThat(phi.jobs().query().createdBetween(b.createdAt(), null).list()).containsExactly(c, b);
        Page<Job> page = phi.jobs().query().orderBy(JobSort.TITLE, SortDirection.ASC).page(0, 2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).containsExactly(a, b);
        assertThat(phi.jobs().query().orderBy(JobSort.TYPE, SortDirection.ASC).thenBy(JobSort.TITLE, SortDirection.DESC)
                .list()).containsExactly(b, c, a);
    }

    @Test
    void refusesToDeleteAJobWithApplications(PhiSdk phi) {
        Job taken = phi.jobs().create(job("Taken"));
        phi.jobApplications().create(NewJobApplication.builder().jobId(taken.id())
                .personalInfo(PersonalInfo.builder().firstName("Ada").lastName("L").email("ada@example.com").build())
                .coverLetter("Hi").build());
        // The SDK checks before the foreign key would: no constraint named.
        assertThatThrownBy(() -> phi.jobs().delete(taken.id()))
                .isInstanceOfSatisfying(ReferenceException.class, e -> {
                    assertThat(e.constraint()).isNull();
                    assertThat(e.getMessage()).contains("deactivate");
                });
        assertThat(phi.jobs().get(taken.id())).isEqualTo(taken);

        Job free = phi.jobs().create(job("Free"));
        assertThat(phi.jobs().delete(free.id())).isTrue();
        assertThat(phi.jobs().find(free.id())).isEmpty();
        assertThat(phi.jobs().delete(free.id())).isFalse();
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule(PhiSdk phi) {
        for (String field : List.of("title", "location", "type", "description")) {
            NewJob.Builder b = NewJob.builder().title("t").location("l").type("ty").description("d");
            switch (field) {
                case "title" -> b.title(null);
                case "location" -> b.location(" ");
                case "type" -> b.type("");
                default -> b.description(null);
            }
            assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.field()).isEqualTo(field));
        }
        assertThatThrownBy(() -> job("x").requirements().add("mutable?")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> NewJob.builder().title("t").location("l").type("ty").description("d")
                .requirements(Arrays.asList("a", null)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("requirements");
                    assertThat(e.rule()).isEqualTo("must not contain null elements");
                });
        assertThatThrownBy(() -> JobUpdate.builder().title(" ").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.rule()).isEqualTo("must not be blank");
                });
        assertThatThrownBy(() -> phi.jobs().get("missing"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("jobs"));
        assertThatThrownBy(() -> phi.jobs().update("missing", JobUpdate.builder().active(false).build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(phi.jobs().delete("missing")).isFalse();
    }
}
