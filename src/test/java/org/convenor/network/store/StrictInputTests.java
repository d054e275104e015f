package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.convenor.network.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One id rule and one date rule on every way in, each break a 400 naming its field; a JSON object that names a
 * field twice, or text holding half a character, is refused too. Members stored before the id rule stay readable
 * and can still be erased.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
class StrictInputTests {

    static final String ID_RULE = "is not a valid id: an id is 1 to 100 letters, digits, '.', '_' or '-', starting with"
            + " a letter or a digit";
    static final String DATE_RULE = "is not a valid date (YYYY-MM-DD, from 1900 to 2999)";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NetworkStore store;

    StaffApi api;

    @BeforeEach
    void emptyStore() {
        api = new StaffApi(mvc);
        body(api.put("/api/network", SampleNetwork.JSON, STAFF), 200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "../../etc", "a\\\\b", "50%-fund", "a;b", ".", "..", "-lead", "a\\nb",
        "<img src=x onerror=alert(1)>", "café", "a b"})
    void anIdOutsideTheRuleIsRefusedOnEveryWayInNamingItsField(String id) {
        assertThat(refused(api.post("/api/network/members",
                "{\"id\": \"" + id + "\", \"kind\": \"PERSON\", \"roles\": [\"ALLY\"]}", STAFF))).containsExactly("id");
        assertThat(refused(api.post("/api/network/campaigns", "{\"id\": \"" + id + "\", \"themes\": [],"
                + " \"targets\": [{\"id\": \"" + id + "\", \"kind\": \"PARLIAMENT\"}]}", STAFF)))
                .containsExactly("id", "targets[0].id");
        assertThat(refused(api.post("/api/network/coalitions", "{\"id\": \"k2\", \"campaignId\": \"" + id + "\","
                + " \"sectors\": [], \"formedOn\": \"2026-06-01\", \"invited\": [\"" + id + "\"]}", STAFF)))
                .containsExactly("campaignId", "invited[0]");
        assertThat(refused(api.post("/api/network/interactions",
                "{\"memberId\": \"" + id + "\", \"date\": \"2026-06-01\", \"kind\": \"CALL\"}", STAFF)))
                .containsExactly("memberId");
        assertThat(refused(api.post("/api/relationships/alerts", "{\"asOf\": \"2026-11-25\", \"members\": [{\"id\":"
                + " \"" + id + "\", \"kind\": \"PERSON\", \"roles\": [\"ALLY\"], \"reaches\": [\"" + id + "\"]}],"
                + " \"interactions\": []}", null))).containsExactly("members[0].id", "members[0].reaches[0]");
    }

    @Test
    void aCsvCellWithAnIdOutsideTheRuleIsNamedByLineAndColumn() {
        JsonNode problem = body(api.csv("/api/network/members", """
                id,kind,roles,reaches
                fine,PERSON,ALLY,p5
                a/b,PERSON,ALLY,p5;..
                """, STAFF), 400);

        assertThat(problem.get("errors").toString()).isEqualTo("[{\"field\":\"id\",\"message\":\"" + ID_RULE
                + "\",\"line\":3},{\"field\":\"reaches\",\"message\":\"" + ID_RULE + "\",\"line\":3}]");
    }

    @Test
    void anIdInTheAddressOutsideTheRuleIsA400NamingIt() {
        for (MvcTestResult result : List.of(api.delete("/api/network/members/a+b", STAFF),
                api.delete("/api/network/campaigns/a b", STAFF), api.delete("/api/network/coalitions/café", STAFF),
                api.get("/api/campaigns/a b/recommendations", VIEWER))) {
            assertThat(body(result, 400).at("/errors/0").toString()).isEqualTo(
                    "{\"field\":\"id\",\"message\":\"" + ID_RULE + "\"}");
        }
    }

    @Test
    void aMemberStoredBeforeTheIdRuleStaysReadableAndIsErasedByTheQueryForm() {
        jdbc.sql("INSERT INTO member (id, kind, tier, sort_name) VALUES ('a/b', 'PERSON', 'STANDARD', 'a/b')").update();
        jdbc.sql("INSERT INTO member_role (member_id, seq, role) VALUES ('a/b', 0, 'ALLY')").update();
        jdbc.sql("INSERT INTO interaction (member_id, happened_on, kind) VALUES ('a/b', DATE '2026-06-01', 'CALL')")
                .update();
        jdbc.sql("UPDATE network_revision SET revision = revision + 1").update();
        assertThat(store.read().members()).extracting(Member::id).contains("a/b");

        JsonNode erased = body(api.delete("/api/network/members?id=a/b", STAFF), 200);

        assertThat(erased.toString()).isEqualTo("{\"member\":\"a/b\",\"interactions\":1,\"invitations\":0,\"responses\":0,\"links\":0}");
        assertThat(store.read().members()).extracting(Member::id).doesNotContain("a/b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "0000-01-01", "3000-01-01"})
    void aDayOutsideTheRangeIsNamedWithEveryOtherInOneAnswer(String day) {
        JsonNode problem = body(api.put("/api/network", SampleNetwork.JSON.replace("2026-05-01", day)
                .replace("2026-06-01", day).replace("2026-06-03", day), STAFF), 400);

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("interactions[0].date",
                "coalitions[0].formedOn", "coalitions[0].responses[0].date");
        assertThat(problem.get("errors").findValuesAsString("message")).containsOnly(DATE_RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-12-31", "-2026-06-01", "20260601", "2026-6-1", "2026-02-30"})
    void aDayNotWrittenYyyyMmDdIsRefusedOnEveryWayIn(String day) {
        assertThat(refused(api.post("/api/network/interactions",
                "{\"memberId\": \"amira\", \"date\": \"" + day + "\", \"kind\": \"CALL\"}", STAFF)))
                .containsExactly("date");
        assertThat(body(api.csv("/api/network/interactions", "memberId,date,kind\namira," + day + ",CALL\n", STAFF), 400)
                .at("/errors/0").toString()).isEqualTo("{\"field\":\"date\",\"message\":\"'" + day + "' " + DATE_RULE
                        + "\",\"line\":2}");
        String query = day.replace("+", "%2B");
        for (String path : List.of("/api/relationships/alerts?asOf=" + query,
                "/api/campaigns/hospitals/recommendations?asOf=" + query)) {
            assertThat(body(api.get(path, VIEWER), 400).at("/errors/0/field").asString()).as(path).isEqualTo("asOf");
        }
    }

    @Test
    void anAsOfOutsideTheRangeIsRefusedByTheDecisionForms() {
        assertThat(refused(api.post("/api/relationships/alerts",
                "{\"asOf\": \"1899-12-31\", \"members\": [], \"interactions\": []}", null))).containsExactly("asOf");
        assertThat(body(api.get("/api/relationships/alerts?asOf=0000-01-01", VIEWER), 400).at("/errors/0").toString())
                .isEqualTo("{\"field\":\"asOf\",\"message\":\"'0000-01-01' is not a valid date (YYYY-MM-DD, from 1900 to"
                        + " 2999)\"}");
    }

    @Test
    void aFieldNamedTwiceInOneObjectIsRefused() {
        for (MvcTestResult result : List.of(
                api.post("/api/network/members", "{\"id\": \"a\", \"id\": \"b\", \"kind\": \"PERSON\", \"roles\": [\"ALLY\"]}",
                        STAFF),
                api.post("/api/fees/assessments", "{\"convenor\": {\"annualIncome\": 1, \"annualIncome\": 2},"
                        + " \"members\": []}", null))) {
            JsonNode problem = body(result, 400);
            assertThat(problem.at("/errors/0/message").asString()).matches("'(id|annualIncome)' is given twice in one"
                    + " object \\(line 1, column \\d+\\)");
        }
        assertThat(store.read().members()).extracting(Member::id).doesNotContain("a", "b");
    }

    @Test
    void textHoldingHalfACharacterIsRefusedNamingItsField() {
        assertThat(body(api.post("/api/network/members", "{\"id\": \"lone\", \"name\": \"Amira \\ud800 Haddad\","
                + " \"kind\": \"PERSON\", \"roles\": [\"ALLY\"]}", STAFF), 400).at("/errors/0").toString())
                .isEqualTo("{\"field\":\"name\",\"message\":\"holds half of a character (a lone UTF-16 surrogate"
                        + " escape)\"}");
        assertThat(body(api.post("/api/network/members", "{\"id\": \"pair\", \"name\": \"Amira \\ud83d\\ude00\","
                + " \"kind\": \"PERSON\", \"roles\": [\"ALLY\"]}", STAFF), 200).toString())
                .as("a whole character written as its two halves is one character").isEqualTo(
                        "{\"created\":1,\"updated\":0,\"withoutName\":[]}");
    }

    /** The fields a 400 problem names, in its order. */
    private static List<String> refused(MvcTestResult result) {
        return body(result, 400).get("errors").findValuesAsString("field");
    }
}
