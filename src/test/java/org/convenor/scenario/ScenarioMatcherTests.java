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

    static final JsonNode ALERTS = YAML.readTree("""
            asOf: 2026-11-25
            alerts:
              - {memberId: past-twice, kind: NEGLECTED, severity: CRITICAL, daysSinceContact: 181, message: "Last in touch 181 days ago."}
              - {memberId: exactly-twice, kind: NEGLECTED, severity: CRITICAL, daysSinceContact: 180, message: "Last in touch 180 days ago."}
              - {memberId: at-cadence, kind: NEGLECTED, severity: WARNING, daysSinceContact: 90, message: "Last in touch 90 days ago."}
            recommendations:
              - sector: LEGAL
                rank: 1
                reasons: [Brings legal voices.]
                candidates: [{memberId: guild, rank: 1}, {memberId: clinic, rank: 2}]
            """);

    static ObjectNode yaml(String text) {
        return (ObjectNode) YAML.readTree(text);
    }

    static java.util.List<ScenarioFailure> expect(String expect, JsonNode answer) {
        return ScenarioMatcher.mismatches(yaml(expect), yaml("{}"), answer);
    }

    @Test
    void listedFieldsOfSomeElementMustMatchAndNumbersMatchByValue() {
        assertThat(expect("assessments: [{memberId: a, amount: 250}]", ANSWER)).isEmpty();
    }

    @Test
    void aWrongAmountShowsExpectedAndActual() {
        assertThat(expect("assessments: [{memberId: a, amount: 1000}]", ANSWER)).singleElement().satisfies(failure -> {
            assertThat(failure.path()).isEqualTo("expect.assessments[0].amount");
            assertThat(failure.expected().intValue()).isEqualTo(1000);
            assertThat(failure.actual().doubleValue()).isEqualTo(250.0);
            assertThat(failure.message()).isEqualTo("expect.assessments[0] (memberId: a): amount expected 1000 but was 250.0");
            assertThat(failure).hasToString(failure.message());
        });
    }

    @Test
    void aChangedFieldIsNamedByItsPathWithExpectedAndActual() {
        String expect = """
                alerts:
                  - {memberId: one-day-past, kind: NEGLECTED}
                  - {memberId: past-twice, kind: NEGLECTED, severity: CRITICAL}
                  - {memberId: exactly-twice, kind: NEGLECTED, severity: WARNING, daysSinceContact: 180}
                """;

        java.util.List<ScenarioFailure> failures = expect(expect, ALERTS);

        assertThat(failures).extracting(ScenarioFailure::path).containsExactly("expect.alerts[0]", "expect.alerts[2].severity");
        assertThat(failures.get(1).expected().asString()).isEqualTo("WARNING");
        assertThat(failures.get(1).actual().asString()).isEqualTo("CRITICAL");
        assertThat(failures.get(1).message())
                .isEqualTo("expect.alerts[2] (memberId: exactly-twice, kind: NEGLECTED): severity expected WARNING but was CRITICAL");
    }

    @Test
    void anElementNothingComesCloseToIsExpectedAgainstNullAndTheMessageSaysWhatThereIs() {
        ScenarioFailure failure = expect("alerts: [{memberId: one-day-past, kind: NEGLECTED}]", ALERTS).get(0);

        assertThat(failure.path()).isEqualTo("expect.alerts[0]");
        assertThat(failure.expected()).isEqualTo(yaml("{memberId: one-day-past, kind: NEGLECTED}"));
        assertThat(failure.actual()).isNull();
        assertThat(failure.message()).isEqualTo("expect.alerts[0]: expected an element matching "
                + "{memberId: one-day-past, kind: NEGLECTED} but alerts has 3: {memberId: past-twice, kind: NEGLECTED}, "
                + "{memberId: exactly-twice, kind: NEGLECTED}, {memberId: at-cadence, kind: NEGLECTED}");
    }

    @Test
    void theSameMemberWithAnotherKindIsStillTheClosest() {
        assertThat(expect("alerts: [{memberId: at-cadence, kind: NEVER_CONTACTED, severity: WARNING}]", ALERTS))
                .singleElement().satisfies(failure -> {
                    assertThat(failure.path()).isEqualTo("expect.alerts[0].kind");
                    assertThat(failure.actual().asString()).isEqualTo("NEGLECTED");
                });
    }

    @Test
    void nestedListsAreComparedElementByElementDownToTheField() {
        assertThat(expect("recommendations: [{sector: LEGAL, candidates: [{memberId: clinic, rank: 1}]}]", ALERTS))
                .singleElement().satisfies(failure -> {
                    assertThat(failure.path()).isEqualTo("expect.recommendations[0].candidates[0].rank");
                    assertThat(failure.message()).isEqualTo(
                            "expect.recommendations[0].candidates[0] (memberId: clinic): rank expected 1 but was 2");
                });
    }

    @Test
    void aListOfValuesIsOneFailureWithBothLists() {
        assertThat(expect("recommendations: [{sector: LEGAL, reasons: [Brings medical voices.]}]", ALERTS))
                .singleElement().satisfies(failure -> {
                    assertThat(failure.path()).isEqualTo("expect.recommendations[0].reasons");
                    assertThat(failure.expected().toString()).isEqualTo("[\"Brings medical voices.\"]");
                    assertThat(failure.actual().toString()).isEqualTo("[\"Brings legal voices.\"]");
                });
    }

    @Test
    void aMissingFieldOfTheElementIsExpectedAgainstNull() {
        assertThat(expect("assessments: [{memberId: a, exemption: WAIVER}]", ANSWER)).singleElement()
                .satisfies(failure -> {
                    assertThat(failure.path()).isEqualTo("expect.assessments[0].exemption");
                    assertThat(failure.actual()).isNull();
                    assertThat(failure.message()).endsWith("exemption expected WAIVER but was absent");
                });
    }

    @Test
    void anObjectFieldIsMatchedOnTheFieldsListed() {
        assertThat(expect("portfolio: {withinCap: false}", ANSWER)).singleElement().satisfies(failure -> {
            assertThat(failure.path()).isEqualTo("expect.portfolio.withinCap");
            assertThat(failure.message()).isEqualTo("expect.portfolio.withinCap: expected false but was true");
        });
        assertThat(expect("asOf: 2026-11-26", ALERTS)).singleElement().extracting(ScenarioFailure::message)
                .isEqualTo("expect.asOf: expected 2026-11-26 but was 2026-11-25");
    }

    @Test
    void expectNoneFailsWhenAnElementMatchesNamingIt() {
        assertThat(ScenarioMatcher.mismatches(yaml("{}"),
                yaml("alerts: [{memberId: one-day-past}, {memberId: at-cadence}]"), ALERTS))
                .singleElement().satisfies(failure -> {
                    assertThat(failure.path()).isEqualTo("expectNone.alerts[1]");
                    assertThat(failure.expected().asString()).isEqualTo("no match");
                    assertThat(failure.actual()).isEqualTo(ALERTS.path("alerts").get(2));
                    assertThat(failure.message()).isEqualTo("expectNone.alerts[1]: expected no element matching "
                            + "{memberId: at-cadence} but found {memberId: at-cadence, kind: NEGLECTED}");
                });
        assertThat(ScenarioMatcher.mismatches(yaml("{}"), yaml("alerts: [{kind: FEE_CAP_EXCEEDED}]"), ANSWER))
                .isEmpty();
    }

    @Test
    void aMisspeltAnswerFieldIsAnErrorNotAPass() {
        assertThat(expect("asessments: [{memberId: a}]", ANSWER)).singleElement().satisfies(failure -> {
            assertThat(failure.path()).isEqualTo("expect.asessments");
            assertThat(failure.message()).contains("no field 'asessments'");
        });
        assertThat(ScenarioMatcher.mismatches(yaml("{}"), yaml("alrts: [{kind: X}]"), ANSWER))
                .singleElement().asString().contains("no field 'alrts'");
    }

    @Test
    void nullExpectsAnAbsentOrNullField() {
        assertThat(expect("assessments: [{memberId: a, exemption: null}]", ANSWER)).isEmpty();
        assertThat(expect("assessments: [{memberId: b, exemption: null}]", ANSWER)).singleElement()
                .extracting(ScenarioFailure::path).isEqualTo("expect.assessments[0].exemption");
    }

    @Test
    void nestedListsMatchElementWise() {
        assertThat(expect("assessments: [{memberId: a, reasons: [y]}]", ANSWER)).isEmpty();
        assertThat(expect("assessments: [{memberId: a, reasons: [z]}]", ANSWER)).hasSize(1);
    }
}
