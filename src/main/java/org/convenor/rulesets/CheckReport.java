package org.convenor.rulesets;

import java.io.Serializable;
import java.util.List;

import org.convenor.engine.compile.CompileError;
import org.convenor.scenario.Coverage;
import org.convenor.scenario.ScenarioFailure;
import org.jspecify.annotations.Nullable;

/**
 * What the gate found of a draft, with file paths as the draft names them ({@code rules/outcome.drl},
 * {@code scenarios/waiver.yaml}).
 *
 * @param version the draft's version; {@code null} when its files could not be read
 * @param problem why it was rejected, in a few words; {@code null} when it passed
 * @param coverage {@code null} when the scenarios did not run
 */
public record CheckReport(CheckOutcome outcome, @Nullable String version, @Nullable String problem,
        List<CompileError> errors, List<FailedScenario> failedScenarios, @Nullable Coverage coverage)
        implements Serializable {

    public enum CheckOutcome {
        PASSED, REJECTED
    }

    /** @param file the scenario's path in the draft */
    public record FailedScenario(String file, String name, List<ScenarioFailure> failures) implements Serializable {
    }

    public static CheckReport of(Verdict verdict) {
        String prefix = verdict.ruleSet() + "/";
        List<CompileError> errors = verdict.errors().stream()
                .map(e -> new CompileError(draftPath(RuleSetFiles.RULES, prefix, e.file()), e.line(), e.message(),
                        e.detail()))
                .toList();
        List<FailedScenario> failed = verdict.failedScenarios().stream()
                .map(r -> new FailedScenario(draftPath(RuleSetFiles.SCENARIOS, prefix, r.file()), r.name(),
                        r.failures()))
                .toList();
        return new CheckReport(verdict.passed() ? CheckOutcome.PASSED : CheckOutcome.REJECTED, verdict.version(),
                verdict.problem(), errors, failed, verdict.coverage());
    }

    private static String draftPath(String folder, String ruleSetPrefix, String file) {
        return file.startsWith(ruleSetPrefix) ? folder + file.substring(ruleSetPrefix.length()) : file;
    }
}
