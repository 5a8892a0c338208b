package com.phiintelligence.sdk.hibernate.internal.news;

import com.phiintelligence.sdk.hibernate.internal.TextArrays;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import com.phiintelligence.sdk.news.ArticleCategory;
import com.phiintelligence.sdk.news.FetchStatus;
import com.phiintelligence.sdk.news.NewNewsArticle;
import com.phiintelligence.sdk.news.NewsArticle;
import com.phiintelligence.sdk.news.NewsArticleQuery;
import com.phiintelligence.sdk.news.NewsArticleRepository;
import com.phiintelligence.sdk.news.NewsArticleUpdate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link NewsArticleRepository} over {@link NewsArticleEntity}. Thread-safe. */
public final class HibernateNewsArticleRepository
        extends HibernateRepository<NewsArticle, String, NewsArticleEntity, NewNewsArticle, NewsArticleUpdate, NewsArticleQuery>
        implements NewsArticleRepository {
    private static final Logger LOG = LoggerFactory.getLogger(HibernateNewsArticleRepository.class);

    // ON CONFLICT DO NOTHING is what makes this race-free and keeps an enclosing transaction usable:
    // a URL taken by a committed row, or by a concurrent one once that commits, is skipped without
    // an error. Only the url key is named, so any other failure (a missing source) still raises.
    private static final String INSERT_UNLESS_URL_TAKEN = "INSERT INTO public.news_articles (id, source_id, title, url, "
            + "excerpt, content, author, published_at, category, tags, image_url, read_time, is_featured, "
            + "fetch_status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (url) DO NOTHING";
    /** URLs looked up per statement by {@link #existingUrls}, well below PostgreSQL's bind limit. */
    private static final int URL_CHUNK = 1000;

    /** @param db where the work runs */
    public HibernateNewsArticleRepository(Database db) {
        super(db, NewsArticleEntity.class, "news_articles", "id");
    }

    @Override
    protected NewsArticleEntity newEntity(NewNewsArticle c, Instant now) {
        NewsArticleEntity e = NewsArticleEntity.empty();
        e.id = newUuid();
        e.sourceId = c.sourceId();
        e.title = c.title();
        e.url = c.url();
        e.excerpt = c.excerpt();
        e.content = c.content();
        e.author = c.author();
        e.publishedAt = Times.toUtc(c.publishedAt());
        e.category = code(c.category());
        e.tags = c.tags().toArray(String[]::new);
        e.imageUrl = c.imageUrl();
        e.readTime = c.readTime();
        e.featured = c.featured();
        e.fetchStatus = c.fetchStatus().code();
        e.createdAt = Times.toUtc(now);
        return e;
    }

    @Override
    protected void applyUpdate(NewsArticleEntity e, NewsArticleUpdate u, Instant now) {
        u.sourceId().ifSet(v -> e.sourceId = v);
        u.title().ifSet(v -> e.title = v);
        u.url().ifSet(v -> e.url = v);
        u.excerpt().ifSet(v -> e.excerpt = v);
        u.content().ifSet(v -> e.content = v);
        u.author().ifSet(v -> e.author = v);
        u.publishedAt().ifSet(v -> e.publishedAt = Times.toUtc(v));
        u.category().ifSet(v -> e.category = code(v));
        u.tags().ifSet(v -> e.tags = v.toArray(String[]::new));
        u.imageUrl().ifSet(v -> e.imageUrl = v);
        u.readTime().ifSet(v -> e.readTime = v);
        u.featured().ifSet(v -> e.featured = v);
        u.fetchStatus().ifSet(v -> e.fetchStatus = v.code());
    }

    @Override
    protected NewsArticle toDomain(NewsArticleEntity e) {
        // Legacy arrays may hold NULL elements, which the API's lists never do: they are left out.
        List<String> tags = TextArrays.toList(e.tags);
        return new NewsArticle(e.id, e.sourceId, e.title, e.url, e.excerpt, e.content, e.author,
                Times.fromUtc(e.publishedAt), ArticleCategory.of(e.category), tags, e.imageUrl, e.readTime,
                Boolean.TRUE.equals(e.featured), FetchStatus.of(e.fetchStatus), Times.fromUtc(e.createdAt));
    }

    @Override
    protected NewsArticleQuery newQuery() {
        return new NewsArticleQuery(this);
    }

    @Override
    public Optional<NewsArticle> createIfAbsent(NewNewsArticle command) {
        Objects.requireNonNull(command, "command");
        NewsArticleEntity e = newEntity(command, now());
        return db.run(session -> {
            // Writes Hibernate still holds (a source persisted earlier in the same transaction) must
            // reach the database before this statement, which bypasses the session.
            session.flush();
            int inserted = session.doReturningWork(connection -> insertUnlessUrlTaken(connection, e));
            if (inserted == 0) {
                LOG.debug("news_articles: {} is already stored; skipped", e.url);
                return Optional.<NewsArticle>empty();
            }
            return Optional.of(toDomain(e));
        });
    }

    private static int insertUnlessUrlTaken(Connection connection, NewsArticleEntity e) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_UNLESS_URL_TAKEN)) {
            int i = 0;
            ps.setString(++i, e.id);
            ps.setString(++i, e.sourceId);
            ps.setString(++i, e.title);
            ps.setString(++i, e.url);
            ps.setString(++i, e.excerpt);
            ps.setString(++i, e.content);
            ps.setString(++i, e.author);
            ps.setObject(++i, e.publishedAt, Types.TIMESTAMP);
            ps.setString(++i, e.category);
            ps.setArray(++i, connection.createArrayOf("text", e.tags));
            ps.setString(++i, e.imageUrl);
            ps.setString(++i, e.readTime);
            ps.setBoolean(++i, e.featured);
            ps.setString(++i, e.fetchStatus);
            ps.setObject(++i, e.createdAt, Types.TIMESTAMP);
            return ps.executeUpdate();
        }
    }

    @Override
    public Set<String> existingUrls(Collection<String> urls) {
        Objects.requireNonNull(urls, "urls");
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(urls));
        if (distinct.contains(null)) {
            throw new NullPointerException("urls must not contain null");
        }
        if (distinct.isEmpty()) {
            return Set.of();
        }
        return db.run(session -> {
            Set<String> found = new HashSet<>();
            for (int from = 0; from < distinct.size(); from += URL_CHUNK) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + URL_CHUNK));
                found.addAll(session.createSelectionQuery(
                                "select e.url from NewsArticle e where e.url in (:urls)", String.class)
                        .setParameter("urls", chunk)
                        .getResultList());
            }
            return Collections.unmodifiableSet(found);
        });
    }

    @Override
    public Map<String, Long> countBySource() {
        return db.run(session -> grouped(session, "sourceId", key -> (String) key));
    }

    @Override
    public Map<ArticleCategory, Long> countByCategory() {
        return db.run(session -> grouped(session, "category", key -> ArticleCategory.of((String) key)));
    }

    // A LinkedHashMap, not Map.copyOf: rows without a value are counted under the key null.
    private static <K> Map<K, Long> grouped(Session session, String property, Function<Object, K> key) {
        List<Object[]> rows = session.createSelectionQuery("select e." + property + ", count(e) from NewsArticle e"
                        + " group by e." + property + " order by count(e) desc, e." + property + " asc nulls last",
                Object[].class).getResultList();
        Map<K, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.put(key.apply(row[0]), (Long) row[1]);
        }
        return Collections.unmodifiableMap(counts);
    }
}
