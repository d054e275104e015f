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
import tools.jackson.databind.node.ObjectNode;

import org.convenor.engine.Decision;
import org.convenor.engine.EvaluationLimitException;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RuleEvaluationException;
import org.convenor.engine.RuleSet;
import org.convenor.validation.FieldProblem;
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
    private final RuleEngine engine;

    public ScenarioRunner(List<Decision<?, ?>> decisions, JsonMapper json, RuleEngine engine) {
        this.decisions = decisions.stream().collect(Collectors.toMap(Decision::ruleSet, Function.identity()));
        this.json = json;
        this.engine = engine;
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
        JsonNode answer;
        ObjectNode expect;
        ObjectNode expectNone;
        try {
            PolicyPhrases phrases = phrases(ruleSet);
            answer = decided(ruleSet, scenario, resolved(phrases, scenario, "given", scenario.given()));
            expect = (ObjectNode) resolved(phrases, scenario, "expect", scenario.expect());
            expectNone = (ObjectNode) resolved(phrases, scenario, "expectNone", scenario.expectNone());
        } catch (ScenarioAnswerException e) {
            return new ScenarioResult(scenario.location(), scenario.name(), e.failures(), Set.of());
        }
        Set<String> fired = new LinkedHashSet<>();
        answer.path("firedRules").forEach(rule -> fired.add(rule.path("rule").asString()));
        return new ScenarioResult(scenario.location(), scenario.name(),
                ScenarioMatcher.mismatches(expect, expectNone, answer), fired);
    }

    /** The phrases of this version of a rule set: its own policy tables' numbers. */
    public PolicyPhrases phrases(RuleSet ruleSet) {
        return new PolicyPhrases(engine.policyFacts(ruleSet));
    }

    /**
     * A part of the scenario with its phrases resolved against these tables.
     *
     * @throws ScenarioAnswerException naming the file, line and path of a phrase that names no single number
     */
    static JsonNode resolved(PolicyPhrases phrases, Scenario scenario, String part, JsonNode node) {
        try {
            return phrases.resolve(part, node, scenario.given().get("asOf"));
        } catch (PolicyPhrases.PhraseException e) {
            throw new ScenarioAnswerException(List.of(new ScenarioFailure(e.path(), null, null,
                    scenario.location(e.path()) + ", " + e.path() + ": " + e.getMessage())));
        }
    }

    /**
     * The answer {@code ruleSet} gives to the scenario's {@code given}, as the HTTP API would write it: what a
     * scenario is checked against, and what {@link ScenarioAccept} settles a scenario file with.
     *
     * @throws ScenarioAnswerException when there is no answer: the request is refused, or a rule fails
     */
    public JsonNode answer(RuleSet ruleSet, Scenario scenario) {
        return decided(ruleSet, scenario, resolved(phrases(ruleSet), scenario, "given", scenario.given()));
    }

    private JsonNode decided(RuleSet ruleSet, Scenario scenario, JsonNode given) {
        Decision<?, ?> decision = decisions.get(scenario.ruleSet());
        if (decision == null) {
            throw failure("ruleSet", "no decision answers with rule set '" + scenario.ruleSet() + "'");
        }
        try {
            return json.valueToTree(decide(decision, given, ruleSet));
        } catch (JacksonException e) {
            throw failure(givenPath(e), "given is not a valid request: " + e.getOriginalMessage()
                    + " at " + e.getPathReference());
        } catch (InvalidInputException e) {
            throw new ScenarioAnswerException(e.problems().stream().map(ScenarioRunner::refused).toList());
        } catch (EvaluationLimitException | RuleEvaluationException e) {
            throw failure("answer", e.getMessage());
        }
    }

    private <Q> Object decide(Decision<Q, ?> decision, JsonNode given, RuleSet ruleSet) {
        return decision.decide(json.treeToValue(given, decision.requestType()), ruleSet);
    }

    private static ScenarioFailure refused(FieldProblem problem) {
        String path = problem.field() == null || problem.field().isBlank() ? "given" : "given." + problem.field();
        return new ScenarioFailure(path, null, null, "given is not a valid request: " + problem.field() + " "
                + problem.message());
    }

    /** {@code given.members[2].country}, from where the JSON reading stopped. */
    private static String givenPath(JacksonException e) {
        StringBuilder path = new StringBuilder("given");
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ScenarioAnswerException failure(String path, String message) {
        return new ScenarioAnswerException(List.of(new ScenarioFailure(path, null, null, message)));
    }
}
