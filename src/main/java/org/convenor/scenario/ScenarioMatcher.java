package org.convenor.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares an answer with a scenario's expectations. An expected object matches when every field it lists
 * matches (fields it leaves out are not compared); an expected list matches when each of its elements
 * matches some element of the answer's list; numbers match by value, so 250 equals 250.00.
 */
final class ScenarioMatcher {

    private ScenarioMatcher() {
    }

    /** What does not hold, one line each, with expected and actual; empty when the answer is as expected. */
    static List<String> mismatches(ObjectNode expect, ObjectNode expectNone, JsonNode answer) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : expect.properties()) {
            String field = entry.getKey();
            JsonNode actual = answer.get(field);
            if (actual == null) {
                problems.add("expect." + field + ": the answer has no field '" + field + "'; it has "
                        + answer.propertyNames());
            } else if (entry.getValue().isArray()) {
                for (JsonNode wanted : entry.getValue()) {
                    if (!containsMatch(actual, wanted)) {
                        problems.add(missing(field, wanted, actual));
                    }
                }
            } else if (!matches(entry.getValue(), actual)) {
                problems.add(field + ": expected " + entry.getValue() + " but was " + actual);
            }
        }
        for (Map.Entry<String, JsonNode> entry : expectNone.properties()) {
            String field = entry.getKey();
            JsonNode actual = answer.get(field);
            if (actual == null) {
                problems.add("expectNone." + field + ": the answer has no field '" + field + "'; it has "
                        + answer.propertyNames());
                continue;
            }
            for (JsonNode unwanted : entry.getValue().isArray() ? entry.getValue() : List.of(entry.getValue())) {
                elements(actual).stream().filter(element -> matches(unwanted, element)).findFirst()
                        .ifPresent(element -> problems.add(field + ": expected no element matching " + unwanted
                                + " but found " + element));
            }
        }
        return problems;
    }

    static boolean matches(JsonNode expected, JsonNode actual) {
        if (expected == null || expected.isNull()) {
            return actual == null || actual.isNull() || actual.isMissingNode();
        }
        if (actual == null || actual.isMissingNode()) {
            return false;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                if (!matches(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray()) {
            if (!actual.isArray()) {
                return false;
            }
            for (JsonNode element : expected) {
                if (!containsMatch(actual, element)) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static boolean containsMatch(JsonNode actual, JsonNode wanted) {
        return elements(actual).stream().anyMatch(element -> matches(wanted, element));
    }

    private static List<JsonNode> elements(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        return node.isArray() ? StreamSupport.stream(node.spliterator(), false).toList() : List.of(node);
    }

    /** Names the closest element and the fields where it differs, which is usually the whole story. */
    private static String missing(String field, JsonNode wanted, JsonNode actual) {
        List<JsonNode> candidates = elements(actual);
        if (candidates.isEmpty()) {
            return field + ": expected an element matching " + wanted + " but " + field + " is empty";
        }
        JsonNode closest = candidates.stream().max(Comparator.comparingInt(c -> agreeingFields(wanted, c))).get();
        if (!wanted.isObject() || agreeingFields(wanted, closest) == 0) {
            return field + ": expected an element matching " + wanted + " but found " + actual;
        }
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : wanted.properties()) {
            JsonNode value = closest.get(property.getKey());
            if (!matches(property.getValue(), value)) {
                differences.add(property.getKey() + " expected " + property.getValue() + " but was "
                        + (value == null ? "absent" : value));
            }
        }
        return field + ": expected an element matching " + wanted + "; the closest, " + closest + ", differs: "
                + String.join("; ", differences);
    }

    private static int agreeingFields(JsonNode wanted, JsonNode candidate) {
        if (!wanted.isObject()) {
            return 0;
        }
        int agreeing = 0;
        for (Map.Entry<String, JsonNode> property : wanted.properties()) {
            if (matches(property.getValue(), candidate.get(property.getKey()))) {
                agreeing++;
            }
        }
        return agreeing;
    }
}
