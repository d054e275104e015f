package org.convenor.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares an answer with a scenario's expectations. An expected object matches when every field it lists
 * matches (fields it leaves out are not compared); an expected list matches when each of its elements
 * matches some element of the answer's list; numbers match by value, so 250 equals 250.00.
 *
 * <p>What does not hold is told per field path. An expected element that matches nothing is compared with the
 * answer element it is about: the one with the same identifying fields ({@link #IDENTIFYING}) when there is
 * one, so a changed severity reads {@code expect.alerts[2].severity: expected WARNING, actual CRITICAL}.
 */
final class ScenarioMatcher {

    /** The fields that say which element an expected object is about; the accept step never rewrites them. */
    static final List<String> IDENTIFYING = List.of("memberId", "sector", "kind");

    static final JsonNode NO_MATCH = JsonNodeFactory.instance.stringNode("no match");

    private static final int LISTED_AT_MOST = 5;

    private ScenarioMatcher() {
    }

    /** Every expectation that does not hold, one per field path; empty when the answer is as expected. */
    static List<ScenarioFailure> mismatches(ObjectNode expect, ObjectNode expectNone, JsonNode answer) {
        List<ScenarioFailure> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : expect.properties()) {
            String path = "expect." + entry.getKey();
            JsonNode actual = answer.get(entry.getKey());
            if (actual == null) {
                failures.add(noSuchField(path, entry.getKey(), entry.getValue(), answer));
            } else {
                compare(new Place(path, null), entry.getValue(), actual, failures);
            }
        }
        for (Map.Entry<String, JsonNode> entry : expectNone.properties()) {
            String path = "expectNone." + entry.getKey();
            JsonNode actual = answer.get(entry.getKey());
            if (actual == null) {
                failures.add(noSuchField(path, entry.getKey(), entry.getValue(), answer));
                continue;
            }
            JsonNode unwanted = entry.getValue();
            if (!unwanted.isArray()) {
                firstMatch(unwanted, actual).ifPresent(found -> failures.add(found(path, unwanted, found)));
                continue;
            }
            for (int i = 0; i < unwanted.size(); i++) {
                JsonNode one = unwanted.get(i);
                String at = path + "[" + i + "]";
                firstMatch(one, actual).ifPresent(found -> failures.add(found(at, one, found)));
            }
        }
        return failures;
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

    static boolean containsMatch(JsonNode actual, JsonNode wanted) {
        return elements(actual).stream().anyMatch(element -> matches(wanted, element));
    }

    static Optional<JsonNode> firstMatch(JsonNode wanted, JsonNode actual) {
        return elements(actual).stream().filter(element -> matches(wanted, element)).findFirst();
    }

    static List<JsonNode> elements(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        return node.isArray() ? StreamSupport.stream(node.spliterator(), false).toList() : List.of(node);
    }

    /** The identifying fields an expected object lists, in the order of {@link #IDENTIFYING}. */
    static List<String> identifying(JsonNode wanted) {
        return wanted.isObject() ? IDENTIFYING.stream().filter(wanted::has).toList() : List.of();
    }

    /** The answer's elements that agree with the expected object on every identifying field it lists. */
    static List<JsonNode> sameIdentity(JsonNode wanted, JsonNode actual) {
        List<String> ids = identifying(wanted);
        return elements(actual).stream().filter(JsonNode::isObject)
                .filter(element -> ids.stream().allMatch(id -> matches(wanted.get(id), element.get(id)))).toList();
    }

    /** {@code memberId: a, kind: NEGLECTED}: how an element is named in a one-line message. */
    static String identity(JsonNode element, List<String> fields) {
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            if (element.has(field)) {
                parts.add(field + ": " + Values.show(element.get(field)));
            }
        }
        return String.join(", ", parts);
    }

    /**
     * Where a failure is, and for a field inside an expected list element, which element that is, so the
     * one-line form can read {@code expect.alerts[2] (memberId: b): severity expected WARNING but was CRITICAL}.
     */
    private record Place(String path, Element element) {

        Place field(String name) {
            return new Place(path + "." + name, element);
        }

        Place index(int i, JsonNode wanted) {
            String at = path + "[" + i + "]";
            List<String> ids = identifying(wanted);
            return new Place(at, ids.isEmpty() ? element : new Element(at, identity(wanted, ids)));
        }

        String describe(String what) {
            if (element == null || element.path().equals(path)) {
                return path + ": " + what;
            }
            return element.path() + " (" + element.identity() + "): " + path.substring(element.path().length() + 1)
                    + " " + what;
        }
    }

    private record Element(String path, String identity) {
    }

    private static void compare(Place place, JsonNode expected, JsonNode actual, List<ScenarioFailure> failures) {
        if (matches(expected, actual)) {
            return;
        }
        if (expected.isObject() && actual != null && actual.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                compare(place.field(field.getKey()), field.getValue(), actual.get(field.getKey()), failures);
            }
        } else if (expected.isArray() && actual != null && actual.isArray()) {
            compareList(place, expected, actual, failures);
        } else {
            failures.add(new ScenarioFailure(place.path(), expected, actual,
                    place.describe("expected " + Values.show(expected) + " but was " + Values.show(actual))));
        }
    }

    private static void compareList(Place place, JsonNode expected, JsonNode actual, List<ScenarioFailure> failures) {
        boolean valuesMissing = false;
        for (int i = 0; i < expected.size(); i++) {
            JsonNode wanted = expected.get(i);
            if (containsMatch(actual, wanted)) {
                continue;
            }
            if (!wanted.isObject()) {
                valuesMissing = true;
                continue;
            }
            Place at = place.index(i, wanted);
            Optional<JsonNode> closest = closest(wanted, actual);
            if (closest.isPresent()) {
                compare(at, wanted, closest.get(), failures);
            } else {
                failures.add(new ScenarioFailure(at.path(), wanted, null, at.describe("expected an element matching "
                        + Values.show(wanted) + " but " + summary(place.path(), actual))));
            }
        }
        if (valuesMissing) {
            failures.add(new ScenarioFailure(place.path(), expected, actual, place.describe("expected "
                    + Values.show(expected) + " but was " + Values.show(actual))));
        }
    }

    /**
     * The answer element an unmatched expected object is about: the one agreeing on every identifying field it
     * lists, else one agreeing on its first identifying field (memberId before sector before kind), else, when
     * it lists none, the one agreeing on most fields. Empty when nothing comes close.
     */
    static Optional<JsonNode> closest(JsonNode wanted, JsonNode actual) {
        List<String> ids = identifying(wanted);
        List<JsonNode> candidates = ids.isEmpty() ? List.of() : sameIdentity(wanted, actual);
        if (candidates.isEmpty()) {
            candidates = elements(actual).stream().filter(JsonNode::isObject)
                    .filter(element -> ids.isEmpty() ? agreeingFields(wanted, element) > 0
                            : matches(wanted.get(ids.get(0)), element.get(ids.get(0))))
                    .toList();
        }
        return candidates.stream().max(Comparator.comparingInt(element -> agreeingFields(wanted, element)));
    }

    private static int agreeingFields(JsonNode wanted, JsonNode candidate) {
        int agreeing = 0;
        for (Map.Entry<String, JsonNode> property : wanted.properties()) {
            if (matches(property.getValue(), candidate.get(property.getKey()))) {
                agreeing++;
            }
        }
        return agreeing;
    }

    /** {@code alerts is empty}, or the first few elements by their identifying fields. */
    private static String summary(String path, JsonNode actual) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        List<JsonNode> elements = elements(actual);
        if (elements.isEmpty()) {
            return name + " is empty";
        }
        List<String> shown = new ArrayList<>();
        for (JsonNode element : elements.subList(0, Math.min(LISTED_AT_MOST, elements.size()))) {
            String id = element.isObject() ? identity(element, IDENTIFYING) : "";
            shown.add(id.isEmpty() ? Values.show(element) : "{" + id + "}");
        }
        String more = elements.size() > LISTED_AT_MOST ? ", ..." : "";
        return name + " has " + elements.size() + ": " + String.join(", ", shown) + more;
    }

    private static ScenarioFailure noSuchField(String path, String field, JsonNode expected, JsonNode answer) {
        return new ScenarioFailure(path, expected, null,
                path + ": the answer has no field '" + field + "'; it has " + answer.propertyNames());
    }

    private static ScenarioFailure found(String path, JsonNode unwanted, JsonNode element) {
        List<String> shown = new ArrayList<>(IDENTIFYING);
        if (unwanted.isObject()) {
            unwanted.propertyNames().forEach(name -> {
                if (!shown.contains(name)) {
                    shown.add(name);
                }
            });
        }
        String brief = element.isObject() ? "{" + identity(element, shown) + "}" : Values.show(element);
        return new ScenarioFailure(path, NO_MATCH, element,
                path + ": expected no element matching " + Values.show(unwanted) + " but found " + brief);
    }
}
