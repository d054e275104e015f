package org.convenor.rulesets.drafts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.convenor.engine.RuleSet;
import org.convenor.engine.compile.RuleSetCompilationException;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.rulesets.AcceptedScenario;
import org.convenor.rulesets.CheckReport;
import org.convenor.rulesets.HistoryDiff;
import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleChangeProperties;
import org.convenor.rulesets.RuleSetFiles;
import org.convenor.rulesets.RuleSetGate;
import org.convenor.rulesets.RuleSetHistory;
import org.convenor.rulesets.RuleSetLibrary;
import org.convenor.rulesets.RuleSetPublisher;
import org.convenor.rulesets.UnknownRuleSetException;
import org.convenor.scenario.AcceptResult;
import org.convenor.scenario.Scenario;
import org.convenor.scenario.ScenarioAccept;
import org.convenor.scenario.ScenarioAnswerException;
import org.convenor.scenario.ScenarioFormatException;
import org.convenor.scenario.ScenarioLoader;
import org.convenor.scenario.ScenarioRunner;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff workflow for changing a rule set: make a draft of the active version, edit its files, check it
 * through the gate, publish it with a message, look back through the history and restore an earlier version.
 * An editor changes only their own drafts; another EDITOR reads, checks and previews a draft once it asks for
 * approval ({@link DraftReviews}), and with {@code convenor.rule-changes.approvals = 1} a draft is published only
 * with another EDITOR's approval of its files as they stand.
 */
@Service
public class RuleChanges {

    private final RuleSetLibrary library;
    private final RuleSetHistory history;
    private final DraftStore drafts;
    private final RuleSetGate gate;
    private final RuleSetPublisher publisher;
    private final RuleSetCompiler compiler;
    private final ScenarioLoader loader;
    private final ScenarioRunner runner;
    private final ReviewTable reviews;
    private final int approvalsNeeded;

    RuleChanges(RuleSetLibrary library, RuleSetHistory history, DraftStore drafts, RuleSetGate gate,
            RuleSetPublisher publisher, RuleSetCompiler compiler, ScenarioLoader loader, ScenarioRunner runner,
            ReviewTable reviews, RuleChangeProperties properties) {
        this.reviews = reviews;
        this.approvalsNeeded = properties.approvals();
        this.library = library;
        this.history = history;
        this.drafts = drafts;
        this.gate = gate;
        this.publisher = publisher;
        this.compiler = compiler;
        this.loader = loader;
        this.runner = runner;
    }

    /**
     * A draft as the API shows it: which version it was made from, which files it holds, and where it stands with
     * its approval.
     *
     * @param owner the editor whose draft it is: the only one who changes or publishes it
     * @param hash the SHA-256 of every file of the draft, names and bytes, which an approval binds to; null when the
     *     draft holds a link, which no one can approve
     * @param review null until the draft asks for approval
     */
    public record DraftView(String id, String ruleSet, String base, String baseVersion, Instant createdAt,
            List<DraftFile> files, String owner, @Nullable String hash, @Nullable Review review) {
    }

    public record DraftFile(String path) {
    }

    public DraftView create(String editor, String ruleSet) {
        HistoryEntry head = history.head(known(ruleSet)).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.CONFLICT, "Rule set '" + ruleSet + "' has no active version to draft from yet."));
        return view(drafts.create(editor, head, history.files(ruleSet, head.id())));
    }

    public List<DraftView> drafts(String editor, String ruleSet) {
        return drafts.list(editor, known(ruleSet)).stream().map(this::view).toList();
    }

    /** How many approvals by another EDITOR a draft needs before it is published: 0 or 1. */
    public int approvalsNeeded() {
        return approvalsNeeded;
    }

    /** What the draft changes against the version it was made from, file by file and line by line. */
    public List<HistoryDiff.FileChange> changesFromBase(String editor, String ruleSet, String id) {
        Draft draft = readable(editor, ruleSet, id);
        return HistoryDiff.between(history.files(ruleSet, draft.base()), drafts.files(draft));
    }

    /** Every editor's drafts of the rule set that ask for approval (sent back ones left out), oldest first. */
    public List<DraftView> asking(String ruleSet) {
        return reviews.newestOfEach(known(ruleSet)).stream()
                .filter(row -> row.verdict() != ReviewTable.Verdict.SENT_BACK)
                .flatMap(row -> drafts.find(row.owner(), ruleSet, row.draftId()).stream()).map(this::view).toList();
    }

    /** The caller's own draft, or another editor's that asked for approval. */
    public DraftView open(String editor, String ruleSet, String id) {
        return view(readable(editor, ruleSet, id));
    }

    public void discard(String editor, String ruleSet, String id) {
        Draft draft = draft(editor, ruleSet, id);
        drafts.discard(draft);
        reviews.forget(draft.id());
    }

    public String readFile(String editor, String ruleSet, String id, String path) {
        return drafts.read(readable(editor, ruleSet, id), path).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "The draft has no file " + path + "."));
    }

    public void writeFile(String editor, String ruleSet, String id, String path, byte[] content) {
        drafts.write(draft(editor, ruleSet, id), path, content);
    }

    public void deleteFile(String editor, String ruleSet, String id, String path) {
        if (!drafts.delete(draft(editor, ruleSet, id), path)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The draft has no file " + path + ".");
        }
    }

    /** Compiles the draft, runs all its scenarios and measures coverage: the same gate a publish passes. */
    public CheckReport check(String editor, String ruleSet, String id) {
        Draft draft = readable(editor, ruleSet, id);
        return CheckReport.of(gate.judge(ruleSet, drafts.rulesFolder(draft), drafts.scenariosFolder(draft)));
    }

    /**
     * What accepting a scenario's new values changed in the draft, and what it could not settle; with the
     * scenario's title and description as the file now has them.
     */
    public record Accepted(String scenario, String name, String description, List<AcceptResult.Change> changes,
            List<AcceptResult.Unresolved> unresolved) {
    }

    /** What accepting the scenario's new values would change, the draft left as it is: what the editor confirms. */
    public Accepted acceptable(String editor, String ruleSet, String id, String scenario) {
        Draft draft = draft(editor, ruleSet, id);
        String text = scenarioText(draft, scenario);
        Scenario parsed = parsed(draft, scenario, text);
        AcceptResult result = settled(draft, scenario, text);
        return new Accepted(scenario, parsed.name(), parsed.description(), result.changes(), result.unresolved());
    }

    /**
     * Settles a scenario's failures in the draft with the values the draft's rules now give: identifying fields
     * are never rewritten, expectNone entries that now match are removed, phrases are kept, the rest of the file
     * is untouched but for the title and description the editor confirmed or reworded ({@code null}: as they
     * are). The draft records the scenario as accepted, for the history entry that publishes it.
     */
    public Accepted accept(String editor, String ruleSet, String id, String scenario, @Nullable String name,
            @Nullable String description) {
        Draft draft = draft(editor, ruleSet, id);
        String text = scenarioText(draft, scenario);
        Scenario before = parsed(draft, scenario, text);
        String title = checkedTitle(name == null ? before.name() : name, description);
        String about = description == null ? before.description() : description;
        AcceptResult result = settled(draft, scenario, text);
        String written;
        try {
            written = ScenarioAccept.reword(result.text(), title, about);
        } catch (ScenarioFormatException e) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
        Scenario after = parsed(draft, scenario, written);
        drafts.write(draft, scenario, written.getBytes(StandardCharsets.UTF_8));
        if (!result.changes().isEmpty() || !after.name().equals(before.name())) {
            drafts.accepted(draft, new AcceptedScenario(scenario, after.name(), result.changes()));
        }
        return new Accepted(scenario, after.name(), after.description(), result.changes(), result.unresolved());
    }

    /** The scenarios accepted in the draft so far: what its publish will record. */
    public List<AcceptedScenario> accepted(String editor, String ruleSet, String id) {
        return drafts.accepted(readable(editor, ruleSet, id));
    }

    private String scenarioText(Draft draft, String scenario) {
        if (scenario == null || !scenario.startsWith(RuleSetFiles.SCENARIOS)) {
            throw new InvalidInputException(List.of(new FieldProblem("scenario",
                    "name a scenario file of the draft, e.g. scenarios/cadence-edges.yaml")));
        }
        return drafts.read(draft, scenario).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "The draft has no file " + scenario + "."));
    }

    private Scenario parsed(Draft draft, String scenario, String text) {
        try {
            return loader.parse(draft.ruleSet(), drafts.scenariosFolder(draft).resolve(RuleSetFiles.nameOf(scenario)),
                    text);
        } catch (ScenarioFormatException e) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The scenario cannot be settled by accepting: " + e.getMessage());
        }
    }

    private AcceptResult settled(Draft draft, String scenario, String text) {
        RuleSet rules = compiled(draft);
        try {
            return ScenarioAccept.accept(text, runner.answer(rules, parsed(draft, scenario, text)),
                    runner.phrases(rules));
        } catch (ScenarioFormatException | ScenarioAnswerException e) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The scenario cannot be settled by accepting: " + e.getMessage());
        }
    }

    private static String checkedTitle(String name, @Nullable String description) {
        Problems problems = new Problems();
        if (problems.required("name", name) && name.length() > 200) {
            problems.add("name", "at most 200 characters");
        }
        if (description != null && description.length() > 2000) {
            problems.add("description", "at most 2000 characters");
        }
        problems.throwIfAny();
        return name.strip();
    }

    /** The draft's rules, compiled: what a preview or an accept runs. */
    RuleSet draftRules(String editor, String ruleSet, String id) {
        return compiled(readable(editor, ruleSet, id));
    }

    /**
     * Puts the draft live through the gate, with the approvals it needs of its files as they stand (the very files
     * published); the draft is gone once it is published.
     *
     * @throws ApprovalMissingException without the approvals {@code convenor.rule-changes.approvals} asks for
     */
    public RuleSetPublisher.Published publish(String editor, String ruleSet, String id, String message) {
        Draft draft = draft(editor, ruleSet, id);
        String checked = checkedMessage(message);
        RuleSetFiles files = drafts.files(draft);
        Optional<Review> review = reviews.newest(ruleSet, draft.id()).map(row -> Review.of(row, Review.hashOf(files)));
        List<String> approvedBy = review.filter(Review::approved).map(Review::by).stream().toList();
        if (approvedBy.size() < approvalsNeeded) {
            throw new ApprovalMissingException(draft, review.orElse(null));
        }
        RuleSetPublisher.Published published = publisher.publish(draft.base(), files, editor,
                AcceptedScenario.message(checked, drafts.accepted(draft)), approvedBy);
        drafts.discard(draft);
        reviews.forget(draft.id());
        return published;
    }

    public List<HistoryEntry> history(String ruleSet) {
        return history.entries(known(ruleSet));
    }

    public RuleSetPublisher.Published restore(String editor, String ruleSet, String entryId, String message) {
        history.entry(known(ruleSet), entryId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Rule set '" + ruleSet + "' has no history entry " + entryId + "; GET its history lists them."));
        return publisher.restore(ruleSet, entryId, editor, checkedMessage(message));
    }

    private RuleSet compiled(Draft draft) {
        try {
            return compiler.compile(draft.ruleSet(), drafts.rulesFolder(draft));
        } catch (RuleSetCompilationException e) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The draft's rules do not compile: check it to see where.");
        }
    }

    Draft draft(String editor, String ruleSet, String id) {
        return drafts.find(editor, known(ruleSet), id).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "You have no draft " + id + " of rule set '" + ruleSet + "'."));
    }

    /** The editor's own draft, or another editor's that asked for approval: what any EDITOR may read and check. */
    Draft readable(String editor, String ruleSet, String id) {
        return drafts.find(editor, known(ruleSet), id)
                .or(() -> reviews.newest(ruleSet, id).flatMap(row -> drafts.find(row.owner(), ruleSet, id)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no draft " + id
                        + " of rule set '" + ruleSet + "' that is yours or asks for approval."));
    }

    private String known(String ruleSet) {
        if (!library.names().contains(ruleSet)) {
            throw new UnknownRuleSetException(ruleSet);
        }
        return ruleSet;
    }

    private static String checkedMessage(String message) {
        Problems problems = new Problems();
        if (problems.required("message", message) && message.length() > 500) {
            problems.add("message", "at most 500 characters");
        }
        if (message != null && message.lines().anyMatch(line -> line.startsWith(RuleSetHistory.APPROVED_BY))) {
            problems.add("message", "no line may begin '" + RuleSetHistory.APPROVED_BY + "': the history keeps it for "
                    + "who approved the change");
        }
        problems.throwIfAny();
        return message.strip();
    }

    DraftView view(Draft draft) {
        List<DraftFile> files = drafts.paths(draft).stream().map(DraftFile::new).toList();
        String hash = hashOf(draft);
        return new DraftView(draft.id(), draft.ruleSet(), draft.base(), draft.baseVersion(), draft.createdAt(), files,
                draft.owner(), hash, reviews.newest(draft.ruleSet(), draft.id()).map(row -> Review.of(row, hash))
                        .orElse(null));
    }

    /** What an approval of the draft binds to; null when the draft holds a link (the gate would refuse it too). */
    @Nullable String hashOf(Draft draft) {
        try {
            return Review.hashOf(drafts.files(draft));
        } catch (ResponseStatusException linked) {
            return null;
        }
    }
}
