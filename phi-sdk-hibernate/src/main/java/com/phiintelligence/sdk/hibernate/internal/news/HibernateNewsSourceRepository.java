package com.phiintelligence.sdk.hibernate.internal.news;

import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import com.phiintelligence.sdk.news.NewNewsSource;
import com.phiintelligence.sdk.news.NewsSource;
import com.phiintelligence.sdk.news.NewsSourceQuery;
import com.phiintelligence.sdk.news.NewsSourceRepository;
import com.phiintelligence.sdk.news.NewsSourceUpdate;
import com.phiintelligence.sdk.news.SourcePriority;
import com.phiintelligence.sdk.news.SourceStatus;
import com.phiintelligence.sdk.news.SourceType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** {@link NewsSourceRepository} over {@link NewsSourceEntity}. Thread-safe. */
public final class HibernateNewsSourceRepository
        extends HibernateRepository<NewsSource, String, NewsSourceEntity, NewNewsSource, NewsSourceUpdate, NewsSourceQuery>
        implements NewsSourceRepository {

    /** @param db where the work runs */
    public HibernateNewsSourceRepository(Database db) {
        super(db, NewsSourceEntity.class, "news_sources", "id");
    }

    /** Serialises the SDK's registrations of one name with an advisory lock, then finds or creates. */
    @Override
    public NewsSource findOrCreate(NewNewsSource source) {
        Objects.requireNonNull(source, "source");
        return db.run(session -> {
            lockKey(session, "phi-sdk:news_sources.name:" + source.name());
            List<NewsSourceEntity> named = session.createSelectionQuery(
                            "from NewsSource e where e.name = :name order by e.createdAt nulls last, e.id", NewsSourceEntity.class)
                    .setParameter("name", source.name())
                    .setMaxResults(1)
                    .getResultList();
            if (!named.isEmpty()) {
                return toDomain(named.get(0));
            }
            NewsSourceEntity e = newEntity(source, now());
            session.persist(e);
            session.flush();
            return toDomain(e);
        });
    }

    @Override
    protected NewsSourceEntity newEntity(NewNewsSource c, Instant now) {
        NewsSourceEntity e = NewsSourceEntity.empty();
        e.id = newUuid();
        e.name = c.name();
        e.type = c.type().code();
        e.url = c.url();
        e.rssUrl = c.rssUrl();
        e.apiKey = c.apiKey();
        e.status = c.status().code();
        e.priority = c.priority().code();
        e.createdAt = Times.toUtc(now);
        return e;
    }

    @Override
    protected void applyUpdate(NewsSourceEntity e, NewsSourceUpdate u, Instant now) {
        u.name().ifSet(v -> e.name = v);
        u.type().ifSet(v -> e.type = v.code());
        u.url().ifSet(v -> e.url = v);
        u.rssUrl().ifSet(v -> e.rssUrl = v);
        u.apiKey().ifSet(v -> e.apiKey = v);
        u.lastFetch().ifSet(v -> e.lastFetch = Times.toUtc(v));
        u.status().ifSet(v -> e.status = v.code());
        u.priority().ifSet(v -> e.priority = v.code());
    }

    @Override
    protected NewsSource toDomain(NewsSourceEntity e) {
        return new NewsSource(e.id, e.name, SourceType.of(e.type), e.url, e.rssUrl, e.apiKey,
                Times.fromUtc(e.lastFetch), SourceStatus.of(e.status), SourcePriority.of(e.priority),
                Times.fromUtc(e.createdAt));
    }

    @Override
    protected NewsSourceQuery newQuery() {
        return new NewsSourceQuery(this);
    }
}
