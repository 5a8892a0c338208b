package com.phiintelligence.sdk.hibernate.internal.schema;

/** Rows for every platform table, as the website and older agents may have written them. */
final class Fixtures {
    /** The voicebot the voice rows belong to. */
    static final String VOICEBOT = "voicebot_1700000000000_abcdefghi";

    /** One or more rows in each of the 13 tables; voicebot_metrics ids 1, 7 and 42. */
    static final String ROWS_IN_EVERY_TABLE = """
            INSERT INTO users (id, username, password) VALUES ('u-1', 'alice', '$2b$12$abcdefghijklmnopqrstuv');
            INSERT INTO users (username, password) VALUES ('bob', 'plain seed password');
            INSERT INTO admin_users (username, email, password, role, is_active)
                VALUES ('root', 'root@phi.example', '$2a$12$xyz', 'super_admin', false);
            INSERT INTO contacts (name, email, company, service, message, status, response_time_hours, last_contacted_at)
                VALUES ('Ann', 'ann@example.com', 'Acme', 'voice-agents', 'Hello', 'contacted', 3, '2025-01-02 03:04:05.123456');
            INSERT INTO contacts (name, email, message) VALUES ('Ben', 'ben@example.com', 'Hi');
            INSERT INTO jobs (id, title, location, type, description, requirements)
                VALUES ('j-1', 'Engineer', 'Remote', 'Full Time', 'Build things', ARRAY['Java', 'SQL']);
            INSERT INTO job_applications (job_id, personal_info, experience, education, skills, cover_letter, resume_url, rating)
                VALUES ('j-1', '{"firstName":"Ann"}', '[]', '[]', ARRAY['java'], 'Dear team', 'No resume uploaded', 4);
            INSERT INTO blog_posts (title, slug, excerpt, content, author, read_time, tags, featured)
                VALUES ('Hello', 'hello', 'Intro', 'Some words', 'Phi', '1 min read', ARRAY['ai'], true);
            INSERT INTO news_sources (id, name, type, url, rss_url, priority)
                VALUES ('s-1', 'arXiv cs.AI', 'academic', 'https://arxiv.org', 'https://arxiv.org/rss/cs.AI', 1);
            INSERT INTO news_articles (source_id, title, url, category, tags)
                VALUES ('s-1', 'A paper', 'https://arxiv.org/abs/1', 'Research', ARRAY['llm']);
            INSERT INTO news_fetch_logs (source_id, status, articles_found, articles_processed, fetch_duration)
                VALUES ('s-1', 'success', 10, 3, 1200);
            INSERT INTO voicebot_profiles (voicebot_id, company_name, configuration)
                VALUES ('voicebot_1700000000000_abcdefghi', 'Acme', '{"voice": "alloy"}');
            INSERT INTO voice_sessions (session_id, voicebot_id, company_name, room_name, worker_id, start_time, duration_seconds, status)
                VALUES ('sess-1', 'voicebot_1700000000000_abcdefghi', 'Acme', 'company_voicebot_1700000000000_abcdefghi',
                        'worker-1', '2025-01-01T10:00:00Z', 12.34, 'ended');
            INSERT INTO voicebot_metrics (id, voicebot_id, session_id, action_type, success, cost_usd, tokens_used) VALUES
                (1, 'voicebot_1700000000000_abcdefghi', 'sess-1', 'llm', true, 0.000123, 10),
                (7, 'voicebot_1700000000000_abcdefghi', NULL, 'stt', false, NULL, NULL),
                (42, 'voicebot_1700000000000_abcdefghi', 'sess-1', 'tts', true, 1.5, 5);
            INSERT INTO voicebot_usage_summaries (voicebot_id, total_actions, successful_actions, failed_actions, total_cost_usd)
                VALUES ('voicebot_1700000000000_abcdefghi', 3, 2, 1, 1.500123);
            """;

    private Fixtures() {
    }
}
