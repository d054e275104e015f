package org.convenor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.convenor.bench.plain.PlainCoalitions;
import org.convenor.bench.plain.PlainFees;
import org.convenor.bench.plain.PlainRelationships;
import org.convenor.coalitions.CoalitionAnswer;
import org.convenor.coalitions.CoalitionRequest;
import org.convenor.coalitions.CoalitionWarning;
import org.convenor.coalitions.RespectedDecline;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetRef;
import org.convenor.fees.FeeAnswer;
import org.convenor.fees.FeeAssessment;
import org.convenor.fees.FeeRequest;
import org.convenor.relationships.Alert;
import org.convenor.relationships.RelationshipRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written yardsticks the benchmarks compare Drools with must make the same decisions as the
 * rules, or the comparison means nothing. Checked on generated networks.
 */
class PlainEquivalenceTests {

    static final RuleSet FEES = Fixtures.ruleSet("fees");
    static final RuleSet COALITIONS = Fixtures.ruleSet("coalitions");
    static final RuleSet RELATIONSHIPS = Fixtures.ruleSet("relationships");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void feesDecideAlike(long seed) {
        FeeRequest request = new NetworkGenerator(seed).fees(500);
        FeeAnswer rules = Fixtures.fees().decide(request, FEES);
        FeeAnswer plain = PlainFees.decide(request, RuleSetRef.of(FEES));

        assertThat(decisions(plain.assessments())).isEqualTo(decisions(rules.assessments()));
        assertThat(plain.portfolio()).isEqualTo(rules.portfolio());
        assertThat(plain.alerts()).isEqualTo(rules.alerts());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void coalitionsDecideAlike(long seed) {
        CoalitionRequest request = new NetworkGenerator(seed).coalitions(400, 5);
        CoalitionAnswer rules = Fixtures.coalitions().decide(request, COALITIONS);
        CoalitionAnswer plain = PlainCoalitions.decide(request, RuleSetRef.of(COALITIONS));

        assertThat(plain.recommendations()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("reasons",
                "candidates.reasons").isEqualTo(rules.recommendations());
        assertThat(kinds(plain.warnings())).containsExactlyInAnyOrderElementsOf(kinds(rules.warnings()));
        assertThat(plain.respectedDeclines()).extracting(RespectedDecline::memberId)
                .containsExactlyInAnyOrderElementsOf(rules.respectedDeclines().stream().map(RespectedDecline::memberId).toList());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void relationshipsDecideAlike(long seed) {
        RelationshipRequest request = new NetworkGenerator(seed).relationships(500, 10);
        List<Alert> rules = Fixtures.relationships().decide(request, RELATIONSHIPS).alerts();
        List<Alert> plain = PlainRelationships.decide(request, RuleSetRef.of(RELATIONSHIPS)).alerts();

        assertThat(rules).isNotEmpty();
        assertThat(plain).isEqualTo(rules);
    }

    /** Every third member joined on a day in the last 400, so the grace, the coalitions and the benefits count from it. */
    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void relationshipsDecideAlikeWithJoiningDays(long seed) {
        RelationshipRequest generated = new NetworkGenerator(seed).relationships(500, 10);
        java.util.Random random = new java.util.Random(seed);
        List<org.convenor.network.Member> members = generated.members().stream().map(m -> random.nextInt(3) > 0 ? m
                : new org.convenor.network.Member(m.id(), m.name(), m.kind(), m.roles(), m.tier(), m.sectors(),
                        m.country(), m.globalSouth(), m.annualIncome(), m.feeWaiver(), m.reaches(), m.owner(),
                        generated.asOf().minusDays(random.nextInt(400)), null)).toList();
        RelationshipRequest request = new RelationshipRequest(generated.asOf(), members, generated.interactions(),
                generated.coalitions(), List.of());
        List<Alert> rules = Fixtures.relationships().decide(request, RELATIONSHIPS).alerts();
        List<Alert> plain = PlainRelationships.decide(request, RuleSetRef.of(RELATIONSHIPS)).alerts();

        assertThat(rules).as("joining days leave some alerts out")
                .hasSizeLessThan(Fixtures.relationships().decide(generated, RELATIONSHIPS).alerts().size());
        assertThat(plain).isEqualTo(rules);
    }

    static List<String> kinds(List<CoalitionWarning> warnings) {
        return warnings.stream().map(w -> w.kind() + " " + w.sector()).toList();
    }

    /** Everything an assessment decides, amounts compared by value. */
    static List<String> decisions(List<FeeAssessment> assessments) {
        return assessments.stream().map(a -> String.join(" ", a.memberId(), String.valueOf(a.status()),
                String.valueOf(a.feePayable()), a.amount() == null ? "-" : a.amount().stripTrailingZeros().toPlainString(),
                String.valueOf(a.quote()), String.valueOf(a.exemption()))).toList();
    }
}
