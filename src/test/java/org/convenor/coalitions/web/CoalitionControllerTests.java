package org.convenor.coalitions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.system.problems.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(properties = "convenor.limits.max-request-size=4KB")
@AutoConfigureMockMvc
class CoalitionControllerTests {

    static final String CAMPAIGN = """
            {"id": "c1", "themes": ["ATTACKS_ON_HEALTHCARE"],
             "targets": [{"id": "t1", "name": "Command", "kind": "MILITARY_COMMAND"}]}""";
    static final String DOCTOR = """
            {"id": "doctor", "kind": "PERSON", "roles": ["ALLY"], "sectors": ["MEDICAL"], "reaches": ["t1"]}""";

    @Autowired
    MockMvcTester mvc;

    MvcTestResult post(String body) {
        return mvc.post().uri("/api/coalitions/recommendations").contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
    }

    static String request(String campaign, String members, String extra) {
        return "{\"asOf\": \"2026-11-25\", \"campaign\": " + campaign + ", \"members\": [" + members + "]" + extra + "}";
    }

    @Test
    void recommendsRankedSectorsWithCandidates() {
        assertThat(post(request(CAMPAIGN, DOCTOR, ""))).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.ruleSet.name", v -> v.assertThat().isEqualTo("coalitions"))
                .hasPathSatisfying("$.recommendations[0].sector", v -> v.assertThat().isEqualTo("MEDICAL"))
                .hasPathSatisfying("$.recommendations[0].rank", v -> v.assertThat().isEqualTo(1))
                .hasPathSatisfying("$.recommendations[0].candidates[0].memberId", v -> v.assertThat().isEqualTo("doctor"))
                .hasPathSatisfying("$.recommendations[?(@.sector == 'MILITARY')].gap",
                        v -> v.assertThat().asList().containsExactly(true));
    }

    @Test
    void theSameQuestionGetsTheSameAnswerInTheSameOrder() throws Exception {
        String body = request(CAMPAIGN, DOCTOR + ", " + DOCTOR.replace("\"doctor\"", "\"nurse\""), "");

        String first = post(body).getResponse().getContentAsString();
        assertThat(post(body).getResponse().getContentAsString()).isEqualTo(first);
    }

    @Test
    void accessToTargetsOfOtherCampaignsIsIgnored() {
        assertThat(post(request(CAMPAIGN, DOCTOR.replace("[\"t1\"]", "[\"t1\", \"other-campaigns-target\"]"), "")))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.recommendations[0].candidates[0].reasons",
                        v -> v.assertThat().asList().contains("Reaches a target of the campaign: Command.")
                                .noneMatch(reason -> reason.toString().contains("other-campaigns-target")));
    }

    @Test
    void rejectsAnInteractionWithAnUnknownMember() {
        assertProblem(post(request(CAMPAIGN, DOCTOR,
                ", \"interactions\": [{\"memberId\": \"nobody\", \"date\": \"2026-01-01\", \"kind\": \"CALL\"}]")), 400,
                "interactions[0].memberId");
    }

    @Test
    void rejectsACoalitionInvitingAnUnknownMember() {
        assertProblem(post(request(CAMPAIGN, DOCTOR, ", \"coalitions\": [{\"id\": \"k\", \"sectors\": [\"MEDICAL\"], "
                + "\"formedOn\": \"2026-01-01\", \"invited\": [\"doctor\", \"ghost\"]}]")), 400, "coalitions[0].invited[1]");
    }

    @Test
    void rejectsAnUnknownTheme() {
        assertProblem(post(request(CAMPAIGN.replace("ATTACKS_ON_HEALTHCARE", "HEALTH"), DOCTOR, "")), 400,
                "campaign.themes[0]");
    }

    @Test
    void rejectsABadDate() {
        assertProblem(post(request(CAMPAIGN, DOCTOR, "").replace("2026-11-25", "2026-13-45")), 400, "asOf");
    }

    @Test
    void rejectsACampaignWithoutAnId() {
        assertProblem(post(request(CAMPAIGN.replace("\"id\": \"c1\", ", ""), DOCTOR, "")), 400, "campaign.id");
    }
}
