package com.phiintelligence.sdk.hibernate.internal;

import com.phiintelligence.sdk.query.Filter;
import com.phiintelligence.sdk.query.QuerySpec;
import com.phiintelligence.sdk.query.SortDirection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Translates a {@link QuerySpec} into HQL over one entity. Property names come from the API's
 * typed query methods and are checked against the entity's attributes, values are always bound as
 * parameters, so nothing a caller types reaches the query text. Instants compared with
 * {@code timestamp} columns are converted with the UTC convention of {@link Times}.
 */
final class HqlQueries {
    private static final Pattern PROPERTY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    private final String entityName;
    private final String idProperty;
    private final Map<String, Class<?>> attributeTypes;

    /**
     * @param entityName     the entity's HQL name
     * @param idProperty     its id attribute, the last sort key of every query
     * @param attributeTypes its attributes and their Java types
     */
    HqlQueries(String entityName, String idProperty, Map<String, Class<?>> attributeTypes) {
        this.entityName = entityName;
        this.idProperty = idProperty;
        this.attributeTypes = Map.copyOf(attributeTypes);
    }

    String select(QuerySpec spec, Map<String, Object> params) {
        StringBuilder hql = new StringBuilder("from ").append(entityName).append(" e");
        where(spec, params, hql);
        StringJoiner order = new StringJoiner(", ", " order by ", "");
        boolean idSorted = false;
        for (QuerySpec.Sort sort : spec.sorts()) {
            String property = checked(sort.property());
            idSorted |= property.equals(idProperty);
            order.add("e." + property + (sort.direction() == SortDirection.DESC ? " desc" : " asc") + " nulls last");
        }
        if (!idSorted) {
            order.add("e." + idProperty + " asc");
        }
        return hql.append(order).toString();
    }

    String count(QuerySpec spec, Map<String, Object> params) {
        StringBuilder hql = new StringBuilder("select count(e) from ").append(entityName).append(" e");
        where(spec, params, hql);
        return hql.toString();
    }

    private void where(QuerySpec spec, Map<String, Object> params, StringBuilder hql) {
        StringJoiner conditions = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        for (Filter filter : spec.filters()) {
            conditions.add(condition(filter, params));
        }
        hql.append(conditions);
    }

    private String condition(Filter filter, Map<String, Object> params) {
        String first = checked(filter.properties().get(0));
        String param = "p" + params.size();
        switch (filter.operator()) {
            case IS_NULL:
                return "e." + first + " is null";
            case IS_NOT_NULL:
                return "e." + first + " is not null";
            case EQ:
                params.put(param, convert(first, filter.value()));
                return "e." + first + " = :" + param;
            case GE:
                params.put(param, convert(first, filter.value()));
                return "e." + first + " >= :" + param;
            case LT:
                params.put(param, convert(first, filter.value()));
                return "e." + first + " < :" + param;
            case LE:
                params.put(param, convert(first, filter.value()));
                return "e." + first + " <= :" + param;
            case IN:
                params.put(param, ((Collection<?>) filter.value()).stream().map(v -> convert(first, v)).toList());
                return "e." + first + " in (:" + param + ")";
            case ARRAY_CONTAINS:
                params.put(param, filter.value());
                // Not array_contains: for a String[] attribute Hibernate casts the value to
                // varchar[], and PostgreSQL has no text[] @> varchar[] operator for the platform's
                // text[] columns; array_position compares elements as text.
                return "array_contains_nullable(e." + first + ", :" + param + ")";
            case CONTAINS_IGNORE_CASE:
                params.put(param, "%" + escapeLike(String.valueOf(filter.value()).toLowerCase(Locale.ROOT)) + "%");
                StringJoiner any = new StringJoiner(" or ", "(", ")");
                for (String property : filter.properties()) {
                    any.add("lower(e." + checked(property) + ") like :" + param + " escape '\\'");
                }
                return any.toString();
            default:
                throw new IllegalArgumentException("unsupported operator " + filter.operator());
        }
    }

    private Object convert(String property, Object value) {
        if (value instanceof Instant instant && attributeTypes.get(property) == LocalDateTime.class) {
            return Times.toUtc(instant);
        }
        return value;
    }

    private String checked(String property) {
        if (!PROPERTY.matcher(property).matches() || !attributeTypes.containsKey(property)) {
            throw new IllegalArgumentException(entityName + " has no property " + property);
        }
        return property;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
