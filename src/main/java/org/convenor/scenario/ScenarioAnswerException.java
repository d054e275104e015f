package org.convenor.scenario;

import java.util.List;

/**
 * The rule set gave no answer to a scenario's {@code given}: the request was refused, or a rule failed or ran
 * past the firing limit. Each failure names where ({@code given.members[0].country}, or {@code answer}).
 */
public class ScenarioAnswerException extends RuntimeException {

    private final transient List<ScenarioFailure> failures;

    public ScenarioAnswerException(List<ScenarioFailure> failures) {
        super(String.join("; ", failures.stream().map(ScenarioFailure::message).toList()));
        this.failures = List.copyOf(failures);
    }

    public List<ScenarioFailure> failures() {
        return failures;
    }
}
