package org.convenor.rulesets.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.convenor.rulesets.CheckReport;
import org.convenor.scenario.ScenarioFailure;

/**
 * A failed scenario's failure as an editor reads it: whom it is about (the member's name from the scenario's
 * {@code given}), and "severity — expected: warning; the draft says: critical". The path and the one-line message
 * stay beside it for whoever wants them.
 *
 * @param who the member's name, else its id, else the sector; empty when the failure is about no one in particular
 * @param said the failure in words
 * @param path where in the scenario file, {@code expect.alerts[1].severity}
 * @param raw the failure's one-line message, as {@code check} prints it
 */
record FailureWords(String who, String said, String path, String raw) {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern ELEMENT = Pattern.compile("(expect|expectNone)\\.(\\w+)\\[(\\d+)](?:\\.(.+))?");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final List<String> DESCRIBING = List.of("severity", "kind", "status", "sector");

    /** The failures of each failed scenario in words, by file; {@code text} reads a scenario file of the draft. */
    static Map<String, List<FailureWords>> of(CheckReport report, Function<String, Optional<String>> text) {
        Map<String, List<FailureWords>> words = new LinkedHashMap<>();
        for (CheckReport.FailedScenario failed : report.failedScenarios()) {
            JsonNode document = text.apply(failed.file()).flatMap(FailureWords::yaml).orElse(null);
            words.put(failed.file(), failed.failures().stream().map(failure -> of(failure, document)).toList());
        }
        return words;
    }

    private static Optional<JsonNode> yaml(String text) {
        try {
            return Optional.ofNullable(YAML.readTree(text));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    static FailureWords of(ScenarioFailure failure, JsonNode document) {
        Matcher element = ELEMENT.matcher(failure.path());
        if (!element.matches()) {
            return new FailureWords("", failure.message(), failure.path(), failure.message());
        }
        String list = element.group(2);
        JsonNode expected = document == null ? null
                : document.path(element.group(1)).path(list).path(Integer.parseInt(element.group(3)));
        String who = who(expected, failure.actual(), document);
        String thing = singular(list);
        String field = element.group(4);
        String said;
        if (element.group(1).equals("expectNone")) {
            said = "expected: no such " + thing + "; the draft says: " + describe(failure.actual(), thing);
        } else if (field != null && !field.contains(".") && !field.contains("[")) {
            said = sentence(words(field)) + " — expected: " + value(failure.expected()) + "; the draft says: "
                    + value(failure.actual());
        } else if (field == null && isEmpty(failure.actual())) {
            said = "expected: " + describe(failure.expected(), thing) + "; the draft says: no such " + thing;
        } else {
            said = failure.message();
        }
        return new FailureWords(who, said, failure.path(), failure.message());
    }

    private static String who(JsonNode expected, JsonNode actual, JsonNode document) {
        String memberId = text(expected, "memberId").or(() -> text(actual, "memberId")).orElse(null);
        if (memberId == null) {
            return text(expected, "sector").or(() -> text(actual, "sector")).map(sector -> sector.toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("");
        }
        if (document != null) {
            for (JsonNode member : document.path("given").path("members")) {
                if (memberId.equals(member.path("id").asString(null)) && member.path("name").isString()
                        && !member.path("name").asString().isBlank()) {
                    return member.path("name").asString();
                }
            }
        }
        return memberId;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node != null && node.path(field).isString() ? Optional.of(node.path(field).asString()) : Optional.empty();
    }

    /** {@code a warning (neglected)}; {@code an alert} when the element says nothing that describes it. */
    private static String describe(JsonNode element, String thing) {
        List<String> parts = new ArrayList<>();
        if (element != null && element.isObject()) {
            for (String field : DESCRIBING) {
                if (element.path(field).isString()) {
                    parts.add(value(element.path(field)));
                }
            }
        }
        if (parts.isEmpty()) {
            return article(thing) + " " + thing;
        }
        String first = parts.remove(0);
        return article(first) + " " + first + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    /** {@code CRITICAL} is critical, {@code NEVER_CONTACTED} never contacted, a text in quotes, nothing as such. */
    static String value(JsonNode value) {
        if (isEmpty(value)) {
            return "nothing";
        }
        if (value.isString()) {
            String text = value.asString();
            return CONSTANT.matcher(text).matches() ? text.toLowerCase(Locale.ROOT).replace('_', ' ')
                    : "\u201c" + text + "\u201d";
        }
        return value.toString();
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    /** {@code daysSinceContact} is {@code days since contact}. */
    private static String words(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String sentence(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String singular(String list) {
        return words(list.endsWith("ies") ? list.substring(0, list.length() - 3) + "y"
                : list.endsWith("s") ? list.substring(0, list.length() - 1) : list);
    }

    private static String article(String word) {
        return !word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
