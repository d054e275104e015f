package org.convenor.scenario;

import java.util.List;
import java.util.Set;

/**
 * How one scenario went against one version of its rule set.
 *
 * @param failures what did not hold, each by its path in the scenario with expected and actual; empty when it
 *     passed
 * @param firedRules the rules that fired, for coverage
 */
public record ScenarioResult(String file, String name, List<ScenarioFailure> failures, Set<String> firedRules) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
