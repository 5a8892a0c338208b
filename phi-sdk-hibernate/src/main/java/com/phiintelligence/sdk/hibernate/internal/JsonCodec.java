package com.phiintelligence.sdk.hibernate.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.error.ValidationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Converts between the API's {@link Json} and Jackson trees for {@code jsonb} columns. Documents
 * read back are given in a canonical text (object keys sorted, compact), so that a document written
 * and the same document read back compare equal whatever order {@code jsonb} keeps keys in.
 * Thread-safe.
 */
public final class JsonCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonCodec() {
    }

    /**
     * @param json  a document, or null
     * @param field the field it is written to, for the error message
     * @return the tree, or null
     * @throws ValidationException when the text is not well-formed JSON
     */
    public static JsonNode toNode(Json json, String field) {
        if (json == null) {
            return null;
        }
        try {
            return canonical(MAPPER.readTree(json.text()));
        } catch (JsonProcessingException e) {
            throw new ValidationException(field, "must be well-formed JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    /**
     * @param node a tree, or null
     * @return the document in canonical text, or null
     */
    public static Json toJson(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        try {
            return Json.of(MAPPER.writeValueAsString(canonical(node)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode sorted = MAPPER.createObjectNode();
            for (String name : names) {
                sorted.set(name, canonical(node.get(name)));
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = MAPPER.createArrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                array.add(canonical(it.next()));
            }
            return array;
        }
        if (node.isBigDecimal()) {
            return MAPPER.getNodeFactory().numberNode(node.decimalValue().stripTrailingZeros());
        }
        return node;
    }

    /**
     * @return the shared mapper, for Hibernate's JSON format mapper
     */
    static ObjectMapper mapper() {
        return MAPPER;
    }
}
