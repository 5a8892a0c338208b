package com.phiintelligence.sdk.hibernate.internal.careers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.phiintelligence.sdk.careers.Education;
import com.phiintelligence.sdk.careers.Experience;
import com.phiintelligence.sdk.careers.PersonalInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON text of an application's {@code personal_info}, {@code experience} and
 * {@code education} columns, with the website's camelCase keys. Written compactly with null
 * components left out (as the website's {@code JSON.stringify} leaves out undefined ones). Read
 * leniently: unknown keys are ignored, numbers and booleans read as their text, and a text that is
 * not JSON (or not of the expected shape) reads as empty values, logged at DEBUG without its
 * content (it is personal data). Thread-safe.
 */
final class ApplicationDocuments {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationDocuments.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ApplicationDocuments() {
    }

    static String write(PersonalInfo p) {
        ObjectNode n = MAPPER.createObjectNode();
        put(n, "firstName", p.firstName());
        put(n, "lastName", p.lastName());
        put(n, "email", p.email());
        put(n, "phone", p.phone());
        put(n, "linkedin", p.linkedin());
        put(n, "portfolio", p.portfolio());
        put(n, "location", p.location());
        put(n, "workAuthorization", p.workAuthorization());
        return text(n);
    }

    static String writeExperience(List<Experience> items) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Experience x : items) {
            ObjectNode n = array.addObject();
            put(n, "company", x.company());
            put(n, "title", x.title());
            put(n, "startDate", x.startDate());
            put(n, "endDate", x.endDate());
            n.put("current", x.current());
            put(n, "description", x.description());
        }
        return text(array);
    }

    static String writeEducation(List<Education> items) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Education x : items) {
            ObjectNode n = array.addObject();
            put(n, "institution", x.institution());
            put(n, "degree", x.degree());
            put(n, "field", x.field());
            put(n, "graduationYear", x.graduationYear());
            put(n, "gpa", x.gpa());
        }
        return text(array);
    }

    static PersonalInfo personalInfo(String stored, String id) {
        JsonNode n = parse(stored, "personal_info", id);
        if (n == null) {
            return PersonalInfo.empty();
        }
        if (!n.isObject()) {
            LOG.debug("job_applications {}: personal_info is JSON but not an object; read as empty", id);
            return PersonalInfo.empty();
        }
        return new PersonalInfo(string(n, "firstName"), string(n, "lastName"), string(n, "email"), string(n, "phone"),
                string(n, "linkedin"), string(n, "portfolio"), string(n, "location"), string(n, "workAuthorization"));
    }

    static List<Experience> experience(String stored, String id) {
        return list(parse(stored, "experience", id), "experience", id, n -> new Experience(string(n, "company"),
                string(n, "title"), string(n, "startDate"), string(n, "endDate"), bool(n, "current"),
                string(n, "description")));
    }

    static List<Education> education(String stored, String id) {
        return list(parse(stored, "education", id), "education", id, n -> new Education(string(n, "institution"),
                string(n, "degree"), string(n, "field"), string(n, "graduationYear"), string(n, "gpa")));
    }

    private static <T> List<T> list(JsonNode root, String column, String id, Function<JsonNode, T> reader) {
        if (root == null) {
            return List.of();
        }
        // A single object where a list belongs is read as a list of one.
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        List<T> items = new ArrayList<>();
        for (JsonNode n : nodes) {
            if (n.isObject()) {
                items.add(reader.apply(n));
            } else {
                LOG.debug("job_applications {}: an element of {} is not an object; skipped", id, column);
            }
        }
        return List.copyOf(items);
    }

    private static JsonNode parse(String stored, String column, String id) {
        if (stored == null || stored.isBlank()) {
            LOG.debug("job_applications {}: {} is empty; read as empty", id, column);
            return null;
        }
        try {
            JsonNode n = MAPPER.readTree(stored);
            return n == null || n.isMissingNode() || n.isNull() ? null : n;
        } catch (JsonProcessingException e) {
            LOG.debug("job_applications {}: {} is not JSON (at line {}, column {}); read as empty", id, column,
                    e.getLocation() == null ? "?" : e.getLocation().getLineNr(),
                    e.getLocation() == null ? "?" : e.getLocation().getColumnNr());
            return null;
        }
    }

    private static String string(JsonNode object, String key) {
        JsonNode v = object.get(key);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static boolean bool(JsonNode object, String key) {
        JsonNode v = object.get(key);
        if (v == null) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            return Boolean.parseBoolean(v.textValue().strip());
        }
        return v.isNumber() && v.asInt() != 0;
    }

    private static void put(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    private static String text(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
