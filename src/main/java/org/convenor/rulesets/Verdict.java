package org.convenor.rulesets;

import java.util.List;

import org.convenor.engine.RuleSet;
import org.convenor.engine.compile.CompileError;
import org.convenor.scenario.Coverage;
import org.convenor.scenario.Scenario;
import org.convenor.scenario.ScenarioReport;
import org.convenor.scenario.ScenarioResult;

/**
 * What the gate found of one candidate.
 *
 * @param candidate the compiled rule set; {@code null} when it did not compile
 * @param version the candidate's content hash; {@code null} when its files could not be read
 * @param problem why it was rejected, in a few words; {@code null} when it passed
 * @param report every scenario's result; {@code null} when the scenarios did not run
 */
public record Verdict(String ruleSet, RuleSet candidate, String version, List<Scenario> scenarios,
        ScenarioReport report, String problem, List<CompileError> errors) {

    public static Verdict rejected(String ruleSet, String version, String problem) {
        return new Verdict(ruleSet, null, version, List.of(), null, problem, List.of());
    }

    public static Verdict notCompiled(String ruleSet, String version, List<CompileError> errors) {
        return new Verdict(ruleSet, null, version, List.of(), null, "does not compile", errors);
    }

    static Verdict of(RuleSet candidate, List<Scenario> scenarios, ScenarioReport report) {
        String problem = null;
        if (scenarios.isEmpty()) {
            problem = "no scenarios: every rule set needs them";
        } else if (!report.failed().isEmpty()) {
            problem = report.failed().size() + " of " + scenarios.size() + " scenarios failed";
        } else if (!report.coverage().complete()) {
            problem = "some rules are fired by no scenario";
        }
        return new Verdict(candidate.name(), candidate, candidate.version(), scenarios, report, problem, List.of());
    }

    public boolean passed() {
        return problem == null;
    }

    public List<ScenarioResult> failedScenarios() {
        return report == null ? List.of() : report.failed();
    }

    /** {@code null} when the scenarios did not run. */
    public Coverage coverage() {
        return report == null ? null : report.coverage();
    }
}
