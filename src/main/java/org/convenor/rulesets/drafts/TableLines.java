package org.convenor.rulesets.drafts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

import org.convenor.rulesets.drafts.PolicyTable.ColumnType;
import org.convenor.rulesets.drafts.TableSource.Cell;

/**
 * Rewrites a table's lines and nothing else. Rows and items that stay are paired with the old ones (a longest
 * common subsequence), so a changed value rewrites its own line, a removed row removes its line and an added row
 * is a new line after the one before it. A value that did not change keeps its text exactly ({@code 0L} stays
 * {@code 0L}); a changed one takes the spaces it gains or loses from beside it where the file aligns the column,
 * so the columns stay in line. A list keeps its comments, its line breaks and its width: an item added to a full
 * line starts a new one.
 */
final class TableLines {

    enum Align { LEFT, RIGHT, NONE }

    private TableLines() {
    }

    /** An old element kept or changed into a new one, removed ({@code after} -1) or a new one added ({@code before} -1). */
    private record Op(int before, int after) {
    }

    static String rows(String text, TableSource source, List<List<Object>> rows) {
        Lines lines = new Lines(text);
        List<List<Cell>> cells = source.cells();
        List<Align> aligns = aligns(source, lines);
        Map<Integer, List<String>> replaced = new TreeMap<>();
        List<String> first = new ArrayList<>();
        int anchor = -1;
        for (Op op : script(source.table().rows(), rows, TableLines::sameRow)) {
            if (op.before() >= 0) {
                anchor = op.before();
                List<Cell> old = cells.get(anchor);
                List<String> now = new ArrayList<>();
                if (op.after() >= 0) {
                    now.add(render(lines.get(old.get(0).line()), old, texts(source, old, rows.get(op.after())), aligns));
                }
                replaced.put(old.get(0).line(), now);
            } else {
                List<Cell> template = cells.get(Math.max(anchor, 0));
                String row = render(lines.get(template.get(0).line()), template, texts(source, null,
                        rows.get(op.after())), aligns);
                (anchor < 0 ? first : replaced.get(cells.get(anchor).get(0).line())).add(row);
            }
        }
        replaced.get(cells.get(0).get(0).line()).addAll(0, first);
        return lines.with(replaced);
    }

    static String list(String text, TableSource source, List<Object> values) {
        Lines lines = new Lines(text);
        List<Cell> items = source.cells().stream().map(row -> row.get(0)).toList();
        List<Object> before = source.table().rows().stream().map(row -> row.get(0)).toList();
        Map<Integer, List<Cell>> oldByLine = new LinkedHashMap<>();
        Map<Integer, List<String>> newByLine = new LinkedHashMap<>();
        for (Cell item : items) {
            oldByLine.computeIfAbsent(item.line(), l -> new ArrayList<>()).add(item);
            newByLine.computeIfAbsent(item.line(), l -> new ArrayList<>());
        }
        int home = items.get(0).line();
        for (Op op : script(before, values, Cells::same)) {
            if (op.before() >= 0) {
                home = items.get(op.before()).line();
            }
            if (op.after() >= 0) {
                Object value = values.get(op.after());
                newByLine.get(home).add(op.before() >= 0 && Cells.same(before.get(op.before()), value)
                        ? items.get(op.before()).text() : Cells.write(value, source.formats().get(0)));
            }
        }
        int lastLine = items.get(items.size() - 1).line();
        int newLast = newByLine.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .reduce((a, b) -> b).orElseThrow().getKey();
        String tail = lines.get(lastLine).substring(items.get(items.size() - 1).to());
        int width = oldByLine.keySet().stream().mapToInt(l -> lines.get(l).length()).max().orElse(0);
        String indent = oldByLine.values().stream().map(cells -> lines.get(cells.get(0).line())
                .substring(0, cells.get(0).from())).filter(String::isBlank).findFirst()
                .orElse(leadingSpaces(lines.get(items.get(0).line())) + "    ");
        Map<Integer, List<String>> replaced = new TreeMap<>();
        for (var entry : oldByLine.entrySet()) {
            int line = entry.getKey();
            List<Cell> old = entry.getValue();
            List<String> now = newByLine.get(line);
            boolean tailMoves = newLast != lastLine && (line == newLast || line == lastLine);
            if (!tailMoves && now.equals(old.stream().map(Cell::text).toList())) {
                continue;
            }
            String written = lines.get(line);
            String prefix = written.substring(0, old.get(0).from());
            String suffix = written.substring(old.get(old.size() - 1).to());
            String separator = old.size() >= 2 ? written.substring(old.get(0).to(), old.get(1).from()) : ", ";
            if (line == newLast && newLast != lastLine) {
                suffix = tail + (suffix.startsWith(",") ? suffix.substring(1) : suffix);
            }
            if (now.isEmpty()) {
                replaced.put(line, prefix.isBlank() ? List.of()
                        : List.of(prefix.stripTrailing() + (suffix.startsWith(",") ? suffix.substring(1) : "")));
            } else {
                replaced.put(line, wrapped(prefix, now, separator, suffix, Math.max(width, 80), indent));
            }
        }
        return lines.with(replaced);
    }

    /** The line, broken before the item that would pass the list's width, the rest indented as the list is. */
    private static List<String> wrapped(String prefix, List<String> items, String separator, String suffix, int width,
            String indent) {
        String whole = prefix + String.join(separator, items) + suffix;
        if (whole.length() <= width || items.size() == 1) {
            return List.of(whole);
        }
        String comma = separator.stripTrailing();
        int fit = 1;
        while (fit < items.size() - 1 && (prefix + String.join(separator, items.subList(0, fit + 1)) + comma).length()
                <= width) {
            fit++;
        }
        List<String> out = new ArrayList<>();
        out.add(prefix + String.join(separator, items.subList(0, fit)) + comma);
        out.addAll(wrapped(indent, items.subList(fit, items.size()), separator, suffix, width, indent));
        return out;
    }

    /**
     * How each column is aligned: LEFT where its values start in one column on every row, RIGHT where they end in
     * one (numbers, when both), NONE otherwise; a table of one row is LEFT where spaces pad it (under its heading).
     */
    private static List<Align> aligns(TableSource source, Lines lines) {
        List<List<Cell>> cells = source.cells();
        List<Align> aligns = new ArrayList<>();
        for (int j = 0; j < source.table().columns().size(); j++) {
            int column = j;
            if (cells.size() == 1) {
                Cell cell = cells.get(0).get(j);
                String gap = lines.get(cell.line()).substring(j == 0 ? 0 : cells.get(0).get(j - 1).to(), cell.from());
                aligns.add(trailingSpaces(gap) > 1 ? Align.LEFT : Align.NONE);
                continue;
            }
            boolean starts = cells.stream().map(row -> row.get(column).from()).distinct().count() == 1;
            boolean ends = cells.stream().map(row -> row.get(column).to()).distinct().count() == 1;
            ColumnType type = source.table().columns().get(j).type();
            boolean number = type == ColumnType.INTEGER || type == ColumnType.DECIMAL;
            aligns.add(starts && ends ? (number ? Align.RIGHT : Align.LEFT)
                    : starts ? Align.LEFT : ends ? Align.RIGHT : Align.NONE);
        }
        return aligns;
    }

    /** The new row's cells as written: a value that did not change keeps its text. */
    private static List<String> texts(TableSource source, List<Cell> old, List<Object> row) {
        List<String> texts = new ArrayList<>();
        for (int j = 0; j < row.size(); j++) {
            texts.add(old != null && Cells.same(old.get(j).value(), row.get(j)) ? old.get(j).text()
                    : Cells.write(row.get(j), source.formats().get(j)));
        }
        return texts;
    }

    /** The template line with its cells replaced, spaces taken or given beside aligned columns. */
    static String render(String line, List<Cell> cells, List<String> texts, List<Align> aligns) {
        StringBuilder out = new StringBuilder();
        int position = 0;
        int pending = 0;
        for (int j = 0; j < cells.size(); j++) {
            Cell cell = cells.get(j);
            String text = texts.get(j);
            int grown = text.length() - cell.text().length();
            String gap = line.substring(position, cell.from());
            int spaces = trailingSpaces(gap);
            Align align = aligns.get(j);
            int shift = align == Align.RIGHT ? pending + grown : align == Align.LEFT ? pending : 0;
            int absorbed = align == Align.NONE || spaces == 0 ? 0 : shift > 0 ? Math.min(shift, spaces - 1) : shift;
            out.append(gap, 0, gap.length() - spaces).append(" ".repeat(spaces - absorbed)).append(text);
            pending = switch (align) {
                case RIGHT -> shift - absorbed;
                case LEFT -> shift - absorbed + grown;
                case NONE -> pending + grown;
            };
            position = cell.to();
        }
        return out.append(line.substring(position)).toString();
    }

    /**
     * The edit from one sequence to the other: pairs kept by a longest common subsequence; between two kept pairs,
     * the old and new elements pair up in order (a change), and what is left is removed or added.
     */
    static <T> List<Op> script(List<T> before, List<T> after, BiPredicate<T, T> same) {
        int n = before.size();
        int m = after.size();
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = same.test(before.get(i), after.get(j)) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same.test(before.get(i), after.get(j)) && longest[i][j] == longest[i + 1][j + 1] + 1) {
                flush(ops, removed, added);
                ops.add(new Op(i++, j++));
            } else if (j < m && (i == n || longest[i][j + 1] >= longest[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        flush(ops, removed, added);
        return ops;
    }

    private static void flush(List<Op> ops, List<Integer> removed, List<Integer> added) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            ops.add(new Op(removed.get(k), added.get(k)));
        }
        removed.subList(paired, removed.size()).forEach(i -> ops.add(new Op(i, -1)));
        added.subList(paired, added.size()).forEach(j -> ops.add(new Op(-1, j)));
        removed.clear();
        added.clear();
    }

    static boolean sameRows(List<List<Object>> one, List<List<Object>> other) {
        return one.size() == other.size() && script(one, other, TableLines::sameRow).stream()
                .allMatch(op -> op.before() >= 0 && op.after() >= 0 && sameRow(one.get(op.before()),
                        other.get(op.after())));
    }

    private static boolean sameRow(List<Object> one, List<Object> other) {
        if (one.size() != other.size()) {
            return false;
        }
        for (int j = 0; j < one.size(); j++) {
            if (!Cells.same(one.get(j), other.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static int trailingSpaces(String text) {
        int count = 0;
        while (count < text.length() && text.charAt(text.length() - 1 - count) == ' ') {
            count++;
        }
        return count;
    }

    private static String leadingSpaces(String text) {
        return text.substring(0, text.length() - text.stripLeading().length());
    }

    /**
     * A file's lines as they are, each without its line break, a carriage return kept apart so a file with Windows
     * line breaks keeps them; lines are numbered from 1.
     */
    private static final class Lines {

        private final List<String> lines;
        private final boolean[] returns;

        Lines(String text) {
            List<String> raw = Arrays.asList(text.split("\n", -1));
            lines = new ArrayList<>();
            returns = new boolean[raw.size()];
            for (int i = 0; i < raw.size(); i++) {
                returns[i] = raw.get(i).endsWith("\r");
                lines.add(returns[i] ? raw.get(i).substring(0, raw.get(i).length() - 1) : raw.get(i));
            }
        }

        String get(int line) {
            return lines.get(line - 1);
        }

        /** The text with these lines (from 1) replaced by as many lines as given, none to remove one. */
        String with(Map<Integer, List<String>> replaced) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                List<String> now = replaced.getOrDefault(i + 1, List.of(lines.get(i)));
                for (String line : now) {
                    out.append(line).append(returns[i] ? "\r" : "").append('\n');
                }
            }
            return out.substring(0, out.length() - 1);
        }
    }
}
