package org.convenor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.Test;

/** The accept step on hand-made answers: what is rewritten, what is removed, what is left, and how the text looks. */
class ScenarioAcceptTests {

    static final PolicyPhrases NO_PHRASES = new PolicyPhrases(java.util.List.of());

    static final YAMLMapper YAML = YAMLMapper.builder().build();

    static JsonNode answer(String yaml) {
        return YAML.readTree(yaml);
    }

    /** The accepted file reads back, and passes against the answer it was settled with. */
    static AcceptResult acceptAndRecheck(String text, JsonNode answer) {
        AcceptResult result = ScenarioAccept.accept(text, answer, NO_PHRASES);
        JsonNode edited = YAML.readTree(result.text());
        assertThat(ScenarioMatcher.mismatches(object(edited.get("expect")), object(edited.get("expectNone")), answer))
                .as("failures left after accepting").extracting(ScenarioFailure::path)
                .allSatisfy(path -> assertThat(result.unresolved()).anySatisfy(
                        unresolved -> assertThat(path).startsWith(unresolved.path())));
        return result;
    }

    static ObjectNode object(JsonNode node) {
        return node == null || node.isNull() ? YAML.createObjectNode() : (ObjectNode) node;
    }

    static final String ALERTS = """
            alerts:
              - {memberId: one-day-past, kind: NEGLECTED, severity: WARNING, daysSinceContact: 91, message: "Last in touch 91 days ago; as a standard journalist: every 60 days."}
              - {memberId: exactly-twice, kind: NEGLECTED, severity: CRITICAL, daysSinceContact: 180, message: "Last in touch 180 days ago, more than twice the cadence."}
              - {memberId: at-cadence, kind: NEGLECTED, severity: WARNING, daysSinceContact: 90, message: Every 60 days.}
            """;

    @Test
    void flowObjectsInABlockListTakeTheNewValuesAndNothingElseMoves() {
        String text = """
                name: Cadence   # the edges
                given:
                  asOf: 2026-11-25
                  interactions:
                    - {memberId: exactly-twice, date: "180 days before asOf", kind: MEETING}
                expect:
                  alerts:
                    # twice the cadence is still a warning
                    - {memberId: exactly-twice, kind: NEGLECTED, severity: WARNING, daysSinceContact: 180}   # keep
                    - {memberId: one-day-past, message: 'Last in touch 91 days ago; as a standard journalist: every 90 days.'}
                    - {memberId: at-cadence, message: Every 90 days.}

                  firedRules: []
                """;

        AcceptResult result = acceptAndRecheck(text, answer(ALERTS + "firedRules: []\n"));

        assertThat(result.text()).isEqualTo(text
                .replace("severity: WARNING, daysSinceContact: 180}", "severity: CRITICAL, daysSinceContact: 180}")
                .replace("every 90 days.'}", "every 60 days.'}")
                .replace("message: Every 90 days.}", "message: Every 60 days.}"));
        assertThat(result.changes()).extracting(AcceptResult.Change::path, c -> c.before().asString(), c -> c.after().asString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("expect.alerts[0].severity", "WARNING", "CRITICAL"),
                        org.assertj.core.groups.Tuple.tuple("expect.alerts[1].message",
                                "Last in touch 91 days ago; as a standard journalist: every 90 days.",
                                "Last in touch 91 days ago; as a standard journalist: every 60 days."),
                        org.assertj.core.groups.Tuple.tuple("expect.alerts[2].message", "Every 90 days.", "Every 60 days."));
        assertThat(result.unresolved()).isEmpty();
        assertThat(result.settled()).isTrue();
    }

    @Test
    void blockObjectsKeepTheirQuotingAndAValueThatCannotStayPlainIsQuoted() {
        String text = """
                name: Disagreement
                given: {asOf: 2026-11-25}
                expect:
                  alerts:
                    - memberId: silent-since   # heard nothing since
                      kind: DISAGREEMENT_UNTENDED
                      severity: WARNING
                      message: Declined in disagreement
                      suggestedAction: "Call to listen, not to persuade."
                      note: 'It''s legitimate'
                """;
        JsonNode answer = answer("""
                alerts:
                  - memberId: silent-since
                    kind: DISAGREEMENT_UNTENDED
                    severity: CRITICAL
                    message: "Declined in disagreement: call within 30 days."
                    suggestedAction: "Call to \\"listen\\", not to persuade."
                    note: "It's legitimate, really"
                """);

        AcceptResult result = acceptAndRecheck(text, answer);

        assertThat(result.text()).isEqualTo(text.replace("severity: WARNING", "severity: CRITICAL")
                .replace("message: Declined in disagreement", "message: \"Declined in disagreement: call within 30 days.\"")
                .replace("\"Call to listen, not to persuade.\"", "\"Call to \\\"listen\\\", not to persuade.\"")
                .replace("'It''s legitimate'", "'It''s legitimate, really'"));
    }

    @Test
    void aPlainValueStaysPlainOnlyWhereItReadsBackTheSame() {
        JsonNode answer = answer("alerts: [{memberId: a, message: 'Every 60 days, or sooner', note: 'yes', rule: '#1'}]");
        String block = "name: A\ngiven: {}\nexpect:\n  alerts:\n    - memberId: a\n      message: Every 90 days\n"
                + "      note: maybe\n      rule: first\n";
        String flow = "name: A\ngiven: {}\nexpect: {alerts: [{memberId: a, message: Every 90 days, note: maybe, rule: first}]}\n";

        assertThat(acceptAndRecheck(block, answer).text()).isEqualTo(block.replace("Every 90 days", "Every 60 days, or sooner")
                .replace("note: maybe", "note: \"yes\"").replace("rule: first", "rule: \"#1\""));
        assertThat(acceptAndRecheck(flow, answer).text()).isEqualTo(flow.replace("Every 90 days", "\"Every 60 days, or sooner\"")
                .replace("note: maybe", "note: \"yes\"").replace("rule: first", "rule: \"#1\""));
    }

    @Test
    void numbersBooleansAndNullsAreWrittenPlainEvenWhereAStringWasQuoted() {
        String text = """
                name: Fees
                given: {members: []}
                expect:
                  assessments:
                    - {memberId: big, amount: "10000", feePayable: false, exemption: WAIVER, quote: 0.5}
                  portfolio: {totalFees: 27250, withinCap: true, share: null}
                """;
        JsonNode answer = answer("""
                assessments:
                  - {memberId: big, amount: 12000, feePayable: true, exemption: null, quote: 0.000625}
                portfolio: {totalFees: 29250, withinCap: false, share: 0.05}
                """);

        AcceptResult result = acceptAndRecheck(text, answer);

        assertThat(result.text()).isEqualTo(text
                .replace("{memberId: big, amount: \"10000\", feePayable: false, exemption: WAIVER, quote: 0.5}",
                        "{memberId: big, amount: 12000, feePayable: true, exemption: null, quote: 0.000625}")
                .replace("{totalFees: 27250, withinCap: true, share: null}", "{totalFees: 29250, withinCap: false, share: 0.05}"));
        assertThat(result.changes()).extracting(AcceptResult.Change::path).containsExactly(
                "expect.assessments[0].amount", "expect.assessments[0].feePayable", "expect.assessments[0].exemption",
                "expect.assessments[0].quote", "expect.portfolio.totalFees", "expect.portfolio.withinCap",
                "expect.portfolio.share");
    }

    @Test
    void aTopLevelValueIsRewrittenToo() {
        String text = "name: A\ngiven: {asOf: 2026-11-25}\nexpect:\n  asOf: 2026-11-25  # the day\n  alerts: []\n";

        AcceptResult result = acceptAndRecheck(text, answer("asOf: 2026-11-26\nalerts: []\n"));

        assertThat(result.text()).isEqualTo(text.replace("asOf: 2026-11-25  #", "asOf: 2026-11-26  #"));
    }

    @Test
    void nestedListsOfObjectsArePairedTheSameWay() {
        String text = """
                name: Ranking
                given: {asOf: 2026-11-25}
                expect:
                  recommendations:
                    - sector: LEGAL
                      rank: 1
                      candidates:
                        - {memberId: guild, rank: 1}
                        - memberId: clinic
                          rank: 2
                    - {sector: MEDICAL, candidates: [{memberId: doctors, rank: 1}, {memberId: nurses, rank: 2}]}
                """;
        JsonNode answer = answer("""
                recommendations:
                  - {sector: MEDICAL, rank: 1, candidates: [{memberId: nurses, rank: 1}, {memberId: doctors, rank: 2}]}
                  - {sector: LEGAL, rank: 2, candidates: [{memberId: clinic, rank: 1}, {memberId: guild, rank: 2}]}
                """);

        AcceptResult result = acceptAndRecheck(text, answer);

        assertThat(result.text()).isEqualTo("""
                name: Ranking
                given: {asOf: 2026-11-25}
                expect:
                  recommendations:
                    - sector: LEGAL
                      rank: 2
                      candidates:
                        - {memberId: guild, rank: 2}
                        - memberId: clinic
                          rank: 1
                    - {sector: MEDICAL, candidates: [{memberId: doctors, rank: 2}, {memberId: nurses, rank: 1}]}
                """);
        assertThat(result.changes()).extracting(AcceptResult.Change::path).containsExactly(
                "expect.recommendations[0].rank", "expect.recommendations[0].candidates[0].rank",
                "expect.recommendations[0].candidates[1].rank", "expect.recommendations[1].candidates[0].rank",
                "expect.recommendations[1].candidates[1].rank");
    }

    @Test
    void expectNoneEntriesThatNowMatchAreRemovedWithTheirLinesAndCommentsBetweenStay() {
        String text = """
                name: Cadence
                given: {asOf: 2026-11-25}
                expect:
                  alerts: [{memberId: one-day-past}]
                expectNone:
                  alerts:
                    - {memberId: at-cadence}   # exactly at the cadence
                    # twice the cadence is not critical
                    - memberId: exactly-twice
                      severity: CRITICAL
                    - {memberId: somebody-else}
                  warnings: []
                # the end
                """;

        AcceptResult result = acceptAndRecheck(text, answer(ALERTS + "warnings: []\n"));

        assertThat(result.text()).isEqualTo("""
                name: Cadence
                given: {asOf: 2026-11-25}
                expect:
                  alerts: [{memberId: one-day-past}]
                expectNone:
                  alerts:
                    # twice the cadence is not critical
                    - {memberId: somebody-else}
                  warnings: []
                # the end
                """);
        assertThat(result.changes()).extracting(AcceptResult.Change::path, AcceptResult.Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("expectNone.alerts[0]", null),
                org.assertj.core.groups.Tuple.tuple("expectNone.alerts[1]", null));
        assertThat(result.changes().get(1).before()).isEqualTo(answer("{memberId: exactly-twice, severity: CRITICAL}"));
    }

    @Test
    void aBlockListLeftEmptyIsWrittenAsAnEmptyListKeepingTheCommentOnItsKey() {
        String text = """
                name: Cadence
                given: {asOf: 2026-11-25}
                expect:
                  alerts: [{memberId: one-day-past}]
                expectNone:       # each listed object must match no element of the answer
                  alerts:   # none of these
                    - {memberId: at-cadence}
                    - {memberId: exactly-twice, severity: CRITICAL}
                """;

        AcceptResult result = acceptAndRecheck(text, answer(ALERTS));

        assertThat(result.text()).isEqualTo("""
                name: Cadence
                given: {asOf: 2026-11-25}
                expect:
                  alerts: [{memberId: one-day-past}]
                expectNone:       # each listed object must match no element of the answer
                  alerts: []   # none of these
                """);
    }

    @Test
    void aFlowListLosesTheElementAndOneComma() {
        String head = "name: A\ngiven: {asOf: 2026-11-25}\nexpect: {alerts: [{memberId: one-day-past}]}\n";

        assertThat(acceptAndRecheck(head + "expectNone:\n  alerts: [{memberId: x}, {memberId: at-cadence}, {memberId: y}]\n",
                answer(ALERTS)).text())
                .isEqualTo(head + "expectNone:\n  alerts: [{memberId: x}, {memberId: y}]\n");
        assertThat(acceptAndRecheck(head + "expectNone:\n  alerts: [{memberId: x}, {memberId: y}, {memberId: at-cadence}]\n",
                answer(ALERTS)).text())
                .isEqualTo(head + "expectNone:\n  alerts: [{memberId: x}, {memberId: y}]\n");
        assertThat(acceptAndRecheck(head + "expectNone:\n  alerts: [{memberId: at-cadence}, {kind: NEGLECTED}, {memberId: y}]\n",
                answer(ALERTS)).text())
                .isEqualTo(head + "expectNone:\n  alerts: [{memberId: y}]\n");
        assertThat(acceptAndRecheck(head + "expectNone: {alerts: [{memberId: at-cadence}, {kind: NEGLECTED}]}   # none\n",
                answer(ALERTS)).text())
                .isEqualTo(head + "expectNone: {alerts: []}   # none\n");
        assertThat(acceptAndRecheck(head + "expectNone:\n  alerts: [\n    {memberId: x},\n    {memberId: at-cadence}\n  ]\n",
                answer(ALERTS)).text())
                .isEqualTo(head + "expectNone:\n  alerts: [\n    {memberId: x}\n  ]\n");
    }

    @Test
    void whatCannotBeSettledComesBackUnresolvedWithTheReasonAndTheRestIsSettled() {
        String text = """
                name: Mixed
                given: {asOf: 2026-11-25}
                expect:
                  alerts:
                    - {memberId: gone, kind: NEGLECTED, severity: WARNING}
                    - {memberId: twice-alerted, severity: WARNING}
                    - {severity: INFO}
                    - {memberId: at-cadence, severity: INFO}
                    - {memberId: at-cadence, kind: NEVER_CONTACTED}
                  recommendations:
                    - {sector: LEGAL, reasons: [Brings legal voices.]}
                  firedRules:
                    - {rule: A relationship past its cadence is neglected, facts: [gone]}
                  asessments: [{memberId: a}]
                expectNone:
                  alrts: [{memberId: a}]
                """;
        JsonNode answer = answer("""
                alerts:
                  - {memberId: twice-alerted, kind: NEGLECTED, severity: CRITICAL}
                  - {memberId: twice-alerted, kind: BENEFITS_LAPSED, severity: CRITICAL}
                  - {memberId: at-cadence, kind: NEGLECTED, severity: WARNING}
                recommendations:
                  - {sector: LEGAL, reasons: [Brings lawyers.]}
                firedRules:
                  - {rule: A relationship past its cadence is neglected, facts: [at-cadence]}
                """);

        AcceptResult result = acceptAndRecheck(text, answer);

        assertThat(result.changes()).extracting(AcceptResult.Change::path).containsExactly("expect.alerts[3].severity");
        assertThat(result.text()).isEqualTo(text.replace("{memberId: at-cadence, severity: INFO}",
                "{memberId: at-cadence, severity: WARNING}"));
        assertThat(result.settled()).isFalse();
        assertThat(result.unresolved()).extracting(AcceptResult.Unresolved::path, AcceptResult.Unresolved::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("expect.asessments",
                                "the answer has no field 'asessments'; it has [alerts, recommendations, firedRules]"),
                        org.assertj.core.groups.Tuple.tuple("expect.alerts[0]",
                                "no element of the answer has memberId: gone, kind: NEGLECTED"),
                        org.assertj.core.groups.Tuple.tuple("expect.alerts[1]", "2 elements of the answer have "
                                + "memberId: twice-alerted: list more of its fields to say which one it is about"),
                        org.assertj.core.groups.Tuple.tuple("expect.alerts[2]", "it lists none of [memberId, sector, kind], "
                                + "so there is no telling which element of the answer it is about"),
                        org.assertj.core.groups.Tuple.tuple("expect.alerts[4]", "no element of the answer has "
                                + "memberId: at-cadence, kind: NEVER_CONTACTED; the closest has memberId: at-cadence, kind: NEGLECTED"),
                        org.assertj.core.groups.Tuple.tuple("expect.recommendations[0].reasons", "a list of values differs: "
                                + "expected [\"Brings legal voices.\"], the answer has [\"Brings lawyers.\"]; edit it by hand"),
                        org.assertj.core.groups.Tuple.tuple("expect.firedRules[0]", "it lists none of [memberId, sector, "
                                + "kind], so there is no telling which element of the answer it is about"),
                        org.assertj.core.groups.Tuple.tuple("expectNone.alrts",
                                "the answer has no field 'alrts'; it has [alerts, recommendations, firedRules]"));
    }

    @Test
    void anAnswerElementWithoutAListedFieldIsUnresolved() {
        String text = "name: A\ngiven: {}\nexpect:\n  alerts: [{memberId: a, daysSinceContact: 5}]\n";

        AcceptResult result = acceptAndRecheck(text, answer("alerts: [{memberId: a, kind: NEVER_CONTACTED}]"));

        assertThat(result.text()).isEqualTo(text);
        assertThat(result.unresolved()).singleElement().satisfies(unresolved -> {
            assertThat(unresolved.path()).isEqualTo("expect.alerts[0].daysSinceContact");
            assertThat(unresolved.reason()).isEqualTo("the answer has no field 'daysSinceContact' here");
        });
    }

    @Test
    void aScenarioThatPassesIsLeftExactlyAsItWas() {
        String text = "name: A\ngiven: {}\nexpect:\n  alerts: [{memberId: at-cadence, severity: WARNING}]\n"
                + "expectNone:\n  alerts: [{memberId: nobody}]\n";

        AcceptResult result = ScenarioAccept.accept(text, answer(ALERTS), NO_PHRASES);

        assertThat(result.text()).isSameAs(text);
        assertThat(result.changes()).isEmpty();
        assertThat(result.unresolved()).isEmpty();
    }

    @Test
    void aMultiLineBlockValueBecomesOneQuotedLineAndTheNextLineStays() {
        String text = """
                name: A
                given: {}
                expect:
                  alerts:
                    - memberId: at-cadence
                      message: >
                        Every 90
                        days.
                      severity: WARNING
                """;

        AcceptResult result = acceptAndRecheck(text, answer(ALERTS));

        assertThat(result.text()).isEqualTo(text.replace(">\n        Every 90\n        days.\n", "\"Every 60 days.\"\n"));
    }

    @Test
    void windowsLineEndingsAndCharactersBeyondTheBasicPlaneAreKept() {
        String text = ("name: Peace \uD83D\uDD4A\uFE0F talks\r\ngiven: {}\r\nexpect:\r\n  alerts:\r\n"
                + "    - {memberId: exactly-twice, severity: WARNING}  # \uD83D\uDCC5\r\n"
                + "expectNone:\r\n  alerts:\r\n    - {memberId: at-cadence}\r\n    - {memberId: nobody}\r\n");

        AcceptResult result = acceptAndRecheck(text, answer(ALERTS));

        assertThat(result.text()).isEqualTo(text.replace("severity: WARNING}", "severity: CRITICAL}")
                .replace("    - {memberId: at-cadence}\r\n", ""));
    }

    @Test
    void anEmptyValueGetsTheNewOneAfterItsColon() {
        String text = "name: A\ngiven: {}\nexpect:\n  alerts:\n    - memberId: at-cadence\n      severity:\n"
                + "    - {memberId: exactly-twice, severity:}\n";

        assertThat(acceptAndRecheck(text, answer(ALERTS)).text()).isEqualTo("name: A\ngiven: {}\nexpect:\n  alerts:\n"
                + "    - memberId: at-cadence\n      severity: WARNING\n    - {memberId: exactly-twice, severity: CRITICAL}\n");
    }

    @Test
    void oneValueSharedByAnAliasIsLeftToTheEditor() {
        String text = "name: A\ngiven: {}\nexpect:\n  alerts:\n    - {memberId: at-cadence, severity: &usual INFO}\n"
                + "    - {memberId: exactly-twice, severity: *usual}\n";

        AcceptResult result = ScenarioAccept.accept(text, answer(ALERTS), NO_PHRASES);

        assertThat(result.text()).isSameAs(text);
        assertThat(result.changes()).isEmpty();
        assertThat(result.unresolved()).extracting(AcceptResult.Unresolved::path)
                .containsExactly("expect.alerts[0].severity", "expect.alerts[1].severity");
    }

    @Test
    void textThatIsNotAScenarioIsAFormatError() {
        assertThatThrownBy(() -> ScenarioAccept.accept("name: [unclosed\n", answer(ALERTS), NO_PHRASES))
                .isInstanceOf(ScenarioFormatException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> ScenarioAccept.accept("- a list\n", answer(ALERTS), NO_PHRASES))
                .isInstanceOf(ScenarioFormatException.class);
    }
}
