package org.convenor.rulesets.cli;

import java.util.Set;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.convenor.engine.RuleSet;
import org.convenor.engine.compile.RuleSetCompilationException;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.convenor.rulesets.RuleSetGate;
import org.convenor.rulesets.RuleSetLibrary;
import org.convenor.rulesets.Verdict;
import org.convenor.rulesets.drafts.DraftImpact;
import org.convenor.rulesets.drafts.Preview;

/**
 * {@code java -jar convenor.jar preview --rules DIR --scenarios DIR --network FILE [--as-of D]}: what the rule
 * sets in DIR would change, against those in the service's rules folder, for a network exported with
 * {@code GET /api/network}. The same comparison as the API's preview, printed for a terminal; it opens no
 * database. Each candidate is also judged by the gate with its scenarios, so the printout says whether it could
 * be published.
 */
public final class PreviewCommand {

    private final RuleSetCompiler compiler;
    private final RuleSetGate gate;
    private final List<NetworkDecision> decisions;
    private final PrintStream out;

    public PreviewCommand(RuleSetCompiler compiler, RuleSetGate gate, List<NetworkDecision> decisions,
            PrintStream out) {
        this.compiler = compiler;
        this.gate = gate;
        this.decisions = decisions;
        this.out = out;
    }

    /**
     * @param live the rule sets answering now (the service's rules folder)
     * @param rules the changed rule sets, one folder each; those present in both are compared
     * @return the exit code: 0 when every candidate compiled and could be compared
     */
    public int run(Path live, Path rules, Path scenarios, StoredNetwork network, LocalDate asOf) {
        int failed = 0;
        for (String name : RuleSetLibrary.namesIn(rules)) {
            NetworkDecision decision = decisions.stream().filter(d -> d.ruleSet().equals(name)).findFirst()
                    .orElse(null);
            if (decision == null || !Files.isDirectory(live.resolve(name))) {
                out.println("Rule set " + name + ": nothing to compare it with; skipped");
                continue;
            }
            Verdict verdict = gate.judge(name, rules.resolve(name), scenarios.resolve(name));
            if (verdict.candidate() == null) {
                out.println("Rule set " + name + ": does not compile");
                verdict.errors().forEach(error -> out.println("  " + error));
                failed++;
                continue;
            }
            RuleSet base;
            try {
                base = compiler.compile(name, live.resolve(name));
            } catch (RuleSetCompilationException e) {
                out.println("Rule set " + name + ": the live version in " + live + " does not compile");
                failed++;
                continue;
            }
            print(DraftImpact.compare(decision, network, asOf, base, null, verdict.candidate(), Set.of()), verdict);
        }
        return failed == 0 ? 0 : 1;
    }

    private void print(Preview preview, Verdict verdict) {
        out.println("Rule set " + preview.ruleSet() + ": " + preview.base().version() + " -> "
                + preview.candidate().version() + ", as of " + preview.asOf());
        out.println("  gate: " + (verdict.passed() ? "PASSED" : "REJECTED - " + verdict.problem()));
        verdict.failedScenarios().forEach(failed -> out.println("    " + failed.file() + " (" + failed.name() + ")"));
        Preview.Summary summary = preview.summary();
        out.println("  " + summary.added() + " added, " + summary.removed() + " removed, " + summary.changed()
                + " changed, " + summary.unchanged() + " unchanged");
        for (Preview.Change change : preview.changes()) {
            out.println(String.format("  %-8s %s%s", change.change(), subject(change.subject()), detail(change)));
        }
        if (preview.portfolio() != null) {
            out.println("  fee book: " + differences(preview.portfolio().before(), preview.portfolio().after()));
        }
    }

    private static String subject(Map<String, String> subject) {
        return String.join(" ", subject.values());
    }

    private static String detail(Preview.Change change) {
        return switch (change.change()) {
            case ADDED -> ": " + brief(change.after());
            case REMOVED -> ": was " + brief(change.before());
            case CHANGED -> ": " + differences(change.before(), change.after());
        };
    }

    /** The first of severity, status, amount, exemption, rank or message that the element has. */
    private static String brief(JsonNode element) {
        for (String field : List.of("severity", "status", "rank")) {
            if (element.has(field)) {
                return field + " " + element.get(field).asString() + (element.has("message")
                        ? " \"" + element.get("message").asString() + "\"" : "");
            }
        }
        return element.toString();
    }

    /** Each field that differs, as {@code field: before -> after}. */
    private static String differences(JsonNode before, JsonNode after) {
        List<String> differences = new ArrayList<>();
        if (before == null || after == null) {
            return before + " -> " + after;
        }
        after.propertyNames().forEach(field -> {
            if (!after.get(field).equals(before.get(field))) {
                differences.add(field + " " + shown(before.get(field)) + " -> " + shown(after.get(field)));
            }
        });
        return differences.isEmpty() ? "no difference" : String.join("; ", differences);
    }

    private static String shown(JsonNode value) {
        return value == null ? "(none)" : value.isString() ? "\"" + value.asString() + "\"" : value.toString();
    }
}
