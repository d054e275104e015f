package org.convenor.introductions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;
import static org.convenor.system.problems.ProblemAssertions.assertProblem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.convenor.introductions.IntroductionAnswer;
import org.convenor.introductions.IntroductionService;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StaffApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
class IntroductionControllerTests {

    static final String NETWORK = """
            {"members": [
              {"id": "nairobi-rights", "kind": "ORGANISATION", "roles": ["PARTNER"], "sectors": ["HUMAN_RIGHTS"], "country": "KE"},
              {"id": "london-rights", "kind": "ORGANISATION", "roles": ["PARTNER"], "sectors": ["HUMAN_RIGHTS"], "country": "GB"},
              {"id": "geneva-ngo", "kind": "ORGANISATION", "roles": ["PARTNER"], "sectors": ["HUMAN_RIGHTS"], "country": "CH"}]}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    IntroductionService introductions;
    @Autowired
    NetworkStore store;
    @Autowired
    ActiveRuleSets ruleSets;

    StaffApi api;

    @BeforeEach
    void network() {
        api = new StaffApi(mvc);
        body(api.put("/api/network", NETWORK, STAFF), 200);
    }

    MvcTestResult post(String body) {
        return mvc.post().uri("/api/introductions").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    @Test
    void theExampleIntroducesTheSouthToTheNorthAndNeverAPairThatKnowsEachOther() throws Exception {
        MvcTestResult result = post(Files.readString(Path.of("docs/examples/introduction-query.json")));

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.introductions[*].members").asList()
                .containsExactly(java.util.List.of("field-medic", "health-reporter"),
                        java.util.List.of("nairobi-rights", "london-rights"));
        assertThat(result).bodyJson().extractingPath("$.ruleSet.name").asString().isEqualTo("introductions");
        assertThat(result).bodyJson().extractingPath("$.firedRules[*].rule").asList()
                .contains("Never suggest two members already linked");
    }

    @Test
    void aLinkToAnUnknownMemberIsRefusedNamingIt() {
        assertProblem(post("""
                {"members": [{"id": "a", "kind": "PERSON", "roles": ["ALLY"]}],
                 "links": [{"from": "a", "to": "ghost", "kind": "KNOWS"}]}"""), 400, "links[0].to");
    }

    @Test
    void theStoredNetworkAnswersAsThePostFormAndAnIntroductionMadeSettlesIt() {
        JsonNode before = body(api.get("/api/introductions?asOf=2026-11-25", VIEWER), 200);
        JsonNode stored = body(api.get("/api/network", VIEWER), 200);
        String form = "{\"asOf\": \"2026-11-25\", \"members\": " + stored.get("members") + "}";

        assertThat(before.get("introductions").toString()).isEqualTo(body(post(form), 200).get("introductions").toString());
        assertThat(before.get("introductions").findValuesAsString("rule"))
                .containsOnly("Introduce a Global South partner to a Northern NGO in its sector").hasSize(2);

        body(api.post("/api/network/introductions", "{\"members\": [\"nairobi-rights\", \"geneva-ngo\"]}", STAFF), 200);

        JsonNode after = body(api.get("/api/introductions?asOf=2026-11-25", VIEWER), 200);
        assertThat(after.get("introductions")).hasSize(1);
        assertThat(after.get("introductions").get(0).get("members").toString())
                .isEqualTo("[\"nairobi-rights\",\"london-rights\"]");
    }

    @Test
    void theStoredNetworksAnswerIsDecidedOncePerNetworkVersionAndDay() {
        RuleSet ruleSet = ruleSets.get(IntroductionService.RULE_SET);
        LocalDate day = LocalDate.of(2026, 11, 25);
        IntroductionAnswer first = introductions.decide(store.read(), day, ruleSet);

        assertThat(introductions.decide(store.read(), day, ruleSet)).as("the same network, asked again").isSameAs(first);
        assertThat(introductions.decide(store.read(), day.plusDays(1), ruleSet)).isNotSameAs(first);
        body(api.post("/api/network/introductions", "{\"members\": [\"nairobi-rights\", \"geneva-ngo\"]}", STAFF), 200);
        assertThat(introductions.decide(store.read(), day, ruleSet).introductions()).as("decided again after a write")
                .hasSize(1);
    }

    @Test
    void aPageAfterAWriteMayGetTheLastAnswerCatchingUpButNeverAMemberRestrictedSince() {
        RuleSet ruleSet = ruleSets.get(IntroductionService.RULE_SET);
        IntroductionService.Latest before = introductions.latest(store.read(), null, ruleSet, Duration.ofMinutes(1));
        assertThat(before.catchingUp()).as("nothing earlier to show: the page waits").isFalse();
        assertThat(pairs(before.answer())).containsExactlyInAnyOrder("nairobi-rights london-rights",
                "nairobi-rights geneva-ngo");

        body(api.put("/api/network", NETWORK.replace("\"country\": \"CH\"",
                "\"country\": \"CH\", \"owner\": \"staff\", \"restricted\": true"), STAFF), 200);
        IntroductionService.Latest catchingUp = introductions.latest(store.read(), null, ruleSet, Duration.ZERO);
        assertThat(catchingUp.catchingUp()).as("not waited for").isTrue();
        assertThat(pairs(catchingUp.answer())).as("the last answer, without the member restricted since")
                .containsExactly("nairobi-rights london-rights");

        IntroductionService.Latest caughtUp = introductions.latest(store.read(), null, ruleSet, Duration.ofMinutes(1));
        assertThat(caughtUp.catchingUp()).isFalse();
        assertThat(caughtUp.answer()).isEqualTo(introductions.decide(store.read(), null, ruleSet));
        assertThat(introductions.latest(store.read(), LocalDate.of(2026, 11, 25), ruleSet, Duration.ZERO).catchingUp())
                .as("another day is decided in the request").isFalse();
    }

    private static List<String> pairs(IntroductionAnswer answer) {
        return answer.introductions().stream().map(i -> String.join(" ", i.members())).toList();
    }

    @Test
    void loggingAnIntroductionNeedsStaffAndTwoMembers() {
        body(api.post("/api/network/introductions", "{\"members\": [\"nairobi-rights\", \"geneva-ngo\"]}", VIEWER), 403);
        JsonNode one = body(api.post("/api/network/introductions", "{\"members\": [\"nairobi-rights\"]}", STAFF), 400);
        assertThat(one.get("errors").findValuesAsString("field")).containsExactly("members");
    }
}
