package org.convenor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.Test;

class ScenarioMatcherTests {

    static final YAMLMapper YAML = YAMLMapper.builder().build();

    static final JsonNode ANSWER = YAML.readTree("""
            assessments:
              - {memberId: a, amount: 250.00, feePayable: true, reasons: [x, y]}
              - {memberId: b, amount: 0, feePayable: false, exemption: GLOBAL_SOUTH}
            portfolio: {totalFees: 250, withinCap: true}
            alerts: []
            """);

    static ObjectNode yaml(String text) {
        return (ObjectNode) YAML.readTree(text);
    }

    @Test
    void listedFieldsOfSomeElementMustMatchAndNumbersMatchByValue() {
        assertThat(ScenarioMatcher.mismatches(yaml("assessments: [{memberId: a, amount: 250}]"), yaml("{}"), ANSWER))
                .isEmpty();
    }

    @Test
    void aWrongAmountShowsExpectedAndActual() {
        assertThat(ScenarioMatcher.mismatches(yaml("assessments: [{memberId: a, amount: 1000}]"), yaml("{}"), ANSWER))
                .singleElement().asString()
                .contains("assessments").contains("amount expected 1000 but was 250.0").contains("\"memberId\":\"a\"");
    }

    @Test
    void anObjectFieldIsMatchedOnTheFieldsListed() {
        assertThat(ScenarioMatcher.mismatches(yaml("portfolio: {withinCap: false}"), yaml("{}"), ANSWER))
                .singleElement().asString().contains("portfolio: expected {\"withinCap\":false}");
    }

    @Test
    void expectNoneFailsWhenAnElementMatches() {
        assertThat(ScenarioMatcher.mismatches(yaml("{}"), yaml("assessments: [{exemption: GLOBAL_SOUTH}]"), ANSWER))
                .singleElement().asString().contains("expected no element matching");
        assertThat(ScenarioMatcher.mismatches(yaml("{}"), yaml("alerts: [{kind: FEE_CAP_EXCEEDED}]"), ANSWER))
                .isEmpty();
    }

    @Test
    void aMisspeltAnswerFieldIsAnErrorNotAPass() {
        assertThat(ScenarioMatcher.mismatches(yaml("asessments: [{memberId: a}]"), yaml("{}"), ANSWER))
                .singleElement().asString().contains("no field 'asessments'");
        assertThat(ScenarioMatcher.mismatches(yaml("{}"), yaml("alrts: [{kind: X}]"), ANSWER))
                .singleElement().asString().contains("no field 'alrts'");
    }

    @Test
    void nullExpectsAnAbsentOrNullField() {
        assertThat(ScenarioMatcher.mismatches(yaml("assessments: [{memberId: a, exemption: null}]"), yaml("{}"),
                ANSWER)).isEmpty();
        assertThat(ScenarioMatcher.mismatches(yaml("assessments: [{memberId: b, exemption: null}]"), yaml("{}"),
                ANSWER)).hasSize(1);
    }

    @Test
    void nestedListsMatchElementWise() {
        assertThat(ScenarioMatcher.mismatches(yaml("assessments: [{memberId: a, reasons: [y]}]"), yaml("{}"), ANSWER))
                .isEmpty();
        assertThat(ScenarioMatcher.mismatches(yaml("assessments: [{memberId: a, reasons: [z]}]"), yaml("{}"), ANSWER))
                .hasSize(1);
    }
}
