package org.convenor.rulesets;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.convenor.engine.ActiveRuleSets.Activation;
import org.convenor.engine.RuleInfo;
import org.convenor.scenario.Coverage;
import org.convenor.scenario.ScenarioReport;
import org.convenor.scenario.ScenarioResult;
import org.jspecify.annotations.Nullable;

/**
 * What staff and operators see of a rule set: the version answering now, its rules, how its scenarios went,
 * and what happened the last time it was loaded from disk.
 *
 * @param version {@code null} while no version has passed the gate
 * @param instances the version each instance sharing the database answers with: this one first, then every other
 *        heard from within {@code convenor.instances.live-for}
 */
public record RuleSetStatus(String name, @Nullable String version, @Nullable Instant activatedAt, List<RuleInfo> rules,
        List<ScenarioResult> scenarios, @Nullable Coverage coverage, Attempt lastAttempt,
        List<PastActivation> history, List<InstanceVersion> instances) {

    public record PastActivation(String version, Instant activatedAt) {
    }

    /**
     * @param instance the instance's name ({@code convenor.instances.id}, or its host's name and random letters)
     * @param version {@code null} while no version of the rule set has passed the gate there
     */
    public record InstanceVersion(String instance, @Nullable String version) {
    }

    static RuleSetStatus of(String name, Optional<Activation> activation, ScenarioReport report, Attempt lastAttempt,
            List<Activation> history, List<InstanceVersion> instances) {
        return new RuleSetStatus(name,
                activation.map(a -> a.ruleSet().version()).orElse(null),
                activation.map(Activation::activatedAt).orElse(null),
                activation.map(a -> a.ruleSet().rules()).orElse(List.of()),
                report == null ? List.of() : report.results(),
                report == null ? null : report.coverage(),
                lastAttempt,
                history.stream().map(a -> new PastActivation(a.ruleSet().version(), a.activatedAt())).toList(),
                instances);
    }
}
