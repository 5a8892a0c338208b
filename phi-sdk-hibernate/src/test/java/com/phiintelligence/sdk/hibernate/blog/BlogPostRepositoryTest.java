package com.phiintelligence.sdk.hibernate.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.blog.BlogPost;
import com.phiintelligence.sdk.blog.BlogPostSort;
import com.phiintelligence.sdk.blog.BlogPostUpdate;
import com.phiintelligence.sdk.blog.NewBlogPost;
import com.phiintelligence.sdk.error.ConflictException;
import com.phiintelligence.sdk.error.NotFoundException;
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
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

@PhiTest
class BlogPostRepositoryTest {

    private static NewBlogPost.Builder post(String title) {
        return NewBlogPost.builder().title(title).excerpt("About " + title).content("Some words about " + title)
                .author("Ada");
    }

    private static String words(int n) {
        return String.join(" ", java.util.Collections.nCopies(n, "word"));
    }

    private static void sql(ConnectionInfo db, String statement) throws Exception {
        try (Connection c = db.open();
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static void rejects(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }

    @Test
    void roundTripsEveryColumn(PhiSdk phi) {
        Instant published = Instant.parse("2026-01-02T03:04:05.123456Z");
        BlogPost created = phi.blogPosts().create(NewBlogPost.builder().title("Voice Agents in 2026").slug("voice-agents")
                .excerpt("What changed").content(words(450)).author("Grace Hopper").publishedAt(published)
                .tags(List.of("AI", "voice", "LiveKit, rooms", "")).featured(true).build());
        assertThat(created).isEqualTo(new BlogPost(created.id(), "Voice Agents in 2026", "voice-agents", "What changed",
                words(450), "Grace Hopper", published, "3 min read", List.of("AI", "voice", "LiveKit, rooms", ""), true));
        assertThat(created.id()).hasSize(36);
        assertThat(phi.blogPosts().get(created.id())).isEqualTo(created);
        assertThat(phi.blogPosts().findBySlug("voice-agents")).contains(created);

        BlogPost updated = phi.blogPosts().update(created.id(), BlogPostUpdate.builder().title("Voice Agents, Revisited")
                .slug("voice-agents-revisited").excerpt("Again").content("Short now.").author("Ada")
                .publishedAt(null).tags(List.of()).featured(false).build());
        assertThat(updated).isEqualTo(new BlogPost(created.id(), "Voice Agents, Revisited", "voice-agents-revisited",
                "Again", "Short now.", "Ada", null, "1 min read", List.of(), false));
        assertThat(phi.blogPosts().get(created.id())).isEqualTo(updated);
        assertThat(phi.blogPosts().findBySlug("voice-agents")).isEmpty();

        BlogPost retitled = phi.blogPosts().update(created.id(), BlogPostUpdate.builder().title("Another Title")
                .tags(null).publishedAt(published.plusNanos(999)).build());
        assertThat(retitled.slug()).isEqualTo("voice-agents-revisited");
        assertThat(retitled.tags()).isEmpty();
        assertThat(retitled.publishedAt()).isEqualTo(published);
        assertThat(phi.blogPosts().get(created.id())).isEqualTo(retitled);
    }

    @Test
    void derivesUniqueSlugsFromTitles(PhiSdk phi) {
        assertThat(phi.blogPosts().create(post("Héllo, Wörld! Don't   panic…").build()).slug())
                .isEqualTo("hello-world-dont-panic");
        assertThat(phi.blogPosts().create(post("Hello World: Don’t Panic").build()).slug())
                .isEqualTo("hello-world-dont-panic-2");
        assertThat(phi.blogPosts().create(post("hello world dont panic").build()).slug())
                .isEqualTo("hello-world-dont-panic-3");
        assertThat(phi.blogPosts().create(post("Straße, Æsir, Øresund, Łódź").build()).slug())
                .isEqualTo("strasse-aesir-oresund-lodz");
        assertThat(phi.blogPosts().create(post("!!!").build()).slug()).isEqualTo("post");
        assertThat(phi.blogPosts().create(post("日本語").build()).slug()).isEqualTo("post-2");
        // A title whose own slug looks like a suffixed one is still only made unique when taken.
        assertThat(phi.blogPosts().create(post("Top 10").build()).slug()).isEqualTo("top-10");
        assertThat(phi.blogPosts().create(post("Top").build()).slug()).isEqualTo("top");
        assertThat(phi.blogPosts().create(post("Top").build()).slug()).isEqualTo("top-2");
        String longTitle = "A very long title that goes on and on about voice agents workforce management and more "
                + "until it passes eighty characters";
        String slug = phi.blogPosts().create(post(longTitle).build()).slug();
        assertThat(slug).hasSizeLessThanOrEqualTo(80).startsWith("a-very-long-title").doesNotEndWith("-");
    }

    @Test
    void computesTheReadingTimeFromTheContent(PhiSdk phi) {
        assertThat(phi.blogPosts().create(post("One").content("word").build()).readTime()).isEqualTo("1 min read");
        assertThat(phi.blogPosts().create(post("Two").content(words(200)).build()).readTime()).isEqualTo("1 min read");
        assertThat(phi.blogPosts().create(post("Three").content(words(201)).build()).readTime()).isEqualTo("2 min read");
        BlogPost p = phi.blogPosts().create(post("Four").content("  spaced\n\tout  words ").build());
        assertThat(p.readTime()).isEqualTo("1 min read");
        assertThat(phi.blogPosts().update(p.id(), BlogPostUpdate.builder().content(words(1001)).build()).readTime())
                .isEqualTo("6 min read");
        assertThat(phi.blogPosts().update(p.id(), BlogPostUpdate.builder().title("x").build()).readTime())
                .isEqualTo("6 min read");
    }

    @Test
    void publishesNowByDefault(PhiSdk phi) {
        Instant before = Instant.now().minusSeconds(1);
        BlogPost p = phi.blogPosts().create(post("Now").build());
        assertThat(p.publishedAt()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(p.featured()).isFalse();
        assertThat(p.tags()).isEmpty();
        assertThat(phi.blogPosts().get(p.id())).isEqualTo(p);
    }

    @Test
    void readsLegacyRowsWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        sql(db, "INSERT INTO blog_posts (id, title, slug, excerpt, content, author, published_at, read_time, tags, featured)"
                + " VALUES ('old', 'Old', 'old', 'e', 'c', 'a', NULL, NULL, NULL, NULL),"
                + " ('odd', 'Odd', 'Odd Slug!', 'e', 'c', 'a', '2021-03-04 05:06:07.890123', 'a while', ARRAY['x', NULL], true)");
        BlogPost old = phi.blogPosts().get("old");
        assertThat(old.publishedAt()).isNull();
        assertThat(old.readTime()).isNull();
        assertThat(old.tags()).isEmpty();
        assertThat(old.featured()).isFalse();
        BlogPost odd = phi.blogPosts().findBySlug("Odd Slug!").orElseThrow();
        assertThat(odd.publishedAt()).isEqualTo(Instant.parse("2021-03-04T05:06:07.890123Z"));
        assertThat(odd.readTime()).isEqualTo("a while");
        assertThat(odd.tags()).containsExactly("x");
        assertThat(phi.blogPosts().query().list()).containsExactly(odd, old);
        assertThat(phi.blogPosts().query().tag("x").list()).containsExactly(odd);
    }

    @Test
    void queriesFilterSortAndPage(PhiSdk phi) {
        Instant t = Instant.parse("2025-06-01T12:00:00Z");
        BlogPost a = phi.blogPosts().create(post("Alpha").publishedAt(t).tags(List.of("ai", "voice")).build());
        BlogPost b = phi.blogPosts().create(post("Bravo").publishedAt(t.plusSeconds(60)).tags(List.of("ml")).featured(true)
                .author("Grace").content("Deep learning, in depth").build());
        BlogPost c = phi.blogPosts().create(post("Charlie").publishedAt(t.minusSeconds(60)).tags(List.of("voice"))
                .featured(true).build());

        assertThat(phi.blogPosts().query().list()).containsExactly(b, a, c);
        assertThat(phi.blogPosts().query().featuredOnly().list()).containsExactly(b, c);
        assertThat(phi.blogPosts().query().tag("voice").list()).containsExactly(a, c);
        assertThat(phi.blogPosts().query().tag("Voice").count()).isZero();
        assertThat(phi.blogPosts().query().tag("voice").featuredOnly().list()).containsExactly(c);
        assertThat(phi.blogPosts().query().publishedBetween(t, null).list()).containsExactly(b, a);
        assertThat(phi.blogPosts().query().publishedBetween(null, t).list()).containsExactly(c);
        assertThat(phi.blogPosts().query().author("Grace").list()).containsExactly(b);
        assertThat(phi.blogPosts().query().search("DEEP learning").list()).containsExactly(b);
        assertThat(phi.blogPosts().query().search("about char").list()).containsExactly(c);
        Page<BlogPost> page = phi.blogPosts().query().orderBy(BlogPostSort.TITLE, SortDirection.ASC).page(1, 2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).containsExactly(c);
        assertThat(page.hasNext()).isFalse();
        assertThat(phi.blogPosts().query().orderBy(BlogPostSort.SLUG, SortDirection.DESC).first()).contains(c);
    }

    @Test
    void aTakenSlugIsAConflict(PhiSdk phi) {
        BlogPost first = phi.blogPosts().create(post("First").slug("taken").build());
        assertThatThrownBy(() -> phi.blogPosts().create(post("Second").slug("taken").build()))
                .isInstanceOf(ConflictException.class);
        BlogPost second = phi.blogPosts().create(post("Second").build());
        assertThatThrownBy(() -> phi.blogPosts().update(second.id(), BlogPostUpdate.builder().slug("taken").build()))
                .isInstanceOf(ConflictException.class);
        assertThat(phi.blogPosts().get(first.id())).isEqualTo(first);
        assertThat(phi.blogPosts().get(second.id()).slug()).isEqualTo("second");
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule(PhiSdk phi) {
        String shape = "must be lower-case ASCII letters and digits joined by single hyphens";
        rejects(() -> post("t").slug("Bad Slug").build(), "slug", shape);
        rejects(() -> post("t").slug("double--hyphen").build(), "slug", shape);
        rejects(() -> post("t").slug("-edge").build(), "slug", shape);
        rejects(() -> post("t").slug("").build(), "slug", "must not be blank");
        rejects(() -> BlogPostUpdate.builder().slug(null).build(), "slug", "is required");
        rejects(() -> BlogPostUpdate.builder().slug("Ünïcode").build(), "slug", shape);
        rejects(() -> post(" ").build(), "title", "must not be blank");
        rejects(() -> post("t").excerpt(null).build(), "excerpt", "is required");
        rejects(() -> post("t").content("").build(), "content", "must not be blank");
        rejects(() -> post("t").author(null).build(), "author", "is required");
        rejects(() -> post("t").tags(Arrays.asList("a", null)).build(), "tags", "must not contain null elements");
        rejects(() -> BlogPostUpdate.builder().content(" ").build(), "content", "must not be blank");
        assertThatThrownBy(() -> phi.blogPosts().get("missing"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("blog_posts"));
        assertThatThrownBy(() -> phi.blogPosts().update("missing", BlogPostUpdate.builder().featured(true).build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(phi.blogPosts().delete("missing")).isFalse();
        assertThat(phi.blogPosts().findBySlug("missing")).isEmpty();
    }

    @Test
    void deletesAPost(PhiSdk phi) {
        BlogPost p = phi.blogPosts().create(post("Gone").build());
        assertThat(phi.blogPosts().delete(p.id())).isTrue();
        assertThat(phi.blogPosts().findBySlug("gone")).isEmpty();
        assertThat(phi.blogPosts().create(post("Gone").build()).slug()).isEqualTo("gone");
    }
}
