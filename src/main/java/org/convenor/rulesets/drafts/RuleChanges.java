package org.convenor.rulesets.drafts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.convenor.engine.RuleSet;
import org.convenor.engine.compile.RuleSetCompilationException;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.rulesets.CheckReport;
import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleSetFiles;
import org.convenor.rulesets.RuleSetGate;
import org.convenor.rulesets.RuleSetHistory;
import org.convenor.rulesets.RuleSetLibrary;
import org.convenor.rulesets.RuleSetPublisher;
import org.convenor.rulesets.UnknownRuleSetException;
import org.convenor.scenario.AcceptResult;
import org.convenor.scenario.Scenario;
import org.convenor.scenario.ScenarioAccept;
import org.convenor.scenario.ScenarioLoader;
import org.convenor.scenario.ScenarioRunner;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff workflow for changing a rule set: make a draft of the active version, edit its files, check it
 * through the gate, publish it with a message, look back through the history and restore an earlier version.
 * An editor reaches only their own drafts.
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

    RuleChanges(RuleSetLibrary library, RuleSetHistory history, DraftStore drafts, RuleSetGate gate,
            RuleSetPublisher publisher, RuleSetCompiler compiler, ScenarioLoader loader, ScenarioRunner runner) {
        this.library = library;
        this.history = history;
        this.drafts = drafts;
        this.gate = gate;
        this.publisher = publisher;
        this.compiler = compiler;
        this.loader = loader;
        this.runner = runner;
    }

    /** A draft as the API shows it: which version it was made from and which files it holds. */
    public record DraftView(String id, String ruleSet, String base, String baseVersion, Instant createdAt,
            List<DraftFile> files) {
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

    public void discard(String editor, String ruleSet, String id) {
        drafts.discard(draft(editor, ruleSet, id));
    }

    public String readFile(String editor, String ruleSet, String id, String path) {
        return drafts.read(draft(editor, ruleSet, id), path).orElseThrow(() -> new ResponseStatusException(
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
        Draft draft = draft(editor, ruleSet, id);
        return CheckReport.of(gate.judge(ruleSet, drafts.rulesFolder(draft), drafts.scenariosFolder(draft)));
    }

    /** What accepting a scenario's new values changed in the draft, and what it could not settle. */
    public record Accepted(String scenario, List<AcceptResult.Change> changes,
            List<AcceptResult.Unresolved> unresolved) {
    }

    /**
     * Settles a scenario's failures in the draft with the values the draft's rules now give: identifying fields
     * are never rewritten, expectNone entries that now match are removed, the rest of the file is untouched.
     */
    public Accepted accept(String editor, String ruleSet, String id, String scenario) {
        Draft draft = draft(editor, ruleSet, id);
        if (scenario == null || !scenario.startsWith(RuleSetFiles.SCENARIOS)) {
            throw new InvalidInputException(List.of(new FieldProblem("scenario",
                    "name a scenario file of the draft, e.g. scenarios/cadence-edges.yaml")));
        }
        String text = drafts.read(draft, scenario).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "The draft has no file " + scenario + "."));
        RuleSet rules = compiled(draft);
        Scenario parsed = loader.parse(ruleSet, drafts.scenariosFolder(draft).resolve(RuleSetFiles.nameOf(scenario)),
                text);
        AcceptResult result = ScenarioAccept.accept(text, runner.answer(rules, parsed));
        drafts.write(draft, scenario, result.text().getBytes(StandardCharsets.UTF_8));
        return new Accepted(scenario, result.changes(), result.unresolved());
    }

    /** The draft's rules, compiled: what a preview or an accept runs. */
    RuleSet draftRules(String editor, String ruleSet, String id) {
        return compiled(draft(editor, ruleSet, id));
    }

    /** Puts the draft live through the gate; the draft is gone once it is published. */
    public RuleSetPublisher.Published publish(String editor, String ruleSet, String id, String message) {
        Draft draft = draft(editor, ruleSet, id);
        RuleSetPublisher.Published published = publisher.publish(draft.base(), drafts.files(draft), editor,
                checkedMessage(message));
        drafts.discard(draft);
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
        problems.throwIfAny();
        return message.strip();
    }

    private DraftView view(Draft draft) {
        List<DraftFile> files = drafts.paths(draft).stream().map(DraftFile::new).toList();
        return new DraftView(draft.id(), draft.ruleSet(), draft.base(), draft.baseVersion(), draft.createdAt(), files);
    }
}
