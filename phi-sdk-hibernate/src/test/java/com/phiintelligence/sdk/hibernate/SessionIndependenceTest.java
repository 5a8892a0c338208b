package com.phiintelligence.sdk.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.careers.Job;
import com.phiintelligence.sdk.careers.JobApplication;
import com.phiintelligence.sdk.careers.NewJob;
import com.phiintelligence.sdk.careers.NewJobApplication;
import com.phiintelligence.sdk.careers.PersonalInfo;
import com.phiintelligence.sdk.news.NewNewsArticle;
import com.phiintelligence.sdk.news.NewNewsSource;
import com.phiintelligence.sdk.news.NewsSource;
import com.phiintelligence.sdk.news.NewsSourceUpdate;
import com.phiintelligence.sdk.news.SourceType;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTestDatabase;
import com.phiintelligence.sdk.voice.ActionType;
import com.phiintelligence.sdk.voice.NewVoiceSession;
import com.phiintelligence.sdk.voice.NewVoicebotMetric;
import com.phiintelligence.sdk.voice.NewVoicebotProfile;
import com.phiintelligence.sdk.voice.VoiceSession;
import com.phiintelligence.sdk.voice.VoicebotProfile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The SDK's results depend on neither the session's {@code search_path} (the production pooler
 * keeps no session state, and a role may have any path) nor the JVM's default time zone.
 */
class SessionIndependenceTest {

    @Test
    void worksWhenPublicIsNotOnTheSearchPath() throws Exception {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        sql(db, "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = pg_catalog', current_database()); END $$");
        try (PhiSdk phi = PhiSdk.create(db.configBuilder().poolSize(2).build())) {
            Job job = phi.jobs().create(NewJob.builder().title("Data Engineer").location("Remote").type("Contract")
                    .description("Pipelines").build());
            JobApplication application = phi.jobApplications().create(NewJobApplication.builder().jobId(job.id())
                    .personalInfo(PersonalInfo.builder().firstName("Ada").lastName("L").email("ada@example.com").build())
                    .coverLetter("Hello").build());
            assertThat(phi.jobApplications().query().search("data engineer").list())
                    .extracting(JobApplication::id, JobApplication::jobTitle)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(application.id(), "Data Engineer"));

            NewsSource source = phi.newsSources().create(NewNewsSource.builder().name("Feed").type(SourceType.INDUSTRY)
                    .url("https://example.com").rssUrl("https://example.com/feed").build());
            NewNewsArticle article = NewNewsArticle.builder().sourceId(source.id()).title("Launch")
                    .url("https://example.com/launch").build();
            assertThat(phi.newsArticles().createIfAbsent(article)).isPresent();
            assertThat(phi.newsArticles().createIfAbsent(article)).isEmpty();

            VoicebotProfile bot = phi.voicebotProfiles().create(NewVoicebotProfile.builder().companyName("Acme").build());
            VoiceSession session = phi.voiceSessions().create(NewVoiceSession.builder().voicebotId(bot.voicebotId())
                    .companyName("Acme").workerId("w").startTime(Instant.parse("2026-01-02T03:04:05Z")).build());
            phi.voicebotMetrics().record(NewVoicebotMetric.builder().voicebotId(bot.voicebotId())
                    .sessionId(session.sessionId()).actionType(ActionType.LLM).tokensUsed(7)
                    .costUsd(new BigDecimal("0.000100")).build());
            assertThat(phi.voicebotUsageSummaries().rebuild(bot.voicebotId()).totalTokensUsed()).isEqualTo(7);
        }
        try (Connection c = db.open();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('search_path'), "
                     + "(SELECT count(*) FROM public.voicebot_usage_summaries)")) {
            rs.next();
            assertThat(rs.getString(1)).as("the path the SDK ran with").isEqualTo("pg_catalog");
            assertThat(rs.getLong(2)).isEqualTo(1);
        }
    }

    @Test
    void keepsTimesWithoutZoneExactWhenTheJvmZoneSkipsAnHour() throws Exception {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        TimeZone jvmZone = TimeZone.getDefault();
        // 02:30 on 29 March 2026 does not exist in Berlin: clocks jump from 02:00 to 03:00.
        Instant inTheGap = Instant.parse("2026-03-29T02:30:00.123456Z");
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try (PhiSdk phi = PhiSdk.create(db.configBuilder().poolSize(2).build())) {
            NewsSource source = phi.newsSources().create(NewNewsSource.builder().name("Feed").type(SourceType.INDUSTRY)
                    .url("https://example.com").build());
            NewsSource fetched = phi.newsSources().update(source.id(), NewsSourceUpdate.builder().lastFetch(inTheGap).build());
            assertThat(fetched.lastFetch()).isEqualTo(inTheGap);
            assertThat(phi.newsSources().get(source.id()).lastFetch()).isEqualTo(inTheGap);
            assertThat(phi.newsSources().query().lastFetchBetween(inTheGap, inTheGap.plusNanos(1000)).list())
                    .extracting(NewsSource::id).containsExactly(source.id());
            assertThat(phi.newsSources().query().lastFetchBetween(inTheGap.plusNanos(1000), null).list()).isEmpty();
        } finally {
            TimeZone.setDefault(jvmZone);
        }
        try (Connection c = db.open();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_fetch::text FROM public.news_sources")) {
            rs.next();
            assertThat(rs.getString(1)).as("UTC wall-clock time in the column").isEqualTo("2026-03-29 02:30:00.123456");
        }
    }

    private static void sql(ConnectionInfo db, String... statements) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
