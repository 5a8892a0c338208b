package com.phiintelligence.sdk;

import com.phiintelligence.sdk.accounts.AdminUserRepository;
import com.phiintelligence.sdk.accounts.UserRepository;
import com.phiintelligence.sdk.blog.BlogPostRepository;
import com.phiintelligence.sdk.careers.JobApplicationRepository;
import com.phiintelligence.sdk.careers.JobRepository;
import com.phiintelligence.sdk.contacts.ContactRepository;
import com.phiintelligence.sdk.news.NewsArticleRepository;
import com.phiintelligence.sdk.news.NewsFetchLogRepository;
import com.phiintelligence.sdk.news.NewsSourceRepository;
import com.phiintelligence.sdk.voice.VoiceSessionRepository;
import com.phiintelligence.sdk.voice.VoicebotMetricRepository;
import com.phiintelligence.sdk.voice.VoicebotProfileRepository;
import com.phiintelligence.sdk.voice.VoicebotUsageSummaryRepository;

/**
 * The repositories of the platform's tables, one per table. Obtained from {@link PhiSdk}, or inside
 * {@link PhiSdk#inTransaction} as the view whose calls all join that transaction. Thread-safe.
 */
public interface Repositories {

    /** @return the leads of the contact form ({@code contacts}) */
    ContactRepository contacts();

    /** @return the feeds the news aggregator reads ({@code news_sources}) */
    NewsSourceRepository newsSources();

    /** @return the articles the news aggregator stored ({@code news_articles}) */
    NewsArticleRepository newsArticles();

    /** @return the record of every fetch attempt of the news aggregator ({@code news_fetch_logs}) */
    NewsFetchLogRepository newsFetchLogs();

    /** @return the voicebots of PHI Voice ({@code voicebot_profiles}) */
    VoicebotProfileRepository voicebotProfiles();

    /** @return the voicebots' sessions in LiveKit rooms ({@code voice_sessions}) */
    VoiceSessionRepository voiceSessions();

    /** @return the voicebots' recorded actions ({@code voicebot_metrics}) */
    VoicebotMetricRepository voicebotMetrics();

    /** @return the usage totals per voicebot ({@code voicebot_usage_summaries}) */
    VoicebotUsageSummaryRepository voicebotUsageSummaries();

    /** @return the website's plain accounts ({@code users}) */
    UserRepository users();

    /** @return the administrators of the admin panel ({@code admin_users}) */
    AdminUserRepository adminUsers();

    /** @return the jobs of the careers page ({@code jobs}) */
    JobRepository jobs();

    /** @return the applications to jobs ({@code job_applications}) */
    JobApplicationRepository jobApplications();

    /** @return the posts of the blog ({@code blog_posts}) */
    BlogPostRepository blogPosts();
}
