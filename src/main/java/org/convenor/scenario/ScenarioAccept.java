package org.convenor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The accept step: after a deliberate rule change, a scenario's failures are settled in its file by taking the
 * values of the new answer, as the contract pairs them.
 *
 * <ul>
 * <li>An {@code expect} object in a list is paired with the answer element that has the same identifying fields
 * ({@code memberId}, {@code sector}, {@code kind}: those the object lists). They are never rewritten; the other
 * fields it lists take the answer's values, recursively for lists of objects inside it ({@code candidates}),
 * paired the same way. An object that is not in a list ({@code portfolio}, or {@code expect} itself) is paired
 * with the answer's object in the same place.</li>
 * <li>An {@code expectNone} object that now matches is removed.</li>
 * <li>The rest comes back {@link AcceptResult#unresolved() unresolved}, with the reason: no element has those
 * identifying fields, several do, an object that lists none, a list of values that differs, a field the answer
 * does not have.</li>
 * </ul>
 *
 * <p>Entries that already hold are left alone. The file is edited in place at the parser's positions of the
 * values concerned, so nothing else in it changes: comments, key order, quoting, flow or block style, blank lines,
 * and dates written relative to {@code asOf}.
 */
public final class ScenarioAccept {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final YamlText source;
    private final PolicyPhrases phrases;
    private final List<AcceptResult.Change> changes = new ArrayList<>();
    private final List<AcceptResult.Unresolved> unresolved = new ArrayList<>();

    private ScenarioAccept(YamlText source, PolicyPhrases phrases) {
        this.source = source;
        this.phrases = phrases;
    }

    /** The document with the phrases of its expect and expectNone resolved: what the answer is compared with. */
    private static JsonNode resolved(JsonNode document, PolicyPhrases phrases) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        JsonNode asOf = document.path("given").get("asOf");
        try {
            for (String part : List.of("expect", "expectNone")) {
                if (copy.has(part)) {
                    copy.set(part, phrases.resolve(part, copy.get(part), asOf));
                }
            }
        } catch (PolicyPhrases.PhraseException e) {
            throw new ScenarioFormatException("scenario", e.path() + ": " + e.getMessage());
        }
        return copy;
    }

    /**
     * Settles a scenario file's failures against the answer of the rule set under test.
     *
     * @param fileText the scenario file as it is
     * @param answer the rule set's answer to the scenario's {@code given}, as {@link ScenarioRunner#answer} gives it
     * @param phrases the same rule set's phrases: a value written as a phrase is compared as the number it names,
     *     and is never replaced by one (it is left unresolved instead)
     * @throws ScenarioFormatException when the text is not a scenario (not YAML, or no mapping), or holds a phrase
     *     that names no single number
     */
    public static AcceptResult accept(String fileText, JsonNode answer, PolicyPhrases phrases) {
        JsonNode document;
        YamlText source;
        try {
            document = YAML.readTree(fileText);
            source = new YamlText(fileText);
        } catch (JacksonException | YamlEngineException | IllegalArgumentException e) {
            throw new ScenarioFormatException("scenario", "not valid YAML: " + e.getMessage());
        }
        if (document == null || !document.isObject() || !(source.root() instanceof MappingNode)) {
            throw new ScenarioFormatException("scenario", "expected a mapping with name, given and expect");
        }
        document = resolved(document, phrases);
        ScenarioAccept accept = new ScenarioAccept(source, phrases);
        accept.expect(document.path("expect"), YamlText.child(source.root(), "expect"), answer);
        accept.expectNone(document.path("expectNone"), YamlText.child(source.root(), "expectNone"), answer);
        return accept.result(fileText, document, answer);
    }

    /**
     * The scenario file with its title and description as the editor confirmed or reworded them on accepting;
     * everything else as it was. A description the file did not have is added after the title.
     *
     * @throws ScenarioFormatException when the text is not a scenario with a title
     */
    public static String reword(String fileText, String name, String description) {
        YamlText source;
        try {
            source = new YamlText(fileText);
        } catch (YamlEngineException | IllegalArgumentException e) {
            throw new ScenarioFormatException("scenario", "not valid YAML: " + e.getMessage());
        }
        Optional<Node> title = YamlText.child(source.root(), "name");
        if (title.isEmpty() || !(title.get() instanceof ScalarNode titleScalar)) {
            throw new ScenarioFormatException("scenario", "'name' is required");
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (!titleScalar.getValue().equals(name)) {
            source.replace(titleScalar, nodes.stringNode(name), false);
        }
        Optional<Node> about = YamlText.child(source.root(), "description");
        if (about.isPresent() && about.get() instanceof ScalarNode aboutScalar) {
            if (!aboutScalar.getValue().strip().equals(description.strip())) {
                source.replace(aboutScalar, nodes.stringNode(description.strip()), false);
            }
        } else if (about.isEmpty() && !description.isBlank()) {
            source.insertLineAfter(titleScalar, "description: " + YamlText.doubleQuoted(description.strip()));
        }
        return source.edited();
    }

    // ---- expect ----

    private void expect(JsonNode expect, Optional<Node> node, JsonNode answer) {
        if (!expect.isObject() || node.isEmpty()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : expect.properties()) {
            if (!answer.has(field.getKey())) {
                unresolved("expect." + field.getKey(), "the answer has no field '" + field.getKey() + "'; it has "
                        + answer.propertyNames());
            }
        }
        ObjectNode present = (ObjectNode) expect.deepCopy();
        present.retain(answer.propertyNames());
        settleObject("expect", present, node.get(), answer, YamlText.isFlow(node.get()));
    }

    /** The fields an object lists take the answer's values, but never the identifying ones. */
    private void settleObject(String path, JsonNode expected, Node node, JsonNode actual, boolean inFlow) {
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            String name = field.getKey();
            JsonNode wanted = field.getValue();
            JsonNode value = actual.get(name);
            if (ScenarioMatcher.matches(wanted, value)) {
                continue;
            }
            String at = path + "." + name;
            Optional<Node> child = YamlText.child(node, name);
            if (child.isEmpty()) {
                unresolved(at, "its place in the file was not found");
            } else if (ScenarioMatcher.IDENTIFYING.contains(name)) {
                unresolved(at, name + " says which element this is, so it is never rewritten; the answer has "
                        + Values.show(value));
            } else if (value == null || value.isMissingNode()) {
                unresolved(at, "the answer has no field '" + name + "' here");
            } else if (wanted.isArray()) {
                if (value.isArray() && child.get() instanceof SequenceNode sequence) {
                    settleList(at, wanted, sequence, value, inFlow || YamlText.isFlow(sequence));
                } else {
                    unresolved(at, "a list is expected; the answer has " + Values.show(value));
                }
            } else if (wanted.isObject()) {
                if (value.isObject() && child.get() instanceof MappingNode mapping) {
                    settleObject(at, wanted, mapping, value, inFlow || YamlText.isFlow(mapping));
                } else {
                    unresolved(at, "an object is expected; the answer has " + Values.show(value));
                }
            } else if (value.isContainer()) {
                unresolved(at, "a single value is expected; the answer has " + Values.show(value));
            } else if (child.get() instanceof ScalarNode scalar && PolicyPhrases.mentions(scalar.getValue())) {
                unresolved(at, "written '" + scalar.getValue() + "', which is " + Values.show(wanted) + " with this "
                        + "draft's tables, and the answer has " + Values.show(value) + ": a phrase keeps its meaning, so "
                        + "it is never replaced by a value; change the phrase, or the rules, by hand");
            } else if (child.get() instanceof ScalarNode scalar) {
                source.replace(scalar, value, inFlow);
                changes.add(new AcceptResult.Change(at, wanted, value));
            } else {
                unresolved(at, "its place in the file is not a single value");
            }
        }
    }

    /** Each expected object that matches nothing is paired by its identifying fields and settled. */
    private void settleList(String path, JsonNode expected, SequenceNode sequence, JsonNode actual, boolean inFlow) {
        boolean valuesDiffer = false;
        for (int i = 0; i < expected.size(); i++) {
            JsonNode wanted = expected.get(i);
            if (ScenarioMatcher.containsMatch(actual, wanted)) {
                continue;
            }
            if (!wanted.isObject()) {
                valuesDiffer = true;
                continue;
            }
            String at = path + "[" + i + "]";
            List<String> ids = ScenarioMatcher.identifying(wanted);
            if (ids.isEmpty()) {
                unresolved(at, "it lists none of " + ScenarioMatcher.IDENTIFYING
                        + ", so there is no telling which element of the answer it is about");
                continue;
            }
            List<JsonNode> paired = ScenarioMatcher.sameIdentity(wanted, actual);
            String identity = ScenarioMatcher.identity(wanted, ids);
            if (paired.isEmpty()) {
                String closest = ScenarioMatcher.closest(wanted, actual)
                        .map(element -> "; the closest has " + ScenarioMatcher.identity(element, ScenarioMatcher.IDENTIFYING))
                        .orElse("");
                unresolved(at, "no element of the answer has " + identity + closest);
            } else if (paired.size() > 1) {
                unresolved(at, paired.size() + " elements of the answer have " + identity
                        + ": list more of its fields to say which one it is about");
            } else if (!(sequence.getValue().get(i) instanceof MappingNode item)) {
                unresolved(at, "its place in the file is not an object");
            } else {
                settleObject(at, wanted, item, paired.get(0), inFlow || YamlText.isFlow(item));
            }
        }
        if (valuesDiffer) {
            unresolved(path, "a list of values differs: expected " + Values.show(expected) + ", the answer has "
                    + Values.show(actual) + "; edit it by hand");
        }
    }

    // ---- expectNone ----

    private void expectNone(JsonNode expectNone, Optional<Node> node, JsonNode answer) {
        if (!expectNone.isObject() || node.isEmpty()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : expectNone.properties()) {
            String name = field.getKey();
            String path = "expectNone." + name;
            JsonNode actual = answer.get(name);
            JsonNode unwanted = field.getValue();
            if (actual == null) {
                unresolved(path, "the answer has no field '" + name + "'; it has " + answer.propertyNames());
                continue;
            }
            Optional<NodeTuple> entry = YamlText.entry(node.get(), name);
            if (!unwanted.isArray() || entry.isEmpty()
                    || !(entry.get().getValueNode() instanceof SequenceNode sequence)) {
                if (ScenarioMatcher.firstMatch(unwanted, actual).isPresent()) {
                    unresolved(path, "it is not a list of entries; remove it by hand");
                }
                continue;
            }
            List<Integer> matching = new ArrayList<>();
            for (int i = 0; i < unwanted.size(); i++) {
                if (ScenarioMatcher.firstMatch(unwanted.get(i), actual).isPresent()) {
                    matching.add(i);
                }
            }
            if (matching.isEmpty()) {
                continue;
            }
            try {
                source.removeItems(sequence, matching, (ScalarNode) entry.get().getKeyNode());
                matching.forEach(i -> changes.add(new AcceptResult.Change(path + "[" + i + "]", unwanted.get(i), null)));
            } catch (YamlText.CannotEdit e) {
                matching.forEach(i -> unresolved(path + "[" + i + "]", "it now matches, but cannot be removed by a "
                        + "text edit (" + e.getMessage() + "); remove it by hand"));
            }
        }
    }

    // ---- the result ----

    /**
     * The edited text, checked: it must parse, leave everything but {@code expect} and {@code expectNone} as it
     * was, and pass against the answer but for what is unresolved. Should any check fail, the file is left as it
     * was and every failure is unresolved, rather than a file that says something nobody chose.
     */
    private AcceptResult result(String original, JsonNode document, JsonNode answer) {
        if (changes.isEmpty()) {
            return new AcceptResult(original, List.of(), List.copyOf(unresolved));
        }
        String text;
        JsonNode edited;
        try {
            text = source.edited();
            edited = YAML.readTree(text);
            if (edited != null && edited.isObject()) {
                edited = resolved(edited, phrases);
            }
        } catch (IllegalStateException e) {
            return unchanged(original, document, answer, "the same text would be edited twice (an alias?); edit it by hand");
        } catch (JacksonException e) {
            return unchanged(original, document, answer, "settling it would not leave valid YAML ("
                    + e.getOriginalMessage() + "); edit it by hand");
        }
        if (edited == null || !edited.isObject()) {
            return unchanged(original, document, answer, "settling it would not leave a scenario; edit it by hand");
        }
        ObjectNode before = (ObjectNode) document.deepCopy();
        ObjectNode after = (ObjectNode) edited.deepCopy();
        before.remove(List.of("expect", "expectNone"));
        after.remove(List.of("expect", "expectNone"));
        if (!before.equals(after)) {
            return unchanged(original, document, answer, "settling it would change more than expect and expectNone");
        }
        for (ScenarioFailure failure : failures(edited, answer)) {
            if (unresolved.stream().noneMatch(known -> within(failure.path(), known.path()))) {
                unresolved(failure.path(), "still fails after accepting: " + failure.message());
            }
        }
        return new AcceptResult(text, List.copyOf(changes), List.copyOf(unresolved));
    }

    private AcceptResult unchanged(String original, JsonNode document, JsonNode answer, String reason) {
        List<AcceptResult.Unresolved> all = new ArrayList<>();
        for (ScenarioFailure failure : failures(document, answer)) {
            all.add(new AcceptResult.Unresolved(failure.path(), reason));
        }
        return new AcceptResult(original, List.of(), all);
    }

    private static List<ScenarioFailure> failures(JsonNode document, JsonNode answer) {
        return ScenarioMatcher.mismatches(objectOrEmpty(document.get("expect")), objectOrEmpty(document.get("expectNone")),
                answer);
    }

    private static ObjectNode objectOrEmpty(JsonNode node) {
        return node != null && node.isObject() ? (ObjectNode) node : JsonNodeFactory.instance.objectNode();
    }

    /** {@code expect.alerts[0].severity} is within {@code expect.alerts[0]}; {@code expect.alerts[10]} is not. */
    private static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix)
                && (path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '[');
    }

    private void unresolved(String path, String reason) {
        unresolved.add(new AcceptResult.Unresolved(path, reason));
    }
}
