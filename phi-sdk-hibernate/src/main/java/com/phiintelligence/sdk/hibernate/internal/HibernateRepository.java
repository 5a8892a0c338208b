package com.phiintelligence.sdk.hibernate.internal;

import com.phiintelligence.sdk.Repository;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.query.Query;
import com.phiintelligence.sdk.query.QueryExecutor;
import com.phiintelligence.sdk.query.QuerySpec;
import jakarta.persistence.LockModeType;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * The operations every table shares, over one Hibernate entity. A table's repository extends this
 * and says how a command becomes an entity, how an update changes one and how an entity becomes a
 * domain record. Thread-safe: it holds no state besides the {@link Database}.
 *
 * @param <T>  the domain record
 * @param <ID> the key type
 * @param <E>  the entity
 * @param <N>  the create command
 * @param <U>  the update command
 * @param <Q>  the query type
 */
public abstract class HibernateRepository<T, ID, E, N, U, Q extends Query<T, ?, Q>>
        implements Repository<T, ID, N, U, Q>, QueryExecutor<T> {
    /** Where the work runs. */
    protected final Database db;
    private final Class<E> entityClass;
    private final String table;
    private final HqlQueries queries;

    /**
     * @param db          where the work runs
     * @param entityClass the entity
     * @param table       the table's name, for messages
     * @param idProperty  the entity's id attribute
     */
    protected HibernateRepository(Database db, Class<E> entityClass, String table, String idProperty) {
        this.db = db;
        this.entityClass = entityClass;
        this.table = table;
        EntityType<E> type = db.sessionFactory().getMetamodel().entity(entityClass);
        Map<String, Class<?>> attributes = new LinkedHashMap<>();
        for (Attribute<? super E, ?> attribute : type.getAttributes()) {
            attributes.put(attribute.getName(), attribute.getJavaType());
        }
        this.queries = new HqlQueries(type.getName(), idProperty, attributes);
    }

    /**
     * @param command the create command, already checked by its constructor
     * @param now     the time that stamps the row
     * @return a new entity with every column set, key included
     */
    protected abstract E newEntity(N command, Instant now);

    /**
     * @param entity  the managed entity
     * @param command the update
     * @param now     the time that stamps the change
     */
    protected abstract void applyUpdate(E entity, U command, Instant now);

    /**
     * @param entity an entity
     * @return its domain record
     */
    protected abstract T toDomain(E entity);

    /** @return a new query bound to this repository */
    protected abstract Q newQuery();

    /** @return the table's name */
    protected final String table() {
        return table;
    }

    /** @return the instant that stamps a write, to the microsecond */
    protected final Instant now() {
        return Times.now(db.clock());
    }

    /**
     * Takes a transaction-scoped advisory lock on a key, so that the SDK's writers that would
     * otherwise race on a check-then-write (a free slug, a source's name) take turns; released at
     * commit or rollback, so it holds behind a pooler in transaction mode too.
     *
     * @param session the session of the running transaction
     * @param key     what is being serialised, for example {@code phi-sdk:blog_posts.slug:hello}
     */
    protected static void lockKey(Session session, String key) {
        session.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:key))) l", Long.class)
                .setParameter("key", key)
                .getSingleResult();
    }

    @Override
    public T create(N command) {
        Objects.requireNonNull(command, "command");
        return db.run(session -> {
            E entity = newEntity(command, now());
            session.persist(entity);
            session.flush();
            return toDomain(entity);
        });
    }

    @Override
    public Optional<T> find(ID id) {
        Objects.requireNonNull(id, "id");
        return db.run(session -> Optional.ofNullable(session.find(entityClass, id)).map(this::toDomain));
    }

    @Override
    public T get(ID id) {
        return find(id).orElseThrow(() -> new NotFoundException(table, id));
    }

    @Override
    public T update(ID id, U command) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(command, "command");
        return db.run(session -> {
            E entity = session.find(entityClass, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                throw new NotFoundException(table, id);
            }
            applyUpdate(entity, command, now());
            session.flush();
            return toDomain(entity);
        });
    }

    @Override
    public boolean delete(ID id) {
        Objects.requireNonNull(id, "id");
        return db.run(session -> {
            E entity = session.find(entityClass, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                return false;
            }
            session.remove(entity);
            session.flush();
            return true;
        });
    }

    @Override
    public Q query() {
        return newQuery();
    }

    @Override
    public List<T> list(QuerySpec spec, long offset, Integer limit) {
        return db.run(session -> {
            SelectionQuery<E> query = selection(session, spec);
            if (offset > 0) {
                query.setFirstResult(Math.toIntExact(offset));
            }
            if (limit != null) {
                query.setMaxResults(limit);
            }
            return query.getResultList().stream().map(this::toDomain).toList();
        });
    }

    @Override
    public long count(QuerySpec spec) {
        return db.run(session -> {
            Map<String, Object> params = new HashMap<>();
            SelectionQuery<Long> query = session.createSelectionQuery(queries.count(spec, params), Long.class);
            params.forEach(query::setParameter);
            return query.getSingleResult();
        });
    }

    @Override
    public Stream<T> stream(QuerySpec spec) {
        Session joined = db.currentSession();
        Session session = joined != null ? joined : db.openDetached();
        try {
            SelectionQuery<E> query = selection(session, spec);
            if (spec.limit() != null) {
                query.setMaxResults(spec.limit());
            }
            query.setFetchSize(200);
            Stream<T> rows = query.getResultStream().map(entity -> {
                T row = toDomain(entity);
                session.detach(entity);
                return row;
            });
            return joined != null ? rows : rows.onClose(() -> db.finish(session));
        } catch (RuntimeException e) {
            if (joined == null) {
                db.finish(session);
            }
            throw ErrorMapper.map(e);
        }
    }

    private SelectionQuery<E> selection(Session session, QuerySpec spec) {
        Map<String, Object> params = new HashMap<>();
        SelectionQuery<E> query = session.createSelectionQuery(queries.select(spec, params), entityClass);
        params.forEach(query::setParameter);
        return query;
    }

    /**
     * @param value a vocabulary value, or null
     * @param <C>   the code type
     * @return its stored code, or null
     */
    protected static <C> C code(com.phiintelligence.sdk.Vocabulary<C> value) {
        return value == null ? null : value.code();
    }

    /**
     * A new random key as text, in the form {@code gen_random_uuid()} gives.
     *
     * @return a new key
     */
    protected static String newUuid() {
        return java.util.UUID.randomUUID().toString();
    }
}
