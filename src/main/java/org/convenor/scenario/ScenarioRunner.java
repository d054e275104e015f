package org.convenor.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.engine.Decision;
import org.convenor.engine.EvaluationLimitException;
import org.convenor.engine.RuleEvaluationException;
import org.convenor.engine.RuleSet;
import org.convenor.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Runs scenarios through the same {@link Decision} code the HTTP API uses, with the same JSON mapper, so a
 * scenario's {@code given} is read exactly as a request body would be.
 */
@Component
public class ScenarioRunner {

    private final Map<String, Decision<?, ?>> decisions;
    private final JsonMapper json;

    public ScenarioRunner(List<Decision<?, ?>> decisions, JsonMapper json) {
        this.decisions = decisions.stream().collect(Collectors.toMap(Decision::ruleSet, Function.identity()));
        this.json = json;
    }

    public ScenarioReport run(RuleSet ruleSet, List<Scenario> scenarios) {
        List<ScenarioResult> results = scenarios.stream().map(scenario -> run(ruleSet, scenario)).toList();
        Set<String> fired = results.stream().flatMap(result -> result.firedRules().stream()).collect(Collectors.toSet());
        List<String> uncovered = ruleSet.ruleNames().stream().filter(rule -> !fired.contains(rule)).toList();
        int rules = ruleSet.rules().size();
        return new ScenarioReport(ruleSet.name(), ruleSet.version(), results,
                new Coverage(rules, rules - uncovered.size(), uncovered));
    }

    public ScenarioResult run(RuleSet ruleSet, Scenario scenario) {
        Decision<?, ?> decision = decisions.get(scenario.ruleSet());
        if (decision == null) {
            return failed(scenario, "no decision answers with rule set '" + scenario.ruleSet() + "'");
        }
        try {
            JsonNode answer = json.valueToTree(decide(decision, scenario.given(), ruleSet));
            Set<String> fired = new LinkedHashSet<>();
            answer.path("firedRules").forEach(rule -> fired.add(rule.path("rule").asString()));
            return new ScenarioResult(scenario.location(), scenario.name(),
                    ScenarioMatcher.mismatches(scenario.expect(), scenario.expectNone(), answer), fired);
        } catch (JacksonException e) {
            return failed(scenario, "given is not a valid request: " + e.getOriginalMessage()
                    + " at " + e.getPathReference());
        } catch (InvalidInputException e) {
            return failed(scenario, "given is not a valid request: " + e.problems());
        } catch (EvaluationLimitException | RuleEvaluationException e) {
            return failed(scenario, e.getMessage());
        }
    }

    private <Q> Object decide(Decision<Q, ?> decision, JsonNode given, RuleSet ruleSet) {
        return decision.decide(json.treeToValue(given, decision.requestType()), ruleSet);
    }

    private static ScenarioResult failed(Scenario scenario, String why) {
        return new ScenarioResult(scenario.location(), scenario.name(), List.of(why), Set.of());
    }
}
