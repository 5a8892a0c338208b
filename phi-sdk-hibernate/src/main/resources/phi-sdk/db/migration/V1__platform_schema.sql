-- V1: the platform's target schema (spec schema.sql: 13 tables, 14 named indexes), same shape.
--
-- Every name is qualified with public: Flyway sets search_path to the SDK's own schema while it
-- migrates, and the production pooler (Neon, transaction mode) keeps no session state, so nothing
-- here may depend on search_path. Constraints are left unnamed on purpose: PostgreSQL then gives
-- them the same default names (users_pkey, users_username_key, job_applications_job_id_fkey, ...)
-- as in a database created by the website's tooling from schema.sql, which the SDK also adopts.
--
-- Released migration: never edit it; change the schema in a new V<n>__<what>.sql.

CREATE TABLE public.users (
    id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(),
    username TEXT NOT NULL UNIQUE,
    password TEXT NOT NULL
);

CREATE TABLE public.admin_users (
    id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(),
    username TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE,
    password TEXT NOT NULL,
    role TEXT DEFAULT 'admin',
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMP DEFAULT NOW()
);

CREATE TABLE public.contacts (
    id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    company TEXT,
    service TEXT,
    message TEXT NOT NULL,
    status TEXT DEFAULT 'new',
    notes TEXT,
    priority TEXT DEFAULT 'medium',
    source TEXT DEFAULT 'contact_form',
    response_time_hours INTEGER,
    last_contacted_at TIMESTAMP,
    assigned_to TEXT,
    created_at TIMESTAMP DEFAULT NOW()
);

CREATE TABLE public.jobs (
    id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(),
    title TEXT NOT NULL,
    location TEXT NOT NULL,
    type TEXT NOT NULL,
    description TEXT NOT NULL,
    requirements TEXT[],
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMP DEFAULT NOW()
);

CREATE TABLE public.job_applications (
    id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id VARCHAR NOT NULL REFERENCES public.jobs(id),
    personal_info TEXT NOT NULL,
    experience TEXT NOT NULL,
    education TEXT NOT NULL,
    skills TEXT[],
    cover_letter TEXT NOT NULL,
    resume_url TEXT NOT NULL,
    status TEXT DEFAULT 'pending',
    created_at TIMESTAMP DEFAULT NOW(),
    updated_at TIMESTAMP DEFAULT NOW(),
    notes TEXT,
    priority TEXT DEFAULT 'medium',
    rating INTEGER,
    assigned_to TEXT,
    interview_date TIMESTAMP
);

CREATE TABLE public.blog_posts (
    id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(),
    title TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    excerpt TEXT NOT NULL,
    content TEXT NOT NULL,
    author TEXT NOT NULL,
    published_at TIMESTAMP DEFAULT NOW(),
    read_time TEXT,
    tags TEXT[],
    featured BOOLEAN DEFAULT false
);

CREATE TABLE public.news_sources (
    id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(),
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    url TEXT NOT NULL,
    rss_url TEXT,
    api_key TEXT,
    last_fetch TIMESTAMP,
    status TEXT DEFAULT 'active',
    priority INTEGER DEFAULT 1,
    created_at TIMESTAMP DEFAULT NOW()
);

CREATE TABLE public.news_articles (
    id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(),
    source_id VARCHAR REFERENCES public.news_sources(id),
    title TEXT NOT NULL,
    url TEXT NOT NULL UNIQUE,
    excerpt TEXT,
    content TEXT,
    author TEXT,
    published_at TIMESTAMP,
    category TEXT,
    tags TEXT[],
    image_url TEXT,
    read_time TEXT,
    is_featured BOOLEAN DEFAULT false,
    fetch_status TEXT DEFAULT 'pending',
    created_at TIMESTAMP DEFAULT NOW()
);

CREATE TABLE public.news_fetch_logs (
    id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(),
    source_id VARCHAR REFERENCES public.news_sources(id),
    status TEXT NOT NULL,
    articles_found INTEGER DEFAULT 0,
    articles_processed INTEGER DEFAULT 0,
    error_message TEXT,
    fetch_duration INTEGER,
    created_at TIMESTAMP DEFAULT NOW()
);

CREATE TABLE public.voicebot_profiles (
    voicebot_id VARCHAR(255) PRIMARY KEY,
    company_name VARCHAR(500) NOT NULL,
    description TEXT,
    status VARCHAR(50) DEFAULT 'active',
    livekit_instance VARCHAR(100) DEFAULT 'company',
    configuration JSONB,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE TABLE public.voice_sessions (
    session_id VARCHAR PRIMARY KEY DEFAULT gen_random_uuid(),
    voicebot_id VARCHAR(255) NOT NULL REFERENCES public.voicebot_profiles(voicebot_id),
    company_name VARCHAR(500) NOT NULL,
    room_name VARCHAR(255) NOT NULL,
    worker_id VARCHAR(255) NOT NULL,
    start_time TIMESTAMP WITH TIME ZONE NOT NULL,
    end_time TIMESTAMP WITH TIME ZONE,
    duration_seconds NUMERIC(10,2),
    status VARCHAR(50) DEFAULT 'active',
    performance_metrics JSONB,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE TABLE public.voicebot_metrics (
    id INTEGER PRIMARY KEY,
    voicebot_id VARCHAR(255) NOT NULL REFERENCES public.voicebot_profiles(voicebot_id),
    session_id VARCHAR(255) REFERENCES public.voice_sessions(session_id),
    user_id VARCHAR(255),
    action_type VARCHAR(100) NOT NULL,
    action_details JSONB,
    success BOOLEAN NOT NULL DEFAULT true,
    response_time_ms INTEGER,
    tokens_used INTEGER,
    cost_usd NUMERIC(10,6),
    error_message TEXT,
    metadata JSONB,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE TABLE public.voicebot_usage_summaries (
    voicebot_id VARCHAR(255) PRIMARY KEY,
    total_actions INTEGER DEFAULT 0,
    successful_actions INTEGER DEFAULT 0,
    failed_actions INTEGER DEFAULT 0,
    total_response_time_ms BIGINT DEFAULT 0,
    total_tokens_used BIGINT DEFAULT 0,
    total_cost_usd NUMERIC(10,6) DEFAULT 0,
    last_activity TIMESTAMP WITH TIME ZONE,
    last_action_type VARCHAR(100),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

-- Foreign-key indexes
CREATE INDEX idx_job_applications_job_id ON public.job_applications(job_id);
CREATE INDEX idx_voice_sessions_voicebot_id ON public.voice_sessions(voicebot_id);
CREATE INDEX idx_voicebot_metrics_voicebot_id ON public.voicebot_metrics(voicebot_id);
CREATE INDEX idx_voicebot_metrics_session_id ON public.voicebot_metrics(session_id);
CREATE INDEX idx_news_articles_source_id ON public.news_articles(source_id);
CREATE INDEX idx_news_fetch_logs_source_id ON public.news_fetch_logs(source_id);

-- Business-logic indexes
CREATE INDEX job_applications_status_idx ON public.job_applications(status);
CREATE INDEX job_applications_priority_idx ON public.job_applications(priority);
CREATE INDEX job_applications_assigned_to_idx ON public.job_applications(assigned_to);
CREATE INDEX job_applications_interview_date_idx ON public.job_applications(interview_date);

-- Voice-system indexes
CREATE INDEX idx_voice_sessions_status ON public.voice_sessions(status);
CREATE INDEX idx_voice_sessions_start_time ON public.voice_sessions(start_time);
CREATE INDEX idx_voice_sessions_company_name ON public.voice_sessions(company_name);
CREATE INDEX idx_voice_sessions_created_at ON public.voice_sessions(created_at);
