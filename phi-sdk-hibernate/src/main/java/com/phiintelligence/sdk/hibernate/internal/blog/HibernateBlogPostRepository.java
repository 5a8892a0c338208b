package com.phiintelligence.sdk.hibernate.internal.blog;

import com.phiintelligence.sdk.hibernate.internal.TextArrays;
import com.phiintelligence.sdk.blog.BlogPost;
import com.phiintelligence.sdk.blog.BlogPostQuery;
import com.phiintelligence.sdk.blog.BlogPostRepository;
import com.phiintelligence.sdk.blog.BlogPostUpdate;
import com.phiintelligence.sdk.blog.NewBlogPost;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/** {@link BlogPostRepository} over {@link BlogPostEntity}. Thread-safe. */
public final class HibernateBlogPostRepository
        extends HibernateRepository<BlogPost, String, BlogPostEntity, NewBlogPost, BlogPostUpdate, BlogPostQuery>
        implements BlogPostRepository {

    /** @param db where the work runs */
    public HibernateBlogPostRepository(Database db) {
        super(db, BlogPostEntity.class, "blog_posts", "id");
    }

    /** Derives a free slug when the command has none. */
    @Override
    public BlogPost create(NewBlogPost command) {
        Objects.requireNonNull(command, "command");
        return db.run(session -> {
            BlogPostEntity e = newEntity(command, now());
            if (e.slug == null) {
                e.slug = freeSlug(session, Slugs.fromTitle(command.title()));
            }
            session.persist(e);
            session.flush();
            return toDomain(e);
        });
    }

    /**
     * Serialises the SDK's writers that derive the same slug with a transaction-scoped advisory
     * lock, so that two posts with one title get {@code x} and {@code x-2} rather than a conflict.
     * (A writer outside the SDK can still race; the unique key then turns that into a
     * {@link com.phiintelligence.sdk.error.ConflictException}.)
     */
    private static String freeSlug(Session session, String base) {
        lockKey(session, "phi-sdk:blog_posts.slug:" + base);
        List<String> taken = session.createSelectionQuery(
                        "select e.slug from BlogPost e where e.slug = :base or e.slug like :prefix", String.class)
                .setParameter("base", base)
                .setParameter("prefix", base + "-%")
                .getResultList();
        return Slugs.firstFree(base, taken);
    }

    @Override
    protected BlogPostEntity newEntity(NewBlogPost c, Instant now) {
        BlogPostEntity e = BlogPostEntity.empty();
        e.id = newUuid();
        e.title = c.title();
        e.slug = c.slug();
        e.excerpt = c.excerpt();
        e.content = c.content();
        e.author = c.author();
        e.publishedAt = Times.toUtc(c.publishedAt() != null ? c.publishedAt() : now);
        e.readTime = ReadTime.of(c.content());
        e.tags = TextArrays.toArray(c.tags());
        e.featured = c.featured();
        return e;
    }

    @Override
    protected void applyUpdate(BlogPostEntity e, BlogPostUpdate u, Instant now) {
        u.title().ifSet(v -> e.title = v);
        u.slug().ifSet(v -> e.slug = v);
        u.excerpt().ifSet(v -> e.excerpt = v);
        u.content().ifSet(v -> {
            e.content = v;
            e.readTime = ReadTime.of(v);
        });
        u.author().ifSet(v -> e.author = v);
        u.publishedAt().ifSet(v -> e.publishedAt = Times.toUtc(v));
        u.tags().ifSet(v -> e.tags = TextArrays.toArray(v));
        u.featured().ifSet(v -> e.featured = v);
    }

    @Override
    protected BlogPost toDomain(BlogPostEntity e) {
        List<String> tags = TextArrays.toList(e.tags);
        return new BlogPost(e.id, e.title, e.slug, e.excerpt, e.content, e.author, Times.fromUtc(e.publishedAt),
                e.readTime, tags, Boolean.TRUE.equals(e.featured));
    }

    @Override
    protected BlogPostQuery newQuery() {
        return new BlogPostQuery(this);
    }

    @Override
    public Optional<BlogPost> findBySlug(String slug) {
        Objects.requireNonNull(slug, "slug");
        return db.run(session -> session.createSelectionQuery("from BlogPost e where e.slug = :slug", BlogPostEntity.class)
                .setParameter("slug", slug)
                .uniqueResultOptional()
                .map(this::toDomain));
    }
}
