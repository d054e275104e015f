package org.convenor.scenario;

import java.util.List;

/** Every scenario of a rule set run against one version of it, and the rule coverage they reach. */
public record ScenarioReport(String ruleSet, String version, List<ScenarioResult> results, Coverage coverage) {

    public List<ScenarioResult> failed() {
        return results.stream().filter(result -> !result.passed()).toList();
    }

    /** The gate: every scenario passes and every rule is exercised. */
    public boolean passed() {
        return failed().isEmpty() && coverage.complete();
    }
}
