package com.phiintelligence.sdk.hibernate.internal.news;

import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.hibernate.internal.Times;
import com.phiintelligence.sdk.internal.FetchLogRules;
import com.phiintelligence.sdk.news.FetchLogStatus;
import com.phiintelligence.sdk.news.NewNewsFetchLog;
import com.phiintelligence.sdk.news.NewsFetchLog;
import com.phiintelligence.sdk.news.NewsFetchLogQuery;
import com.phiintelligence.sdk.news.NewsFetchLogRepository;
import com.phiintelligence.sdk.news.NewsFetchLogUpdate;
import java.time.Instant;

/** {@link NewsFetchLogRepository} over {@link NewsFetchLogEntity}. Thread-safe. */
public final class HibernateNewsFetchLogRepository
        extends HibernateRepository<NewsFetchLog, String, NewsFetchLogEntity, NewNewsFetchLog, NewsFetchLogUpdate, NewsFetchLogQuery>
        implements NewsFetchLogRepository {

    /** @param db where the work runs */
    public HibernateNewsFetchLogRepository(Database db) {
        super(db, NewsFetchLogEntity.class, "news_fetch_logs", "id");
    }

    @Override
    protected NewsFetchLogEntity newEntity(NewNewsFetchLog c, Instant now) {
        NewsFetchLogEntity e = NewsFetchLogEntity.empty();
        e.id = newUuid();
        e.sourceId = c.sourceId();
        e.status = c.status().code();
        e.articlesFound = c.articlesFound();
        e.articlesProcessed = c.articlesProcessed();
        e.errorMessage = c.errorMessage();
        e.fetchDurationMillis = c.fetchDurationMillis();
        e.createdAt = Times.toUtc(now);
        return e;
    }

    @Override
    protected void applyUpdate(NewsFetchLogEntity e, NewsFetchLogUpdate u, Instant now) {
        String status = u.status().isSet() ? u.status().value().code() : e.status;
        Integer found = u.articlesFound().isSet() ? u.articlesFound().value() : e.articlesFound;
        Integer processed = u.articlesProcessed().isSet() ? u.articlesProcessed().value() : e.articlesProcessed;
        String message = u.errorMessage().isSet() ? u.errorMessage().value() : e.errorMessage;
        // Check the row as the update would leave it before touching the managed entity: a rejected
        // update must leave nothing dirty behind for an enclosing transaction to flush. Only the
        // rules the update touches are checked, so that a legacy row that already breaks one can
        // still receive unrelated changes.
        boolean countsTouched = u.articlesFound().isSet() || u.articlesProcessed().isSet();
        boolean outcomeTouched = u.status().isSet() || u.errorMessage().isSet();
        FetchLogRules.check(outcomeTouched ? FetchLogStatus.of(status) : null,
                countsTouched ? found : null, countsTouched ? processed : null, message, null);
        u.sourceId().ifSet(v -> e.sourceId = v);
        e.status = status;
        e.articlesFound = found;
        e.articlesProcessed = processed;
        e.errorMessage = message;
        u.fetchDurationMillis().ifSet(v -> e.fetchDurationMillis = v);
    }

    @Override
    protected NewsFetchLog toDomain(NewsFetchLogEntity e) {
        return new NewsFetchLog(e.id, e.sourceId, FetchLogStatus.of(e.status), e.articlesFound, e.articlesProcessed,
                e.errorMessage, e.fetchDurationMillis, Times.fromUtc(e.createdAt));
    }

    @Override
    protected NewsFetchLogQuery newQuery() {
        return new NewsFetchLogQuery(this);
    }
}
