package org.convenor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.convenor.FrozenPolicy;
import org.convenor.bench.Fixtures;
import org.convenor.bench.NetworkGenerator;
import org.convenor.relationships.RelationshipAnswer;
import org.convenor.relationships.RelationshipRequest;
import org.convenor.relationships.RelationshipService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evaluation in parts is allowed only where the compiled rules prove each member is decided on its own, and
 * then decides exactly what a whole evaluation decides.
 */
class PartitioningTests {

    static final RuleSet FEES = Fixtures.ruleSet("fees");
    static final RuleSet COALITIONS = Fixtures.ruleSet("coalitions");
    static final RuleSet RELATIONSHIPS = Fixtures.ruleSet("relationships");

    /** Members keyed by id, everything else of theirs by memberId, as the relationships service says. */
    static Partitioning byMember(int perPart, Class<?>... shared) {
        return new Partitioning(type -> type == org.convenor.network.Member.class ? "id"
                : Partitioning.component(type, "memberId"), Set.of(shared), perPart);
    }

    static PolicyTables.Fired tables(RuleSet ruleSet) {
        Fixtures.ENGINE.evaluate(ruleSet, List.of());
        return ruleSet.tables().fired(() -> {
            throw new AssertionError("fired already");
        });
    }

    @Test
    void theRelationshipRulesDecideEachMemberOnItsOwn() {
        Partitioning partitioning = byMember(10, org.convenor.relationships.AsOf.class,
                org.convenor.relationships.CoalitionSector.class, org.convenor.relationships.TargetMoment.class);

        assertThat(partitioning.obstacle(RELATIONSHIPS, tables(RELATIONSHIPS))).isEmpty();
    }

    @Test
    void theFeeBookAndTheCoalitionGapsAreAboutEveryMemberAtOnce() {
        Partitioning partitioning = byMember(10, org.convenor.fees.Convenor.class);

        assertThat(partitioning.obstacle(FEES, tables(FEES))).get().asString()
                .containsAnyOf("fee book", "Portfolio", "FeeOutcome");
        assertThat(partitioning.obstacle(COALITIONS, tables(COALITIONS))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100})
    void inPartsTheAlertsAndTheirExplanationAreTheWholeEvaluations(int perPart) {
        RelationshipRequest request = new NetworkGenerator(perPart).relationships(300, 10);
        RelationshipAnswer inParts = new RelationshipService(Fixtures.ENGINE, Clock.systemUTC(), perPart).decide(request, RELATIONSHIPS);
        RelationshipAnswer whole = new RelationshipService(Fixtures.ENGINE, Clock.systemUTC(), Integer.MAX_VALUE)
                .decide(request, RELATIONSHIPS);

        assertThat(inParts.alerts()).isNotEmpty().isEqualTo(whole.alerts());
        assertThat(PolicyTablesTests.sorted(inParts.firedRules()))
                .containsExactlyInAnyOrderElementsOf(PolicyTablesTests.sorted(whole.firedRules()));
    }

    @TempDir
    Path rules;

    final RuleEngine engine = new RuleEngine(new RulesProperties(FrozenPolicy.RULES, FrozenPolicy.SCENARIOS,
            List.of(), 10, Duration.ofMillis(1), Duration.ofSeconds(60)));

    RuleSet ruleSet(String drl) throws Exception {
        return RuleFiles.compiler().compile("demo", RuleFiles.write(rules.resolve("demo"), "demo.drl", drl));
    }

    /** Tokens keyed by id; a Token and its Tag (keyed by the token id) belong together. */
    static final Partitioning BY_TOKEN = new Partitioning(type -> type == Token.class ? "id"
            : Partitioning.component(type, "tokenId"), Set.of(), 2);

    @Test
    void aRuleComparingTwoMembersKeepsTheEvaluationWhole() throws Exception {
        RuleSet pairs = ruleSet("""
                rule "Two tokens of one weight"
                when
                    Token($a : id, $w : weight)
                    Token(id != $a, weight == $w)
                then
                    insert("pair:" + $a);
                end
                """);
        List<Token> tokens = List.of(new Token("a", 1), new Token("b", 1), new Token("c", 2), new Token("d", 3),
                new Token("e", 3));

        assertThat(BY_TOKEN.obstacle(pairs, tables(pairs))).get().asString().contains("Two tokens of one weight");
        assertThat(engine.evaluate(pairs, tokens, BY_TOKEN).all(String.class))
                .containsExactlyInAnyOrder("pair:a", "pair:b", "pair:d", "pair:e");
    }

    @Test
    void aRuleThatDecidesForAnotherMemberSendsTheEvaluationBackWhole() throws Exception {
        RuleSet stray = ruleSet("""
                rule "Every token is noticed, under the first one's id"
                when
                    Token($id : id, weight < 99)
                then
                    insert(new Token("a", 99));
                end

                rule "A token noticed twice is counted"
                when
                    Token($id : id, weight == 99)
                    accumulate(Token(id == $id); $n : count())
                then
                    insert($id + ":" + $n);
                end
                """);
        List<Object> tokens = new ArrayList<>(List.of(new Token("a", 1), new Token("b", 1), new Token("c", 2),
                new Token("d", 3), new Token("e", 3)));

        assertThat(BY_TOKEN.obstacle(stray, tables(stray))).isEmpty();
        assertThat(engine.evaluate(stray, tokens, BY_TOKEN).all(String.class))
                .isEqualTo(engine.evaluate(stray, tokens).all(String.class));
    }
}
