package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.ADMIN;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Restricted members and confidential notes through every API answer, on one database ({@link
 * H2ConfidentialityApiTests}, {@link PostgresConfidentialityApiTests}): invisible to a user who may not see them
 * (VIEWER {@code viewer}, EDITOR {@code editor2}), visible to the owner ({@code staff}), to a user they are shared
 * with ({@code editor}) and to ADMIN ({@code chief}, who also reads); writes to what one may not see are 404s; the
 * read log has its entries.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false",
    "convenor.security.users.chief.password={noop}" + StaffApi.PASSWORD,
    "convenor.security.users.chief.roles=ADMIN,VIEWER"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
abstract class ConfidentialityApiTests {

    static final String OTHER_EDITOR = "editor2";
    static final String CHIEF = "chief";

    /**
     * {@code witness-group} is restricted (owner staff, shared with editor), {@code lena} too (owner staff, no one
     * else); {@code open-ngo} is not, and one of its notes is confidential.
     */
    static final String NETWORK = """
            {"convenor": {"annualIncome": 4000000, "currency": "GBP"},
             "members": [
               {"id": "ally-org", "name": "Ally Org", "kind": "ORGANISATION", "roles": ["PARTNER"],
                "sectors": ["HUMAN_RIGHTS"], "country": "GB", "annualIncome": 3000000, "owner": "staff"},
               {"id": "witness-group", "name": "Witness Group", "kind": "ORGANISATION", "roles": ["PARTNER"],
                "sectors": ["HUMAN_RIGHTS"], "country": "GB", "annualIncome": 5000000, "owner": "staff",
                "restricted": true, "sharedWith": ["editor"]},
               {"id": "lena", "name": "Lena Hidden", "kind": "PERSON", "roles": ["JOURNALIST"], "sectors": ["LEGAL"],
                "owner": "staff", "restricted": true},
               {"id": "justice-mp", "kind": "PERSON", "roles": ["POLICY_MAKER"], "sectors": ["LEGAL"]},
               {"id": "open-ngo", "name": "Open NGO", "kind": "ORGANISATION", "roles": ["PARTNER"],
                "sectors": ["HUMAN_RIGHTS"], "owner": "staff", "sharedWith": ["editor"]}],
             "interactions": [
               {"memberId": "ally-org", "date": "2026-01-10", "kind": "CALL", "note": "a plain call"},
               {"memberId": "witness-group", "date": "2026-02-01", "kind": "MEETING", "note": "met the witnesses"},
               {"memberId": "open-ngo", "date": "2026-03-01", "kind": "MEETING", "note": "field data, in confidence",
                "confidential": true},
               {"memberId": "open-ngo", "date": "2026-03-02", "kind": "CALL", "note": "said thanks"}],
             "coalitions": [
               {"id": "k1", "campaignId": "war-crimes", "sectors": ["HUMAN_RIGHTS"], "formedOn": "2026-02-10",
                "invited": ["ally-org", "witness-group"],
                "responses": [{"memberId": "witness-group", "response": "OPTED_IN", "date": "2026-02-11"}]}],
             "campaigns": [
               {"id": "war-crimes", "name": "Evidence for war crimes trials", "themes": ["ACCOUNTABILITY"],
                "targets": [{"id": "the-court", "name": "The international court", "kind": "INTERNATIONAL_COURT",
                             "listensTo": ["HUMAN_RIGHTS"]}]}]}""";

    @Autowired
    MockMvcTester mvc;

    StaffApi api;

    @BeforeEach
    void storeTheNetwork() {
        api = new StaffApi(mvc);
        body(api.put("/api/network", "{\"members\": []}", STAFF), 200);
        body(api.put("/api/network", NETWORK, STAFF), 200);
    }

    @Test
    void linksAndIntroductionsNeverNameWhomTheReaderMayNotSee() throws Exception {
        long id = body(api.post("/api/network/links", """
                {"from": "witness-group", "to": "ally-org", "kind": "KNOWS"}""", STAFF), 200).get("id").asLong();

        body(api.post("/api/network/links", """
                {"from": "ally-org", "to": "lena", "kind": "KNOWS"}""", OTHER_EDITOR), 404);
        assertThat(api.delete("/api/network/links/" + id, OTHER_EDITOR)).hasStatus(404);
        for (String reader : List.of(VIEWER, OTHER_EDITOR)) {
            assertThat(body(api.get("/api/network", reader), 200).get("links")).as(reader).isEmpty();
            assertThat(api.get("/api/network/links", reader).getResponse().getContentAsString())
                    .as(reader).doesNotContain("witness-group");
            assertThat(body(api.get("/api/introductions?asOf=2026-11-25", reader), 200).toString()).as(reader)
                    .doesNotContain("witness-group").doesNotContain("Witness Group").doesNotContain("lena");
        }
        assertThat(body(api.get("/api/network", EDITOR), 200).get("links").findValuesAsString("from"))
                .as("shared with editor").containsExactly("witness-group");
        assertThat(api.get("/api/network/links", STAFF).getResponse().getContentAsString()).contains("witness-group");
    }

    @Test
    void aRestrictedMemberNeedsAnOwnerAndSharesOnlyWithUsers() {
        JsonNode refused = body(api.post("/api/network/members", """
                [{"id": "x", "kind": "PERSON", "roles": ["ALLY"], "restricted": true, "sharedWith": ["nobody"]}]""",
                STAFF), 400);

        assertThat(refused.findValuesAsString("field")).contains("[0].owner", "[0].sharedWith");
        JsonNode csv = body(api.csv("/api/network/members", "id,kind,roles,owner,restricted,sharedWith\n"
                + "y,PERSON,ALLY,staff,true,editor;editor2\n", STAFF), 200);
        assertThat(csv.get("created").asInt()).isEqualTo(1);
        JsonNode y = member(api.get("/api/network", CHIEF), "y");
        assertThat(y.get("restricted").asBoolean()).isTrue();
        assertThat(y.get("sharedWith").toString()).isEqualTo("[\"editor\",\"editor2\"]");
    }

    @Test
    void theNetworkIsAnsweredAsEachReaderMaySeeIt() {
        for (String mayNot : List.of(VIEWER, OTHER_EDITOR)) {
            JsonNode network = body(api.get("/api/network", mayNot), 200);
            assertThat(network.get("members").findValuesAsString("id")).as(mayNot)
                    .containsExactly("ally-org", "justice-mp", "open-ngo");
            assertThat(network.get("interactions").findValuesAsString("memberId")).doesNotContain("witness-group");
            assertThat(network.toString()).doesNotContain("witness", "Lena", "in confidence");
            JsonNode confidential = network.get("interactions").get(1);
            assertThat(confidential.get("confidential").asBoolean()).isTrue();
            assertThat(confidential.get("note").isNull()).isTrue();
            assertThat(network.get("coalitions").get(0).get("invited").toString()).isEqualTo("[\"ally-org\"]");
            assertThat(network.get("coalitions").get(0).get("responses")).isEmpty();
        }
        for (String may : List.of(STAFF, EDITOR, CHIEF)) {
            JsonNode network = body(api.get("/api/network", may), 200);
            assertThat(network.get("members").findValuesAsString("id")).as(may).contains("witness-group");
            assertThat(network.toString()).contains("field data, in confidence", "met the witnesses");
        }
        // lena is shared with no one: editor sees witness-group, not lena
        assertThat(body(api.get("/api/network", EDITOR), 200).get("members").findValuesAsString("id"))
                .doesNotContain("lena");
    }

    @Test
    void oneMemberIsA404ToWhoMayNotSeeItAndItsOpeningIsLogged() {
        body(api.get("/api/network/members/witness-group", VIEWER), 404);
        body(api.get("/api/network/members/witness-group", OTHER_EDITOR), 404);
        JsonNode owned = body(api.get("/api/network/members/witness-group", STAFF), 200);
        assertThat(owned.get("member").get("name").asString()).isEqualTo("Witness Group");
        assertThat(owned.get("interactions").findValuesAsString("note")).containsExactly("met the witnesses");
        body(api.get("/api/network/members/witness-group", EDITOR), 200);
        body(api.get("/api/network/members/open-ngo", CHIEF), 200);
        JsonNode unread = body(api.get("/api/network/members/open-ngo", VIEWER), 200);
        assertThat(unread.get("interactions").get(1).get("note").isNull()).isTrue();
        body(api.get("/api/network/members/ally-org", EDITOR), 200);

        body(api.get("/api/network/members/witness-group/export", ADMIN), 200);

        body(api.get("/api/network/reads", STAFF), 403);
        JsonNode reads = body(api.get("/api/network/reads", ADMIN), 200);
        assertThat(reads).hasSize(3);
        assertThat(reads.get(0).get("user").asString()).isEqualTo(ADMIN);
        assertThat(reads.get(0).get("memberId").asString()).isEqualTo("witness-group");
        assertThat(reads.get(0).get("openedIn").asString()).isEqualTo("EXPORT");
        assertThat(reads.get(1).get("user").asString()).isEqualTo(CHIEF);
        assertThat(reads.get(1).get("memberId").asString()).isEqualTo("open-ngo");
        assertThat(reads.get(1).get("what").asString()).isEqualTo("CONFIDENTIAL_NOTES");
        assertThat(reads.get(1).get("openedIn").asString()).isEqualTo("API");
        assertThat(reads.get(2).get("user").asString()).isEqualTo(EDITOR);
        assertThat(reads.get(2).get("memberId").asString()).isEqualTo("witness-group");
        assertThat(reads.get(2).get("what").asString()).isEqualTo("RESTRICTED_MEMBER");
        assertThat(reads.get(2).get("at").asString()).isNotBlank();
    }

    @Test
    void writesToWhatOneMayNotSeeAre404s() {
        long hiddenCall = interactionId(STAFF, "witness-group");
        long confidential = interactionId(STAFF, "open-ngo");

        body(api.post("/api/network/members", """
                {"id": "witness-group", "kind": "PERSON", "roles": ["ALLY"]}""", OTHER_EDITOR), 404);
        body(api.post("/api/network/interactions", """
                {"memberId": "witness-group", "date": "2026-04-01", "kind": "CALL"}""", OTHER_EDITOR), 404);
        body(api.put("/api/network/interactions/" + hiddenCall, """
                {"memberId": "ally-org", "date": "2026-04-01", "kind": "CALL"}""", OTHER_EDITOR), 404);
        body(api.put("/api/network/interactions/" + confidential, """
                {"memberId": "open-ngo", "date": "2026-04-01", "kind": "CALL"}""", OTHER_EDITOR), 404);
        body(api.delete("/api/network/interactions/" + hiddenCall, OTHER_EDITOR), 404);
        body(api.delete("/api/network/interactions/" + confidential, OTHER_EDITOR), 404);
        body(api.delete("/api/network/members/witness-group", OTHER_EDITOR), 404);
        body(api.put("/api/network", """
                {"members": [{"id": "witness-group", "kind": "PERSON", "roles": ["ALLY"]}]}""", OTHER_EDITOR), 404);

        assertThat(body(api.get("/api/network", CHIEF), 200).toString())
                .contains("met the witnesses", "field data, in confidence", "Witness Group");
        // A confidential contact may be logged by anyone who sees the member; they do not read it back.
        body(api.post("/api/network/interactions", """
                {"memberId": "open-ngo", "date": "2026-04-01", "kind": "CALL", "note": "mine", "confidential": true}""",
                OTHER_EDITOR), 200);
        assertThat(body(api.get("/api/network", OTHER_EDITOR), 200).toString()).doesNotContain("mine");
        body(api.delete("/api/network/members/witness-group", EDITOR), 200);
    }

    @Test
    void aNetworkReplacedByWhoMayNotSeeAllKeepsWhatTheyCouldNotSee() {
        String seen = body(api.get("/api/network", OTHER_EDITOR), 200).toString();

        JsonNode replaced = body(api.put("/api/network", seen, OTHER_EDITOR), 200);

        // witness-group, lena, witness-group's meeting and open-ngo's confidential meeting
        assertThat(replaced.get("kept").asInt()).isEqualTo(4);
        assertThat(replaced.get("members").asInt()).isEqualTo(3);
        JsonNode network = body(api.get("/api/network", CHIEF), 200);
        assertThat(network.get("members").findValuesAsString("id"))
                .containsExactly("ally-org", "justice-mp", "lena", "open-ngo", "witness-group");
        assertThat(network.get("interactions").findValuesAsString("note"))
                .containsExactlyInAnyOrder("a plain call", "met the witnesses", "field data, in confidence", "said thanks");
        JsonNode coalition = network.get("coalitions").get(0);
        assertThat(coalition.get("invited").toString()).isEqualTo("[\"ally-org\",\"witness-group\"]");
        assertThat(coalition.get("responses").findValuesAsString("memberId")).containsExactly("witness-group");
        JsonNode witnessed = member(api.get("/api/network", CHIEF), "witness-group");
        assertThat(witnessed.get("sharedWith").toString()).isEqualTo("[\"editor\"]");
    }

    @Test
    void theFeeBookCountsEveryoneAndListsOnlyWhomTheReaderSees() {
        JsonNode owner = body(api.get("/api/fees/assessments", STAFF), 200);
        JsonNode viewer = body(api.get("/api/fees/assessments", VIEWER), 200);

        assertThat(owner.get("assessments").findValuesAsString("memberId")).contains("witness-group");
        assertThat(viewer.get("assessments").findValuesAsString("memberId")).doesNotContain("witness-group", "lena");
        assertThat(viewer.get("portfolio").get("totalFees")).isEqualTo(owner.get("portfolio").get("totalFees"));
        assertThat(viewer.get("portfolio").get("share")).isEqualTo(owner.get("portfolio").get("share"));
        assertThat(viewer.get("portfolio").get("restrictedIncluded").asInt()).isEqualTo(2);
        assertThat(owner.get("portfolio").get("restrictedIncluded").asInt()).isZero();
        assertThat(viewer.get("firedRules").findValues("facts").toString()).doesNotContain("witness-group");
        assertThat(owner.get("firedRules").findValues("facts").toString()).contains("witness-group");
    }

    @Test
    void alertsAndDigestsLeaveOutWhomTheReaderMayNotSee() {
        assertThat(body(api.get("/api/relationships/alerts?asOf=2026-12-01", STAFF), 200).get("alerts")
                .findValuesAsString("memberId")).contains("witness-group", "lena");
        JsonNode viewer = body(api.get("/api/relationships/alerts?asOf=2026-12-01", VIEWER), 200);
        assertThat(viewer.get("alerts").findValuesAsString("memberId")).isNotEmpty()
                .doesNotContain("witness-group", "lena");
        assertThat(viewer.toString()).doesNotContain("witness-group");

        assertThat(body(api.get("/api/digests/staff", EDITOR), 200).get("alerts").findValuesAsString("memberId"))
                .contains("witness-group").doesNotContain("lena");
        assertThat(body(api.get("/api/digests/staff", OTHER_EDITOR), 200).get("alerts").findValuesAsString("memberId"))
                .contains("ally-org").doesNotContain("witness-group", "lena");
        assertThat(body(api.get("/api/digests/me", STAFF), 200).get("alerts").findValuesAsString("memberId"))
                .contains("witness-group", "lena");
    }

    @Test
    void recommendationsNeverNameWhomTheReaderMayNotSee() {
        String path = "/api/campaigns/war-crimes/recommendations?asOf=2026-12-01";
        JsonNode owner = body(api.get(path, STAFF), 200);
        JsonNode viewer = body(api.get(path, VIEWER), 200);

        JsonNode ownersLegal = sector(owner, "LEGAL");
        assertThat(ownersLegal.get("reasons").toString()).contains("We know justice-mp and Lena Hidden in the legal world");
        assertThat(ownersLegal.get("named").toString()).isEqualTo("[\"justice-mp\",\"lena\"]");
        JsonNode viewersLegal = sector(viewer, "LEGAL");
        assertThat(viewersLegal.get("reasons").toString()).contains("We know justice-mp in the legal world");
        assertThat(viewersLegal.get("named").toString()).isEqualTo("[\"justice-mp\"]");
        assertThat(sector(owner, "HUMAN_RIGHTS").get("candidates").findValuesAsString("memberId"))
                .contains("witness-group");
        assertThat(sector(viewer, "HUMAN_RIGHTS").get("candidates").findValuesAsString("memberId"))
                .contains("ally-org").doesNotContain("witness-group");
        assertThat(viewer.toString()).doesNotContain("Lena", "lena", "witness-group", "Witness");
    }

    private static JsonNode sector(JsonNode answer, String sector) {
        for (JsonNode recommendation : answer.get("recommendations")) {
            if (recommendation.get("sector").asString().equals(sector)) {
                return recommendation;
            }
        }
        throw new AssertionError("no recommendation for " + sector + " in " + answer);
    }

    private long interactionId(String user, String memberId) {
        List<Long> ids = new ArrayList<>();
        body(api.get("/api/network", user), 200).get("interactions").forEach(i -> {
            if (i.get("memberId").asString().equals(memberId)) {
                ids.add(i.get("id").asLong());
            }
        });
        return ids.get(0);
    }

    private static JsonNode member(MvcTestResult network, String id) {
        for (JsonNode member : body(network, 200).get("members")) {
            if (member.get("id").asString().equals(id)) {
                return member;
            }
        }
        throw new AssertionError("no member " + id);
    }
}
