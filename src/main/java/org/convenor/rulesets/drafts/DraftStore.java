package org.convenor.rulesets.drafts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.rulesets.AcceptedScenario;
import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleChangeProperties;
import org.convenor.rulesets.RuleSetFiles;
import org.convenor.rulesets.store.DraftTable;
import org.convenor.scenario.AcceptResult;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Editors' drafts, in the database every instance shares, so they survive a restart and an editor reaches them from
 * any instance: a draft's row and its {@code rules/} and {@code scenarios/} files by path. An editor only ever
 * reaches their own drafts, and a file path can only name a DRL or YAML file directly inside {@code rules/} or
 * {@code scenarios/}. The gate and the compiler read folders: a draft is written to this instance's scratch folder
 * just before they judge it, from the database each time.
 */
@Component
public class DraftStore {

    /**
     * {@code rules/<name>.drl} or {@code scenarios/<name>.yaml}: one plain name of at most 100 characters, nothing
     * that could climb out, and well within what any file system takes (255 bytes).
     */
    private static final Pattern PATH = Pattern.compile("(rules/(?=[^/]{1,100}$)[A-Za-z0-9][A-Za-z0-9_.-]*\\.drl)"
            + "|(scenarios/(?=[^/]{1,100}$)[A-Za-z0-9][A-Za-z0-9_.-]*\\.ya?ml)");

    private final DraftTable table;
    private final Path scratch;
    private final long maxFileSize;
    private final JsonMapper json;
    private final Clock clock;

    public DraftStore(DraftTable table, RuleChangeProperties properties, JsonMapper json, Clock clock) {
        this.table = table;
        this.scratch = properties.scratch().resolve("drafts");
        this.maxFileSize = properties.maxFileSize().toBytes();
        this.json = json;
        this.clock = clock;
    }

    public Draft create(String owner, HistoryEntry head, RuleSetFiles files) {
        Draft draft = new Draft(UUID.randomUUID().toString(), files.ruleSet(), owner, head.id(), head.version(),
                clock.instant());
        table.insert(new DraftTable.Row(draft.id(), draft.ruleSet(), owner, draft.base(), draft.baseVersion(),
                draft.createdAt()), files.files());
        return draft;
    }

    /** The editor's drafts of one rule set, oldest first. */
    public List<Draft> list(String owner, String ruleSet) {
        return table.list(owner, ruleSet).stream().map(row -> new Draft(row.id(), row.ruleSet(), row.owner(),
                row.base(), row.baseVersion(), row.createdAt())).toList();
    }

    /** The editor's own draft of the rule set with this id; another editor's draft is not found. */
    public Optional<Draft> find(String owner, String ruleSet, String id) {
        return list(owner, ruleSet).stream().filter(draft -> draft.id().equals(id)).findFirst();
    }

    public void discard(Draft draft) {
        table.delete(draft.id());
        remove(scratch.resolve(draft.id()));
    }

    public RuleSetFiles files(Draft draft) {
        return new RuleSetFiles(draft.ruleSet(), table.files(draft.id()));
    }

    /** The paths of the draft's files: what the draft shows. */
    public List<String> paths(Draft draft) {
        return table.files(draft.id()).keySet().stream().filter(RuleSetFiles::isRuleSetFile).sorted().toList();
    }

    /** The scenarios whose new values the editor accepted in this draft, in the order first accepted. */
    public List<AcceptedScenario> accepted(Draft draft) {
        String accepted = table.accepted(draft.id());
        return accepted == null ? List.of() : List.of(json.readValue(accepted, AcceptedScenario[].class));
    }

    /**
     * Records a scenario accepted: accepted again, it keeps its place, takes the newer title, and lists the values
     * changed both times.
     */
    public synchronized void accepted(Draft draft, AcceptedScenario scenario) {
        List<AcceptedScenario> all = new ArrayList<>(accepted(draft));
        int at = all.stream().map(AcceptedScenario::scenario).toList().indexOf(scenario.scenario());
        if (at < 0) {
            all.add(scenario);
        } else {
            List<AcceptResult.Change> changes = new ArrayList<>(all.get(at).changes());
            changes.addAll(scenario.changes());
            all.set(at, new AcceptedScenario(scenario.scenario(), scenario.name(), changes));
        }
        table.accepted(draft.id(), json.writeValueAsString(all));
    }

    /** The draft's rules, written to this instance's scratch folder for the gate or the compiler to read. */
    public Path rulesFolder(Draft draft) {
        return onDisk(draft).resolve("rules");
    }

    /** The draft's scenarios, written to this instance's scratch folder for the gate to read. */
    public Path scenariosFolder(Draft draft) {
        return onDisk(draft).resolve("scenarios");
    }

    private synchronized Path onDisk(Draft draft) {
        Path folder = scratch.resolve(draft.id());
        files(draft).writeTo(folder.resolve("rules"), folder.resolve("scenarios"), Files::write);
        return folder;
    }

    public Optional<String> read(Draft draft, String path) {
        return table.read(draft.id(), checked(path)).map(content -> new String(content, StandardCharsets.UTF_8));
    }

    /** Writes a file of the draft: a DRL or YAML file, plain UTF-8 text, within the size limit. */
    public void write(Draft draft, String path, byte[] content) {
        checked(path);
        if (content.length > maxFileSize) {
            throw invalid("content", "the file is " + content.length + " bytes; the limit is " + maxFileSize
                    + " (convenor.rule-changes.max-file-size)");
        }
        if (!isText(content)) {
            throw invalid("content", "the file must be UTF-8 text");
        }
        table.write(draft.id(), path, content);
    }

    /**
     * Deletes a file of the draft.
     *
     * @return whether there was such a file
     */
    public boolean delete(Draft draft, String path) {
        return table.delete(draft.id(), checked(path));
    }

    private static void remove(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + folder, e);
        }
    }

    private static String checked(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            String shown = path == null || path.length() <= 120 ? path : path.substring(0, 120) + "…";
            throw invalid("path", "'" + shown + "' is not a draft file: use rules/<name>.drl or scenarios/<name>.yaml, "
                    + "the name at most 100 letters, digits, '.', '_' or '-'");
        }
        return path;
    }

    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.indexOf('\0') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }
}
