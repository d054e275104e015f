package org.convenor.rulesets;

import java.time.Instant;
import java.util.List;

import org.convenor.engine.compile.CompileError;
import org.convenor.scenario.Coverage;
import org.convenor.scenario.ScenarioResult;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to load a rule set from disk, and why it ended as it did.
 *
 * @param version the candidate's version; {@code null} when its files could not be read
 * @param errors compile errors as file, line, message
 * @param failedScenarios scenarios that failed against the candidate, each failure by its path with expected
 *     and actual
 * @param coverage rule coverage the scenarios reached; {@code null} when they did not run
 */
public record Attempt(String ruleSet, Outcome outcome, Instant at, @Nullable String version, String message,
        List<CompileError> errors, List<ScenarioResult> failedScenarios, @Nullable Coverage coverage) {

    static Attempt rejected(Verdict verdict, Instant at) {
        return new Attempt(verdict.ruleSet(), Outcome.REJECTED, at, verdict.version(), verdict.problem(),
                verdict.errors(), verdict.failedScenarios(), verdict.coverage());
    }

    static Attempt activated(Verdict verdict, Instant at) {
        return new Attempt(verdict.ruleSet(), Outcome.ACTIVATED, at, verdict.version(),
                "compiled and passed " + verdict.scenarios().size() + " scenarios", List.of(), List.of(),
                verdict.coverage());
    }

    static Attempt unchanged(String ruleSet, String version, String message, Coverage coverage, Instant at) {
        return new Attempt(ruleSet, Outcome.UNCHANGED, at, version, message, List.of(), List.of(), coverage);
    }

    /** One line per problem, the way the log and the start-up error print it. */
    public String describe() {
        StringBuilder text = new StringBuilder(ruleSet).append(": ").append(outcome).append(" - ").append(message);
        errors.forEach(error -> text.append("\n  ").append(error));
        failedScenarios.forEach(result -> result.failures()
                .forEach(failure -> text.append("\n  ").append(result.file()).append(" (").append(result.name())
                        .append("): ").append(failure.message())));
        if (coverage != null && !coverage.complete()) {
            text.append("\n  rules no scenario fires: ").append(coverage.uncovered());
        }
        return text.toString();
    }
}
