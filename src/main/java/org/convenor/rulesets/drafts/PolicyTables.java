package org.convenor.rulesets.drafts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleSetFiles;
import org.convenor.rulesets.RuleSetHistory;
import org.convenor.rulesets.RuleSetLibrary;
import org.convenor.rulesets.RuleSetStatus;
import org.convenor.rulesets.UnknownRuleSetException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tables staff tune, read from a rule set's DRL: the active version's for anyone, a draft's for its editor, who
 * may write new rows into the draft's DRL. The text is read and written as it is; nothing here compiles or runs it:
 * the draft is checked through the gate like any other edit.
 */
@Service
public class PolicyTables {

    private final RuleSetLibrary library;
    private final RuleSetHistory history;
    private final RuleChanges changes;
    private final DraftStore drafts;
    private final TableFinder finder;

    PolicyTables(RuleSetLibrary library, RuleSetHistory history, RuleChanges changes, DraftStore drafts,
            TableFinder finder) {
        this.library = library;
        this.history = history;
        this.changes = changes;
        this.drafts = drafts;
        this.finder = finder;
    }

    /** The active version's tables, by file then place in it; none while no version has passed the gate. */
    public List<PolicyTable> active(String ruleSet) {
        RuleSetStatus status = library.status(ruleSet).orElseThrow(() -> new UnknownRuleSetException(ruleSet));
        Optional<HistoryEntry> entry = history.entries(ruleSet).stream()
                .filter(e -> e.version().equals(status.version())).findFirst();
        if (entry.isEmpty()) {
            return List.of();
        }
        Map<String, String> texts = new TreeMap<>();
        history.files(ruleSet, entry.get().id()).files().forEach((path, content) -> {
            if (path.startsWith(RuleSetFiles.RULES)) {
                texts.put(path, new String(content, StandardCharsets.UTF_8));
            }
        });
        return tables(texts).stream().map(TableSource::table).toList();
    }

    /** The tables of an editor's own draft, or of one that asks for approval, as its files now stand. */
    public List<PolicyTable> ofDraft(String editor, String ruleSet, String id) {
        return tables(texts(changes.readable(editor, ruleSet, id))).stream().map(TableSource::table).toList();
    }

    /**
     * Writes the table's new rows into the draft's file, changing only the table's lines.
     *
     * @return the table as the file now holds it
     */
    public PolicyTable write(String editor, String ruleSet, String id, String tableId,
            @Nullable List<List<@Nullable Object>> rows) {
        Draft draft = changes.draft(editor, ruleSet, id);
        Map<String, String> texts = texts(draft);
        TableSource source = find(tables(texts), tableId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "The draft has no table " + tableId + ": GET its tables to see their ids."));
        String file = source.table().file();
        TableWriter.Written written = TableWriter.write(texts.get(file), source, rows);
        texts.put(file, written.text());
        PolicyTable now = find(tables(texts), tableId).map(TableSource::table)
                .filter(table -> TableLines.sameRows(table.rows(), written.rows()))
                .orElseThrow(() -> new IllegalStateException("Rewriting table " + tableId + " of draft " + id
                        + " did not give the rows asked for"));
        drafts.write(draft, file, written.text().getBytes(StandardCharsets.UTF_8));
        return now;
    }

    /**
     * What a form's text field means in this column: a number where it holds numbers, a choice whatever its case
     * ({@code uy}, {@code Country.UY}), null when empty; anything else as typed, for the write to refuse saying why.
     */
    public static @Nullable Object fromText(@Nullable String text, PolicyTable.Column column) {
        return Cells.fromText(text, column);
    }

    private Map<String, String> texts(Draft draft) {
        Map<String, String> texts = new TreeMap<>();
        for (String path : drafts.paths(draft)) {
            if (path.startsWith(RuleSetFiles.RULES)) {
                drafts.read(draft, path).ifPresent(text -> texts.put(path, text));
            }
        }
        return texts;
    }

    /**
     * The tables of these files, by file then place. Ids are unique within a file; a rule set whose files hold two
     * rules of the same name (in two DRL packages) has the later one's id followed by {@code -2}.
     */
    private List<TableSource> tables(Map<String, String> texts) {
        List<TableSource> tables = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        texts.forEach((path, text) -> {
            for (TableSource table : finder.find(path, text)) {
                String id = table.table().id();
                for (int n = 2; ids.contains(id); n++) {
                    id = table.table().id() + "-" + n;
                }
                ids.add(id);
                tables.add(table.withId(id));
            }
        });
        return tables;
    }

    private static Optional<TableSource> find(List<TableSource> tables, String id) {
        return tables.stream().filter(t -> t.table().id().equals(id)).findFirst();
    }
}
