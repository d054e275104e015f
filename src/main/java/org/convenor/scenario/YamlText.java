package org.convenor.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML document's text with the parser's node positions, edited in place: a scalar's value replaced, a
 * sequence item cut out. Everything not edited stays byte for byte as it was (comments, key order, quoting,
 * flow or block style, blank lines), which re-serialising the document could never promise.
 */
final class YamlText {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** Words an older YAML reader takes for a boolean or null: quoted, so the file means the same to any reader. */
    private static final Pattern YAML_11_WORDS = Pattern.compile("(?i)y|n|yes|no|on|off|true|false|null|~");

    /** One step of a path: a key, or an index in brackets. */
    private static final Pattern STEP = Pattern.compile("\\.?([^.\\[\\]]+)|\\[(\\d+)]");

    private final String text;
    /** Code point index (what the parser's marks count) to char index, or {@code null} when they are the same. */
    private final int[] charAt;
    private final Node root;
    private final List<Edit> edits = new ArrayList<>();

    private record Edit(int start, int end, String replacement) {
    }

    /** Thrown when the text cannot be edited safely at some place; the caller reports it as unresolved. */
    static final class CannotEdit extends Exception {

        CannotEdit(String reason) {
            super(reason, null, false, false);
        }
    }

    YamlText(String text) {
        this.text = text;
        this.charAt = text.codePointCount(0, text.length()) == text.length() ? null : codePointOffsets(text);
        this.root = new Compose(LoadSettings.builder().setUseMarks(true).build()).composeString(text)
                .orElseThrow(() -> new IllegalArgumentException("the file is empty"));
    }

    Node root() {
        return root;
    }

    /**
     * The line (from 1) where the value at {@code path} ({@code given.interactions[0].date}) starts in the text;
     * empty when the text is not YAML or has nothing there.
     */
    static Optional<Integer> line(String text, String path) {
        Node node;
        try {
            node = new YamlText(text).root;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Matcher step = STEP.matcher(path);
        while (node != null && step.find()) {
            if (step.group(1) != null) {
                node = child(node, step.group(1)).orElse(null);
            } else if (node instanceof SequenceNode sequence && Integer.parseInt(step.group(2)) < sequence.getValue().size()) {
                node = sequence.getValue().get(Integer.parseInt(step.group(2)));
            } else {
                node = null;
            }
        }
        return Optional.ofNullable(node).flatMap(Node::getStartMark).map(mark -> mark.getLine() + 1);
    }

    /** The value under {@code key} in a mapping node; empty when it is not a mapping or has no such key. */
    static Optional<NodeTuple> entry(Node mapping, String key) {
        if (!(mapping instanceof MappingNode map)) {
            return Optional.empty();
        }
        return map.getValue().stream()
                .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key))
                .findFirst();
    }

    static Optional<Node> child(Node mapping, String key) {
        return entry(mapping, key).map(NodeTuple::getValueNode);
    }

    static boolean isFlow(Node node) {
        return node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.FLOW;
    }

    /** Replaces a scalar with {@code value}, keeping its quoting style where that style can hold the value. */
    void replace(ScalarNode scalar, JsonNode value, boolean inFlow) {
        int start = start(scalar);
        int end = end(scalar);
        String rendered = render(scalar.getScalarStyle(), value, inFlow);
        if (scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
            // A block scalar owns the line breaks after its text; keep them so the next line stays where it was.
            int kept = end;
            while (kept > start && (text.charAt(kept - 1) == '\n' || text.charAt(kept - 1) == '\r')) {
                kept--;
            }
            end = kept;
        }
        if (start == end && start > 0 && text.charAt(start - 1) == ':') {
            rendered = " " + rendered; // an empty value right after its key's colon
        }
        edits.add(new Edit(start, end, rendered));
    }

    /**
     * Removes the items at {@code indexes} from a sequence, a block item with its lines, a flow item with one
     * comma. A sequence left empty is written {@code []}, after its key's colon for a block sequence.
     */
    void removeItems(SequenceNode sequence, List<Integer> indexes, ScalarNode key) throws CannotEdit {
        List<Node> items = sequence.getValue();
        boolean all = indexes.size() == items.size();
        if (isFlow(sequence)) {
            if (all) {
                edits.add(new Edit(start(sequence) + 1, end(sequence) - 1, ""));
                return;
            }
            List<int[]> ranges = new ArrayList<>();
            for (int i : indexes) {
                if (i < items.size() - 1) {
                    ranges.add(new int[] {start(items.get(i)), start(items.get(i + 1))});
                } else {
                    int kept = i - 1;
                    while (indexes.contains(kept)) {
                        kept--;
                    }
                    ranges.add(new int[] {end(items.get(kept)), end(items.get(i))});
                }
            }
            ranges.sort(Comparator.comparingInt(range -> range[0]));
            int[] current = null;
            for (int[] range : ranges) {
                if (current != null && range[0] <= current[1]) {
                    current[1] = Math.max(current[1], range[1]);
                } else {
                    if (current != null) {
                        edits.add(new Edit(current[0], current[1], ""));
                    }
                    current = range.clone();
                }
            }
            edits.add(new Edit(current[0], current[1], ""));
            return;
        }
        List<Edit> removals = new ArrayList<>();
        for (int i : indexes) {
            removals.add(blockItemLines(items.get(i)));
        }
        if (all) {
            removals.add(new Edit(afterColon(key), afterColon(key), " []"));
        }
        edits.addAll(removals);
    }

    /** Adds a line after the line the node ends on, e.g. a key the mapping did not have. */
    void insertLineAfter(Node node, String line) {
        int end = contentEnd(node);
        int newline = end > 0 && text.charAt(end - 1) == '\n' ? end - 1 : text.indexOf('\n', end);
        edits.add(newline < 0 ? new Edit(text.length(), text.length(), "\n" + line + "\n")
                : new Edit(newline + 1, newline + 1, line + "\n"));
    }

    /** The text with every edit made; the edits never overlap. */
    String edited() {
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder result = new StringBuilder(text.length());
        int at = 0;
        for (Edit edit : ordered) {
            if (edit.start() < at) {
                throw new IllegalStateException("overlapping edits at " + edit.start());
            }
            result.append(text, at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        return result.append(text.substring(at)).toString();
    }

    /** From the start of the line of the item's {@code -} to the end of the line its content ends on. */
    private Edit blockItemLines(Node item) throws CannotEdit {
        int dash = start(item) - 1;
        while (dash >= 0 && Character.isWhitespace(text.charAt(dash))) {
            dash--;
        }
        if (dash < 0 || text.charAt(dash) != '-') {
            throw new CannotEdit("the item's '-' was not found before it");
        }
        int lineStart = text.lastIndexOf('\n', dash - 1) + 1;
        if (!text.substring(lineStart, dash).isBlank()) {
            throw new CannotEdit("the item shares its line with something else");
        }
        int contentEnd = contentEnd(item);
        int lineEnd;
        if (contentEnd > 0 && text.charAt(contentEnd - 1) == '\n') {
            lineEnd = contentEnd;
        } else {
            int newline = text.indexOf('\n', contentEnd);
            lineEnd = newline < 0 ? text.length() : newline + 1;
        }
        return new Edit(lineStart, lineEnd, "");
    }

    /** Where a node's own text ends: a block collection's end mark lies past the comments and blank lines after it. */
    private int contentEnd(Node node) {
        if (node instanceof MappingNode map && !isFlow(map)) {
            int end = start(map);
            for (NodeTuple tuple : map.getValue()) {
                end = Math.max(end, Math.max(contentEnd(tuple.getKeyNode()), contentEnd(tuple.getValueNode())));
            }
            return end;
        }
        if (node instanceof SequenceNode sequence && !isFlow(sequence)) {
            int end = start(sequence);
            for (Node item : sequence.getValue()) {
                end = Math.max(end, contentEnd(item));
            }
            return end;
        }
        return end(node);
    }

    private int afterColon(ScalarNode key) throws CannotEdit {
        int at = end(key);
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != ':') {
            throw new CannotEdit("the key's ':' was not found after it");
        }
        return at + 1;
    }

    private int start(Node node) {
        return offset(node.getStartMark());
    }

    private int end(Node node) {
        return offset(node.getEndMark());
    }

    private int offset(Optional<Mark> mark) {
        int index = mark.orElseThrow(() -> new IllegalStateException("the parser gave no position")).getIndex();
        return charAt == null ? index : charAt[index];
    }

    private static int[] codePointOffsets(String text) {
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            offsets[codePoint++] = i;
        }
        offsets[codePoint] = text.length();
        return offsets;
    }

    // ---- writing a value as a scalar ----

    /** {@code value} as YAML text in {@code style} where that style can hold it; otherwise double-quoted. */
    static String render(ScalarStyle style, JsonNode value, boolean inFlow) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isBoolean()) {
            return String.valueOf(value.booleanValue());
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.decimalValue().toPlainString();
        }
        String string = value.asString();
        if (style == ScalarStyle.PLAIN && plainSafe(string, inFlow)) {
            return string;
        }
        if (style == ScalarStyle.SINGLE_QUOTED && string.chars().noneMatch(YamlText::needsEscape)) {
            return "'" + string.replace("'", "''") + "'";
        }
        return doubleQuoted(string);
    }

    /** Written bare, the text reads back as the same string, in this context. */
    static boolean plainSafe(String string, boolean inFlow) {
        if (string.isEmpty() || string.isBlank() || !string.strip().equals(string)
                || string.chars().anyMatch(YamlText::needsEscape) || "-?:,[]{}#&*!|>'\"%@`".indexOf(string.charAt(0)) >= 0
                || string.contains(": ") || string.contains(" #") || string.endsWith(":")
                || inFlow && string.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)
                || YAML_11_WORDS.matcher(string).matches()) {
            return false;
        }
        try {
            JsonNode read = YAML.readTree(inFlow ? "{k: " + string + "}" : "k: " + string);
            return read.path("k").isString() && read.path("k").asString().equals(string);
        } catch (JacksonException e) {
            return false;
        }
    }

    private static boolean needsEscape(int c) {
        return c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff;
    }

    static String doubleQuoted(String string) {
        StringBuilder quoted = new StringBuilder(string.length() + 2).append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (needsEscape(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
