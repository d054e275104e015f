package org.convenor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.convenor.engine.RuleSet;
import org.convenor.engine.RulesProperties;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.rulesets.RuleSetLibrary;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The live policy, tested by its own scenarios and nothing else: every scenario file under {@code scenarios/}
 * (the folder staff edit) as a test of its own, named by the scenario's {@code name},
 * and a coverage test per rule set: a rule no scenario fires fails the build, naming the rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"convenor.rules.load-on-startup=false", "convenor.rules.watch=false",
    "convenor.rules.directory=" + ScenarioTests.LIVE_RULES, "convenor.rules.scenarios=" + ScenarioTests.LIVE_SCENARIOS})
class ScenarioTests {

    /** The only test that reads the live folders; {@code LiveRulesIsolationTests} makes sure of it. */
    static final String LIVE_RULES = "rules";
    static final String LIVE_SCENARIOS = "scenarios";

    @Autowired
    RuleSetLibrary library;
    @Autowired
    RuleSetCompiler compiler;
    @Autowired
    ScenarioLoader loader;
    @Autowired
    ScenarioRunner runner;
    @Autowired
    RulesProperties properties;

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return library.names().stream().map(this::ruleSet);
    }

    private DynamicNode ruleSet(String name) {
        RuleSet ruleSet = compiler.compile(name, properties.directory().resolve(name));
        List<Scenario> scenarios = loader.load(properties.scenarios(), name);
        Stream<DynamicNode> each = scenarios.stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(),
                scenario.file().toUri(), () -> {
                    ScenarioResult result = runner.run(ruleSet, scenario);
                    assertThat(result.failures()).as("%s (%s)", scenario.name(), scenario.location()).isEmpty();
                }));
        DynamicTest coverage = DynamicTest.dynamicTest("every rule of " + name + " is fired by a scenario", () -> {
            assertThat(scenarios).as("scenarios for rule set %s", name).isNotEmpty();
            assertThat(runner.run(ruleSet, scenarios).coverage().uncovered())
                    .as("rules of %s that no scenario fires", name).isEmpty();
        });
        return DynamicContainer.dynamicContainer(name, Stream.concat(each, Stream.of(coverage)));
    }
}
