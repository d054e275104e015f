package org.convenor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.convenor.FrozenPolicy;
import org.convenor.engine.compile.RuleSetCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleEngineTests {

    @TempDir
    Path rules;

    final RuleSetCompiler compiler = RuleFiles.compiler();
    final RuleEngine engine = new RuleEngine(
            new RulesProperties(FrozenPolicy.RULES, FrozenPolicy.SCENARIOS, List.of(), 10, Duration.ofMillis(1), Duration.ofSeconds(60)));

    RuleSet ruleSet(String drl) throws Exception {
        return compiler.compile("demo", RuleFiles.write(rules.resolve("demo"), "demo.drl", drl));
    }

    @Test
    void recordsEachFiredRuleWithItsDescriptionAndTheFactsItMatched() throws Exception {
        RuleSet demo = ruleSet(RuleFiles.HEAVY);

        Evaluation evaluation = engine.evaluate(demo, List.of(new Token("a", 20), new Token("b", 5), new Token("c", 11)));

        assertThat(evaluation.firedRules()).containsExactly(
                new FiredRule("Heavy tokens are noticed", "Weight over 10 matters.", List.of("a", "c")));
        assertThat(evaluation.all(String.class)).containsExactlyInAnyOrder("heavy:a", "heavy:c");
    }

    @Test
    void aRuleThatFiresNothingIsNotListed() throws Exception {
        RuleSet demo = ruleSet(RuleFiles.HEAVY);

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
    void aConsequenceThatInsertsPastTheBoundIsStoppedInsideIt() throws Exception {
        RuleSet flooding = ruleSet("rule \"Floods the session\"\nwhen\n    $t : Token()\nthen\n" + inserts(25) + "end\n");

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
        RuleSet demo = ruleSet(RuleFiles.HEAVY);

        engine.evaluate(demo, List.of(new Token("first", 50)));
        Evaluation second = engine.evaluate(demo, List.of(new Token("second", 50)));

        assertThat(second.all(String.class)).containsExactly("heavy:second");
    }

    static final String TABLE = """
            rule "Tokens heavier than the table's row are noticed"
                @description("The threshold is the table's.")
            when
                Token(id == "threshold", $limit : weight)
                $t : Token(id != "threshold", weight > $limit)
            then
                insert("heavy:" + $t.id());
            end

            rule "The threshold table"
                @description("One row, with no conditions.")
            when
            then
                insert(new Token("threshold", 10));
            end
            """;

    @Test
    void aRuleWithoutConditionsIsFiredOnceForTheVersionAndStillExplainsEveryEvaluation() throws Exception {
        RuleSet tables = ruleSet(TABLE);

        Evaluation first = engine.evaluate(tables, List.of(new Token("a", 20)));
        Evaluation second = engine.evaluate(tables, List.of(new Token("b", 5), new Token("c", 11)));

        assertThat(tables.tables().rules()).containsExactly("The threshold table");
        assertThat(first.all(String.class)).containsExactly("heavy:a");
        assertThat(second.all(String.class)).containsExactly("heavy:c");
        FiredRule table = new FiredRule("The threshold table", "One row, with no conditions.", List.of());
        assertThat(first.firedRules()).contains(table);
        assertThat(second.firedRules()).containsExactly(table,
                new FiredRule("Tokens heavier than the table's row are noticed", "The threshold is the table's.",
                        List.of("threshold", "c")));
        Token row = threshold(first);
        assertThat(threshold(second)).isSameAs(row);
        assertThat(second.ruleThatInserted(row)).isEqualTo("The threshold table");
    }

    private static Token threshold(Evaluation evaluation) {
        return evaluation.all(Token.class).stream().filter(token -> token.id().equals("threshold")).findFirst()
                .orElseThrow();
    }

    @Test
    void aTableRuleThatThrowsFailsEveryEvaluationNamingIt() throws Exception {
        RuleSet throwing = ruleSet("""
                rule "A table that cannot be built"
                when
                then
                    insert(Integer.valueOf(10 / Integer.parseInt("0")));
                end
                """);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> engine.evaluate(throwing, List.of(new Token("any", 1))))
                    .isInstanceOf(RuleEvaluationException.class)
                    .hasMessageContaining("ArithmeticException");
        }
    }

    @Test
    void aTableRuleThatInsertsPastItsBoundIsStopped() throws Exception {
        // Actions cannot loop (the compiler refuses it), so a table that floods the session is written out row by row.
        RuleSet flooding = ruleSet("rule \"A table without end\"\nwhen\nthen\n" + inserts(1001) + "end\n");

        assertThatThrownBy(() -> engine.evaluate(flooding, List.of(new Token("seed", 0))))
                .isInstanceOf(EvaluationLimitException.class)
                .hasMessageContaining("A table without end");
    }

    @Test
    void theTablesCountTowardsTheBoundsOfEveryEvaluation() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            rows.append("    insert(new Token(\"row").append(i).append("\", ").append(i).append("));\n");
        }
        RuleSet wide = ruleSet("rule \"A table of 25 rows\"\nwhen\nthen\n" + rows + "end\n");

        assertThatThrownBy(() -> engine.evaluate(wide, List.of(new Token("one", 1))))
                .isInstanceOf(EvaluationLimitException.class)
                .hasMessageContaining("inserted more than 20");
        assertThat(engine.evaluate(wide, List.of(new Token("one", 1), new Token("two", 2))).all(Token.class))
                .hasSize(25);
    }

    /** An action of this many inserts, one a line. */
    static String inserts(int count) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append("    insert(Integer.valueOf(").append(i).append("));\n");
        }
        return rows.toString();
    }
}
