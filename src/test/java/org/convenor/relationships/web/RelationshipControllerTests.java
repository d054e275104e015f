package org.convenor.relationships.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.system.problems.ProblemAssertions.assertProblem;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(properties = "convenor.limits.max-request-size=4KB")
@AutoConfigureMockMvc
class RelationshipControllerTests {

    @Autowired
    MockMvcTester mvc;

    MvcTestResult post(String body) {
        return mvc.post().uri("/api/relationships/alerts").contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
    }

    static final String MEMBERS = """
            "members": [
              {"id": "never", "kind": "PERSON", "roles": ["ALLY"]},
              {"id": "cold", "kind": "PERSON", "roles": ["JOURNALIST"]},
              {"id": "colder", "kind": "PERSON", "roles": ["JOURNALIST"]},
              {"id": "cool", "kind": "PERSON", "roles": ["JOURNALIST"]}
            ]""";
    static final String INTERACTIONS = """
            "interactions": [
              {"memberId": "cold", "date": "2026-05-01", "kind": "CALL"},
              {"memberId": "colder", "date": "2026-01-01", "kind": "CALL"},
              {"memberId": "cool", "date": "2026-08-01", "kind": "CALL"}
            ]""";

    @Test
    void alertsComeCriticalFirstThenLongestNeglected() {
        MvcTestResult result = post("{\"asOf\": \"2026-11-25\", " + MEMBERS + ", " + INTERACTIONS + "}");

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.alerts[*].memberId").asList()
                .containsExactly("colder", "cold", "never", "cool");
        assertThat(result).bodyJson().extractingPath("$.alerts[*].severity").asList()
                .containsExactly("CRITICAL", "CRITICAL", "WARNING", "WARNING");
    }

    @Test
    void withoutAsOfTheAnswerIsAsOfToday() {
        String before = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        MvcTestResult result = post("{" + MEMBERS + ", " + INTERACTIONS + "}");
        String after = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.asOf").asString().isIn(before, after);
    }

    @Test
    void rejectsABadDate() {
        assertProblem(post("{\"asOf\": \"2026-11-25\", " + MEMBERS + ", " + INTERACTIONS.replace("2026-05-01", "01/05/2026")
                + "}"), 400, "interactions[0].date");
    }

    @Test
    void rejectsAnInteractionWithAnUnknownMember() {
        assertProblem(post("{\"asOf\": \"2026-11-25\", " + MEMBERS + ", " + INTERACTIONS.replace("\"cool\"", "\"ghost\"")
                + "}"), 400, "interactions[2].memberId");
    }

    @Test
    void rejectsAnUnknownInteractionKind() {
        assertProblem(post("{\"asOf\": \"2026-11-25\", " + MEMBERS + ", " + INTERACTIONS.replaceFirst("CALL", "LUNCH")
                + "}"), 400, "interactions[0].kind");
    }

    @Test
    void rejectsADeclineResponseFromAnUnknownMember() {
        String coalitions = ", \"coalitions\": [{\"id\": \"k\", \"formedOn\": \"2026-01-01\", \"responses\": "
                + "[{\"memberId\": \"ghost\", \"response\": \"DECLINED\", \"date\": \"2026-01-02\"}]}]";
        assertProblem(post("{\"asOf\": \"2026-11-25\", " + MEMBERS + ", " + INTERACTIONS + coalitions + "}"), 400,
                "coalitions[0].responses[0].memberId");
    }

    @Test
    void rejectsMissingInteractions() {
        assertProblem(post("{\"asOf\": \"2026-11-25\", " + MEMBERS + "}"), 400, "interactions");
    }

    @Test
    void namesEveryProblemAtOnce() {
        MvcTestResult result = post("{\"asOf\": \"2026-11-25\", \"members\": [{\"kind\": \"PERSON\", \"roles\": []}], "
                + "\"interactions\": []}");

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asList()
                .isEqualTo(List.of("members[0].id", "members[0].roles"));
    }
}
