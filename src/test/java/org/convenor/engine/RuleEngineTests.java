package org.convenor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.convenor.FrozenPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleEngineTests {

    @TempDir
    Path rules;

    final RuleSetCompiler compiler = new RuleSetCompiler();
    final RuleEngine engine = new RuleEngine(
            new RulesProperties(FrozenPolicy.RULES, FrozenPolicy.SCENARIOS, List.of(), 10, Duration.ofMillis(1), Duration.ofSeconds(60)));

    RuleSet ruleSet(String drl) throws Exception {
        return compiler.compile("demo", RuleFiles.write(rules.resolve("demo"), "demo.drl", drl));
    }

    @Test
    void recordsEachFiredRuleWithItsDescriptionAndTheFactsItMatched() throws Exception {
        RuleSet demo = ruleSet(RuleSetCompilerTests.HEAVY);

        Evaluation evaluation = engine.evaluate(demo, List.of(new Token("a", 20), new Token("b", 5), new Token("c", 11)));

        assertThat(evaluation.firedRules()).containsExactly(
                new FiredRule("Heavy tokens are noticed", "Weight over 10 matters.", List.of("a", "c")));
        assertThat(evaluation.all(String.class)).containsExactlyInAnyOrder("heavy:a", "heavy:c");
    }

    @Test
    void aRuleThatFiresNothingIsNotListed() throws Exception {
        RuleSet demo = ruleSet(RuleSetCompilerTests.HEAVY);

        assertThat(engine.evaluate(demo, List.of(new Token("light", 1))).firedRules()).isEmpty();
    }

    @Test
    void aRuleThatRetriggersItselfHitsTheFiringBoundInsteadOfHangingTheRequest() throws Exception {
        RuleSet looping = ruleSet("""
                rule "Keeps looking at the same token"
                when
                    $t : Token()
                then
                    update(drools.getFactHandle($t), $t);
                end
                """);

        assertThatThrownBy(() -> engine.evaluate(looping, List.of(new Token("seed", 0))))
                .isInstanceOf(EvaluationLimitException.class)
                .hasMessageContaining("fired more than 20")
                .hasMessageContaining("Keeps looking at the same token");
    }

    @Test
    void aRuleThatBreedsFactsHitsTheInsertBound() throws Exception {
        RuleSet breeding = ruleSet("""
                rule "Every token breeds another"
                when
                    $t : Token()
                then
                    insert(new Token($t.id() + "+", $t.weight() + 1));
                end
                """);

        assertThatThrownBy(() -> engine.evaluate(breeding, List.of(new Token("seed", 0))))
                .isInstanceOf(EvaluationLimitException.class)
                .hasMessageContaining("inserted more than 20")
                .hasMessageContaining("Every token breeds another");
    }

    @Test
    void aConsequenceThatInsertsInAnEndlessLoopIsStoppedByTheInsertBound() throws Exception {
        RuleSet flooding = ruleSet("""
                rule "Floods the session"
                when
                    $t : Token()
                then
                    for (int i = 0; ; i++) {
                        insert(Integer.valueOf(i));
                    }
                end
                """);

        assertThatThrownBy(() -> engine.evaluate(flooding, List.of(new Token("seed", 0))))
                .isInstanceOf(EvaluationLimitException.class)
                .hasMessageContaining("inserted more than 20")
                .hasMessageContaining("Floods the session");
    }

    @Test
    void aConsequenceThatThrowsFailsThatEvaluationOnly() throws Exception {
        RuleSet throwing = ruleSet("""
                rule "Divides by the weight"
                when
                    $t : Token()
                then
                    insert(Integer.valueOf(10 / $t.weight()));
                end
                """);

        assertThatThrownBy(() -> engine.evaluate(throwing, List.of(new Token("zero", 0))))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("ArithmeticException");
        assertThat(engine.evaluate(throwing, List.of(new Token("two", 2))).all(Integer.class)).containsExactly(5);
    }

    @Test
    void evaluationsDoNotShareState() throws Exception {
        RuleSet demo = ruleSet(RuleSetCompilerTests.HEAVY);

        engine.evaluate(demo, List.of(new Token("first", 50)));
        Evaluation second = engine.evaluate(demo, List.of(new Token("second", 50)));

        assertThat(second.all(String.class)).containsExactly("heavy:second");
    }
}
