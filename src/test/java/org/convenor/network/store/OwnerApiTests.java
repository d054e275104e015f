package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;

import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Owners and the authors of interactions through the API, on one database: {@link H2OwnerApiTests} runs these on
 * the embedded default, {@link PostgresOwnerApiTests} on a real PostgreSQL. The users of the {@code users} profile
 * who may own members are {@code editor}, {@code editor2} and {@code staff}; {@code viewer} and {@code ops} may not.
 * Each test starts from the same small network, as of {@link #AS_OF}: Hollin (a key partner) is long out of touch,
 * Amira (a journalist) too, Dara (an ally) was never contacted.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
abstract class OwnerApiTests {

    static final String AS_OF = "2026-11-26";
    static final String NETWORK = """
            {"members": [
               {"id": "hollin", "name": "Hollin Legal Aid Trust", "kind": "ORGANISATION", "roles": ["PARTNER"],
                "tier": "KEY", "sectors": ["LEGAL"], "owner": "staff"},
               {"id": "amira", "name": "Amira Haddad", "kind": "PERSON", "roles": ["JOURNALIST"], "owner": "editor"},
               {"id": "dara", "name": "Dara Okafor", "kind": "PERSON", "roles": ["ALLY"]}],
             "interactions": [
               {"memberId": "hollin", "date": "2026-08-01", "kind": "MEETING", "note": "Agreed the court brief"},
               {"memberId": "amira", "date": "2026-07-15", "kind": "CALL"}]}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Flyway flyway;

    StaffApi api;

    @BeforeEach
    void knownNetwork() {
        api = new StaffApi(mvc);
        body(api.put("/api/network", NETWORK, STAFF), 200);
    }

    @Test
    void theSecondMigrationAddedOwnersAndAuthors() {
        assertThat(flyway.info().applied()).extracting(info -> info.getVersion().getVersion(), MigrationInfo::getState)
                .contains(org.assertj.core.groups.Tuple.tuple("2", MigrationState.SUCCESS));
    }

    @Test
    void anOwnerIsAUserWhoMayOwnMembersAndComesBackWithTheMember() {
        assertThat(member("hollin").get("owner").asString()).isEqualTo("staff");
        assertThat(member("dara").get("owner").isNull()).isTrue();

        body(api.post("/api/network/members", """
                {"id": "dara", "kind": "PERSON", "roles": ["ALLY"], "owner": "editor2"}""", STAFF), 200);
        assertThat(member("dara").get("owner").asString()).isEqualTo("editor2");

        JsonNode viewer = body(api.post("/api/network/members", """
                {"id": "dara", "kind": "PERSON", "roles": ["ALLY"], "owner": "viewer"}""", STAFF), 400);
        assertThat(viewer.get("errors").get(0).get("field").asString()).isEqualTo("owner");
        assertThat(viewer.get("errors").get(0).get("message").asString()).isEqualTo("'viewer' is not a user who may "
                + "own members; give one of editor, editor2, staff");
        assertThat(body(api.post("/api/network/members", """
                [{"id": "a", "kind": "PERSON", "roles": ["ALLY"], "owner": "staff"},
                 {"id": "b", "kind": "PERSON", "roles": ["ALLY"], "owner": "nobody"}]""", STAFF), 400)
                .get("errors").findValuesAsString("field")).containsExactly("[1].owner");
        assertThat(body(api.put("/api/network", NETWORK.replace("\"owner\": \"editor\"", "\"owner\": \"ops\""), STAFF),
                400).get("errors").findValuesAsString("field")).containsExactly("members[1].owner");
        JsonNode csv = body(api.csv("/api/network/members", "id,kind,roles,owner\nc,PERSON,ALLY,staff\nd,PERSON,ALLY,Staff\n",
                STAFF), 400).get("errors").get(0);
        assertThat(csv.get("line").asInt()).isEqualTo(3);
        assertThat(csv.get("field").asString()).isEqualTo("owner");
        assertThat(member("dara").get("owner").asString()).as("nothing changed").isEqualTo("editor2");
    }

    @Test
    void membersWhoseOwnerLeftStayTheirsVisiblyUnownedAndCanStillBeEdited() {
        ownerLeaves("editor", "gone");

        assertThat(member("amira").get("owner").asString()).as("never silently dropped").isEqualTo("gone");
        body(api.post("/api/network/members", """
                {"id": "amira", "name": "Amira H.", "kind": "PERSON", "roles": ["JOURNALIST"], "owner": "gone"}""",
                STAFF), 200);
        assertThat(member("amira").get("name").asString()).isEqualTo("Amira H.");
        body(api.put("/api/network", stored().toString(), STAFF), 200);
        assertThat(member("amira").get("owner").asString()).as("a network as read is written back").isEqualTo("gone");
        assertThat(body(api.post("/api/network/members", """
                {"id": "dara", "kind": "PERSON", "roles": ["ALLY"], "owner": "gone"}""", STAFF), 400)
                .get("errors").findValuesAsString("field")).as("but nobody new is given to them").containsExactly("owner");

        assertThat(alerts("&owner=none")).as("the unowned include the members of owners who left")
                .contains("amira NEGLECTED gone", "dara NEVER_CONTACTED null").doesNotContain("hollin NEGLECTED staff");
        JsonNode refused = body(api.get("/api/relationships/alerts?owner=gone", VIEWER), 400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("owner");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("editor, editor2, staff, me or none");
    }

    @Test
    void eachAlertCarriesItsOwnerAndTheAlertsFilterByOwner() {
        // Hollin has had neither an intelligence update nor a convening: two benefits lapsed, one rule each.
        assertThat(alerts("")).containsExactly("hollin NEGLECTED staff", "dara NEVER_CONTACTED null",
                "amira NEGLECTED editor", "hollin BENEFITS_LAPSED staff", "hollin BENEFITS_LAPSED staff");
        assertThat(alerts("&owner=staff")).containsExactly("hollin NEGLECTED staff", "hollin BENEFITS_LAPSED staff",
                "hollin BENEFITS_LAPSED staff");
        assertThat(alerts("&owner=none")).containsExactly("dara NEVER_CONTACTED null");
        assertThat(alertsAs(EDITOR, "&owner=me")).containsExactly("amira NEGLECTED editor");
        assertThat(alertsAs(VIEWER, "&owner=me")).as("a viewer owns nothing").isEmpty();
        assertThat(alerts("&owner=editor2")).isEmpty();
        assertThat(body(api.get("/api/relationships/alerts?owner=viewer", VIEWER), 400).get("errors").get(0)
                .get("field").asString()).isEqualTo("owner");
        JsonNode mine = body(api.get("/api/relationships/alerts?asOf=" + AS_OF + "&owner=staff", VIEWER), 200);
        assertThat(mine.get("firedRules").size()).as("the rules that decided the whole network")
                .isEqualTo(body(api.get("/api/relationships/alerts?asOf=" + AS_OF, VIEWER), 200).get("firedRules").size());
    }

    @Test
    void eachInteractionSaysWhoRecordedItAndWhenAndWhatGetAnswersIsAcceptedBack() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        body(api.post("/api/network/interactions", """
                {"memberId": "dara", "date": "2026-11-20", "kind": "CALL", "note": "first call",
                 "id": 7, "recordedBy": "someone-else", "recordedAt": "2020-01-01T00:00:00Z"}""", EDITOR), 200);
        OffsetDateTime after = OffsetDateTime.now().plusSeconds(1);

        List<JsonNode> interactions = stored().get("interactions").valueStream().toList();
        assertThat(interactions).extracting(i -> i.get("recordedBy").asString())
                .containsExactly(STAFF, STAFF, EDITOR);
        JsonNode logged = interactions.get(2);
        assertThat(logged.get("id").asLong()).isNotEqualTo(7);
        assertThat(OffsetDateTime.parse(logged.get("recordedAt").asString())).isBetween(before, after);
        assertThat(interactions.get(0).get("recordedAt").asString()).as("one write, one moment")
                .isEqualTo(interactions.get(1).get("recordedAt").asString());

        String network = stored().toString();
        assertThat(body(api.post("/api/network/interactions", stored().get("interactions").toString(), STAFF), 200)
                .toString()).as("what GET answers, posted back").isEqualTo("{\"created\":0,\"skipped\":3}");
        body(api.put("/api/network", network, STAFF), 200);
        assertThat(stored().get("interactions").valueStream().map(i -> i.get("recordedBy").asString()))
                .as("a replacement records its interactions anew, by whoever replaced the network")
                .containsExactly(STAFF, STAFF, STAFF);
    }

    @Test
    void staffCorrectAnInteractionWhichIsThenRecordedByThemAndTheAuditSaysWhoAndWhich() {
        long id = interaction("hollin").get("id").asLong();

        JsonNode corrected = body(api.put("/api/network/interactions/" + id, """
                {"memberId": "hollin", "date": "2026-11-25", "kind": "CALL", "note": "Agreed the court brief, by phone",
                 "id": 1, "recordedBy": "x", "recordedAt": null}""", EDITOR), 200);

        assertThat(corrected.get("id").asLong()).isEqualTo(id);
        assertThat(corrected.get("recordedBy").asString()).isEqualTo(EDITOR);
        assertThat(interaction("hollin")).isEqualTo(corrected);
        assertThat(alerts("")).as("the corrected day is the last contact").doesNotContain("hollin NEGLECTED staff");
        JsonNode audit = body(api.get("/api/network/audit", EDITOR), 200).get(0);
        assertThat(audit.get("user").asString()).isEqualTo(EDITOR);
        assertThat(audit.get("action").asString()).isEqualTo("EDIT");
        assertThat(audit.get("subject").asString()).isEqualTo("INTERACTIONS");
        assertThat(audit.get("records").asInt()).isEqualTo(1);
        assertThat(audit.get("interaction").asLong()).isEqualTo(id);
        assertThat(audit.toString()).doesNotContain("hollin", "brief");

        body(api.delete("/api/network/interactions/" + id, STAFF), 204);
        JsonNode deleted = body(api.get("/api/network/audit", EDITOR), 200).get(0);
        assertThat(deleted.get("action").asString()).isEqualTo("DELETE");
        assertThat(deleted.get("user").asString()).isEqualTo(STAFF);
        assertThat(deleted.get("interaction").asLong()).isEqualTo(id);
        assertThat(body(api.get("/api/network/audit", EDITOR), 200).get(2).get("interaction").isNull())
                .as("a change of many records names none").isTrue();
    }

    @Test
    void aCorrectionIsCheckedAsEveryWriteIs() {
        long id = interaction("hollin").get("id").asLong();
        String amira = """
                {"memberId": "amira", "date": "2026-07-15", "kind": "CALL"}""";

        assertThat(body(api.put("/api/network/interactions/" + id, """
                {"memberId": "nobody", "date": "2026-11-25", "kind": "CALL"}""", STAFF), 400)
                .get("errors").findValuesAsString("field")).containsExactly("memberId");
        assertThat(body(api.put("/api/network/interactions/" + id, """
                {"memberId": "hollin", "date": "3026-11-25"}""", STAFF), 400)
                .get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("date", "kind");
        assertThat(body(api.put("/api/network/interactions/" + id, amira, STAFF), 400).get("errors").get(0)
                .get("message").asString()).contains("another interaction stored already says the same");
        assertThat(body(api.put("/api/network/interactions/123456789", amira, STAFF), 404).get("detail").asString())
                .contains("123456789");
        body(api.put("/api/network/interactions/" + id, amira, VIEWER), 403);
        assertThat(interaction("hollin").get("recordedBy").asString()).as("nothing changed").isEqualTo(STAFF);
    }

    /** The alerts as of {@link #AS_OF} as "memberId KIND owner", in the answer's order; {@code query} adds to the address. */
    List<String> alerts(String query) {
        return alertsAs(VIEWER, query);
    }

    List<String> alertsAs(String user, String query) {
        return body(api.get("/api/relationships/alerts?asOf=" + AS_OF + query, user), 200).get("alerts").valueStream().map(alert -> alert.get("memberId").asString()
                + " " + alert.get("kind").asString() + " " + (alert.get("owner").isNull() ? "null"
                        : alert.get("owner").asString())).toList();
    }

    /**
     * The owner leaves: their username stays on the members they owned, as after a restart without them in the
     * configuration. The revision is raised as every write raises it, so the store's copy is read again.
     */
    void ownerLeaves(String owner, String storedAs) {
        jdbc.sql("UPDATE member SET owner = :gone WHERE owner = :owner").param("gone", storedAs).param("owner", owner)
                .update();
        jdbc.sql("UPDATE network_revision SET revision = revision + 1").update();
    }

    JsonNode stored() {
        return body(api.get("/api/network", VIEWER), 200);
    }

    JsonNode member(String id) {
        return stored().get("members").valueStream().filter(m -> m.get("id").asString().equals(id)).findFirst()
                .orElseThrow();
    }

    JsonNode interaction(String memberId) {
        return stored().get("interactions").valueStream().filter(i -> i.get("memberId").asString().equals(memberId))
                .findFirst().orElseThrow();
    }
}
