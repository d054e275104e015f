package org.convenor.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.springframework.stereotype.Component;

/**
 * What one history entry changed against the entry before it, file by file and line by line: the lines removed and
 * the lines added, nothing around them, so a change of one number in a table reads as that one line.
 */
@Component
public class HistoryDiff {

    private final RuleSetHistory history;

    HistoryDiff(RuleSetHistory history) {
        this.history = history;
    }

    /** One line of a file, numbered from 1 in its own version. */
    public record Line(int number, String text) {
    }

    /** Lines that went and lines that came in their place (either may be empty). */
    public record Hunk(List<Line> removed, List<Line> added) {
    }

    /** A file the entry changed; {@code before} or {@code after} false when it was added or deleted. */
    public record FileChange(String path, boolean before, boolean after, List<Hunk> hunks) {
    }

    /** The entry's changes; for the first entry of a rule set, every file as added. */
    public List<FileChange> changes(String ruleSet, String entryId) {
        List<HistoryEntry> entries = history.entries(ruleSet);
        int at = entries.stream().map(HistoryEntry::id).toList().indexOf(entryId);
        if (at < 0) {
            throw new IllegalArgumentException("Rule set " + ruleSet + " has no history entry " + entryId);
        }
        RuleSetFiles after = history.files(ruleSet, entryId);
        RuleSetFiles before = at + 1 < entries.size() ? history.files(ruleSet, entries.get(at + 1).id())
                : new RuleSetFiles(ruleSet, new java.util.TreeMap<>());
        return between(before, after);
    }

    /** What changed from one set of files to another (a draft against the entry it was made from, say). */
    public static List<FileChange> between(RuleSetFiles before, RuleSetFiles after) {
        Set<String> paths = new TreeSet<>(before.files().keySet());
        paths.addAll(after.files().keySet());
        List<FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            byte[] old = before.files().getOrDefault(path, new byte[0]);
            byte[] now = after.files().getOrDefault(path, new byte[0]);
            if (!java.util.Arrays.equals(old, now)) {
                changes.add(new FileChange(path, before.files().containsKey(path), after.files().containsKey(path),
                        hunks(new RawText(old), new RawText(now))));
            }
        }
        return changes;
    }

    private static List<Hunk> hunks(RawText old, RawText now) {
        List<Hunk> hunks = new ArrayList<>();
        for (Edit edit : new HistogramDiff().diff(RawTextComparator.DEFAULT, old, now)) {
            hunks.add(new Hunk(lines(old, edit.getBeginA(), edit.getEndA()), lines(now, edit.getBeginB(),
                    edit.getEndB())));
        }
        return hunks;
    }

    private static List<Line> lines(RawText text, int from, int to) {
        List<Line> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add(new Line(i + 1, text.getString(i)));
        }
        return lines;
    }
}
