package org.convenor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.convenor.bench.Fixtures;
import org.convenor.bench.NetworkGenerator;
import org.convenor.coalitions.CoalitionAnswer;
import org.convenor.fees.FeeAnswer;
import org.convenor.relationships.RelationshipAnswer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default policy's tables (bands, cadences, weights, the country list…) fired once per version decide
 * exactly what firing them on every request decided: the same answers, the same fired rules with the same
 * descriptions and facts, the tables' rules listed first.
 */
class PolicyTablesTests {

    static final RuleSet FEES = Fixtures.ruleSet("fees");
    static final RuleSet COALITIONS = Fixtures.ruleSet("coalitions");
    static final RuleSet RELATIONSHIPS = Fixtures.ruleSet("relationships");

    /** The same compiled rules with no cached tables: every rule fires on every evaluation. */
    static RuleSet firingEveryTime(RuleSet ruleSet) {
        return new RuleSet(ruleSet.name(), ruleSet.version(), ruleSet.rules(), ruleSet.kieBase(), ruleSet.sessions(),
                PolicyTables.none());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void feesDecideAsIfEveryTableFiredAgain(long seed) {
        var request = new NetworkGenerator(seed).fees(300);
        FeeAnswer cached = Fixtures.fees().decide(request, FEES);
        FeeAnswer fired = Fixtures.fees().decide(request, firingEveryTime(FEES));

        assertThat(FEES.tables().rules()).containsExactlyInAnyOrder("Fee bands by annual income",
                "Fee ceilings and the cap on the fee book", "Countries counted as the Global South",
                "Exchange rates into the convenor's currency");
        assertThat(cached.assessments()).isEqualTo(fired.assessments());
        assertThat(cached.portfolio()).isEqualTo(fired.portfolio());
        assertThat(cached.alerts()).isEqualTo(fired.alerts());
        assertSameExplanation(cached.firedRules(), fired.firedRules(), FEES);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void coalitionsDecideAsIfEveryTableFiredAgain(long seed) {
        var request = new NetworkGenerator(seed).coalitions(300, 5);
        CoalitionAnswer cached = Fixtures.coalitions().decide(request, COALITIONS);
        CoalitionAnswer fired = Fixtures.coalitions().decide(request, firingEveryTime(COALITIONS));

        assertThat(COALITIONS.tables().rules()).hasSize(5);
        assertThat(cached.recommendations()).isEqualTo(fired.recommendations());
        assertThat(cached.warnings()).isEqualTo(fired.warnings());
        assertThat(cached.respectedDeclines()).isEqualTo(fired.respectedDeclines());
        assertSameExplanation(cached.firedRules(), fired.firedRules(), COALITIONS);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void relationshipsDecideAsIfEveryTableFiredAgain(long seed) {
        var request = new NetworkGenerator(seed).relationships(300, 10);
        RelationshipAnswer cached = Fixtures.relationships().decide(request, RELATIONSHIPS);
        RelationshipAnswer fired = Fixtures.relationships().decide(request, firingEveryTime(RELATIONSHIPS));

        assertThat(RELATIONSHIPS.tables().rules()).hasSize(6);
        assertThat(cached.alerts()).isNotEmpty().isEqualTo(fired.alerts());
        assertSameExplanation(cached.firedRules(), fired.firedRules(), RELATIONSHIPS);
    }

    /**
     * Every rule with its description and facts, the tables' rules first. The others keep the order in which
     * each first fired, and each rule its facts in the order it matched them, which may differ where rules do
     * not depend on each other (the tables' facts are in the session from the start instead of arriving as
     * their rules fire).
     */
    static void assertSameExplanation(List<FiredRule> cached, List<FiredRule> fired, RuleSet ruleSet) {
        Function<FiredRule, Boolean> isTable = rule -> ruleSet.tables().rules().contains(rule.rule());
        assertThat(sorted(cached)).containsExactlyInAnyOrderElementsOf(sorted(fired));
        assertThat(cached.subList(0, ruleSet.tables().rules().size())).allMatch(isTable::apply);
    }

    static List<FiredRule> sorted(List<FiredRule> rules) {
        return rules.stream().map(rule -> new FiredRule(rule.rule(), rule.description(),
                rule.facts().stream().sorted().toList())).toList();
    }
}
