package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.convenor.bench.NetworkGenerator;
import org.convenor.coalitions.CoalitionRequest;
import org.convenor.network.Campaign;
import org.convenor.network.Member;
import org.convenor.network.Target;
import org.convenor.network.TargetKind;
import org.convenor.network.Theme;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The stored network through its API, on one database: {@link H2NetworkApiTests} runs these on the embedded
 * default, {@link PostgresNetworkApiTests} on a real PostgreSQL. Each test starts from an empty store.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
abstract class NetworkApiTests {

    static final String NETWORK = SampleNetwork.JSON;

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Flyway flyway;

    StaffApi api;

    @BeforeEach
    void emptyStore() {
        api = new StaffApi(mvc);
        body(api.put("/api/network", "{\"members\": []}", STAFF), 200);
    }

    JsonNode stored() {
        return body(api.get("/api/network", VIEWER), 200);
    }

    @Test
    void flywayMigratedTheSchema() {
        assertThat(flyway.info().applied()).extracting(info -> info.getVersion().getVersion(), MigrationInfo::getState)
                .contains(org.assertj.core.groups.Tuple.tuple("1", org.flywaydb.core.api.MigrationState.SUCCESS));
        assertThat(jdbc.sql("SELECT revision FROM network_revision").query(Long.class).single()).isPositive();
    }

    @Test
    void storesAWholeNetworkAndAnswersItBack() {
        JsonNode counts = body(api.put("/api/network", NETWORK, STAFF), 200);

        assertThat(counts.toString()).isEqualTo("{\"members\":3,\"interactions\":2,\"coalitions\":1,\"campaigns\":1,\"links\":0,\"kept\":0}");
        JsonNode network = stored();
        JsonNode sent = StaffApi.json(NETWORK);
        assertThat(network.get("convenor")).isEqualTo(sent.get("convenor"));
        assertThat(network.get("members").get(0).get("id").asString()).isEqualTo("amira");
        assertThat(network.get("members").findValuesAsString("name"))
                .containsExactly("Amira Haddad", "The Élders", "Geneva Rights, Inc.");
        JsonNode geneva = network.get("members").get(2);
        assertThat(geneva.get("annualIncome").decimalValue()).isEqualByComparingTo("30000000.5");
        assertThat(geneva.get("tier").asString()).isEqualTo("STANDARD");
        assertThat(geneva.get("globalSouth").isNull()).isTrue();
        assertThat(network.get("members").get(0).get("roles").toString()).isEqualTo("[\"JOURNALIST\",\"ALLY\"]");
        assertThat(network.get("members").get(1).get("reaches").toString()).isEqualTo("[\"p5\",\"somewhere-else\"]");
        JsonNode interactions = network.get("interactions");
        assertThat(interactions).hasSize(2);
        assertThat(interactions.get(1).get("id").asLong()).isNotEqualTo(999).isGreaterThan(interactions.get(0).get("id").asLong());
        assertThat(interactions.get(0).get("note").asString()).isEqualTo("first call");
        assertThat(network.get("coalitions")).isEqualTo(sent.get("coalitions"));
        assertThat(network.get("campaigns")).isEqualTo(sent.get("campaigns"));
    }

    @Test
    void replacingTheNetworkLeavesNothingOfTheOld() {
        body(api.put("/api/network", NETWORK, STAFF), 200);

        body(api.put("/api/network", """
                {"members": [{"id": "new", "kind": "PERSON", "roles": ["ALLY"]}]}""", STAFF), 200);

        JsonNode network = stored();
        assertThat(network.get("convenor").isNull()).isTrue();
        assertThat(network.get("members").findValuesAsString("id")).containsExactly("new");
        assertThat(network.get("interactions")).isEmpty();
        assertThat(network.get("coalitions")).isEmpty();
        assertThat(network.get("campaigns")).isEmpty();
    }

    @Test
    void aBadNetworkIsRefusedWholeWithEveryProblemNamedAndNothingChanges() {
        body(api.put("/api/network", NETWORK, STAFF), 200);
        JsonNode before = stored();

        JsonNode problem = body(api.put("/api/network", NETWORK.replace("\"CH\"", "\"XX\"")
                .replace("\"memberId\": \"geneva-ngo\"", "\"memberId\": \"nobody\"")
                .replace("\"annualIncome\": 4000000", "\"annualIncome\": 0"), STAFF), 400);

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "convenor.annualIncome", "members[0].country", "interactions[1].memberId");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void valuesThatWouldNotFitAColumnAreRefusedByName() {
        JsonNode problem = body(api.put("/api/network", NETWORK.replace("\"geneva-ngo\", \"name\"",
                "\"" + "g".repeat(101) + "\", \"name\"").replace("first call", "first\\u0000call")
                .replace("2026-06-01", "1899-06-01").replace("\"Yemen\"", "\"" + "y".repeat(301) + "\""), STAFF), 400);

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("members[0].id",
                "interactions[0].note", "interactions[1].memberId", "coalitions[0].formedOn", "campaigns[0].conflict");
        assertThat(problem.toString()).contains("is not a valid id").contains("longer than 300").contains("NUL")
                .contains("is not a valid date (YYYY-MM-DD, from 1900 to 2999)");
        assertThat(stored().get("members")).isEmpty();
    }

    @Test
    void membersAreUpsertedWholeById() {
        body(api.put("/api/network", NETWORK, STAFF), 200);

        JsonNode counts = body(api.post("/api/network/members", """
                [{"id": "geneva-ngo", "kind": "ORGANISATION", "roles": ["DONOR"]},
                 {"id": "newcomer", "kind": "PERSON", "roles": ["PROSPECT"], "sectors": ["LEGAL", "MEDIA"]}]""", STAFF),
                200);

        assertThat(counts.toString()).isEqualTo("{\"created\":1,\"updated\":1,\"withoutName\":[\"geneva-ngo\",\"newcomer\"]}");
        JsonNode geneva = member("geneva-ngo");
        assertThat(geneva.get("roles").toString()).isEqualTo("[\"DONOR\"]");
        assertThat(geneva.get("sectors")).isEmpty();
        assertThat(geneva.get("reaches")).isEmpty();
        assertThat(geneva.get("name").isNull()).isTrue();
        assertThat(geneva.get("annualIncome").isNull()).isTrue();
        assertThat(member("newcomer").get("sectors").toString()).isEqualTo("[\"LEGAL\",\"MEDIA\"]");
        assertThat(stored().get("interactions")).hasSize(2);
    }

    @Test
    void aMemberKeepsTheDayItJoinedAndOneWithoutItHasNone() {
        body(api.post("/api/network/members", """
                [{"id": "newcomer", "kind": "PERSON", "roles": ["ALLY"], "joinedOn": "2026-12-07"},
                 {"id": "old-friend", "kind": "PERSON", "roles": ["ALLY"]}]""", STAFF), 200);

        assertThat(member("newcomer").get("joinedOn").asString()).isEqualTo("2026-12-07");
        assertThat(member("old-friend").get("joinedOn").isNull()).isTrue();
        assertThat(body(api.post("/api/network/members", """
                [{"id": "newcomer", "kind": "PERSON", "roles": ["ALLY"], "joinedOn": "1899-12-31"}]""", STAFF), 400)
                .get("errors").findValuesAsString("field")).containsExactly("[0].joinedOn");
        assertThat(member("newcomer").get("joinedOn").asString()).as("nothing written").isEqualTo("2026-12-07");
    }

    @Test
    void anIncomeInShillingsIsStoredWithItsCurrencyAndMeasuredInPoundsForItsFee() {
        body(api.put("/api/network/convenor", "{\"annualIncome\": 40000000, \"currency\": \"GBP\"}", STAFF), 200);
        body(api.post("/api/network/members", """
                [{"id": "shilling-ngo", "kind": "ORGANISATION", "roles": ["PARTNER"], "country": "GB",
                  "annualIncome": 12000000, "incomeCurrency": "KES"},
                 {"id": "pound-ngo", "kind": "ORGANISATION", "roles": ["PARTNER"], "country": "GB",
                  "annualIncome": 12000000}]""", STAFF), 200);

        assertThat(member("shilling-ngo").get("incomeCurrency").asString()).isEqualTo("KES");
        assertThat(member("pound-ngo").get("incomeCurrency").isNull()).isTrue();
        JsonNode fees = body(api.get("/api/fees/assessments", VIEWER), 200).get("assessments");
        JsonNode shillings = fees.get(1);
        assertThat(shillings.get("memberId").asString()).isEqualTo("shilling-ngo");
        assertThat(shillings.get("amount").decimalValue()).as("the first band, not 12,000,000 read as pounds")
                .isEqualByComparingTo("250");
        assertThat(shillings.get("reasons").toString()).contains("KES 12,000,000 at 170 KES to GBP 1 = GBP 70,588.24");
        assertThat(fees.get(0).get("amount").decimalValue()).isEqualByComparingTo("2500");
    }

    @Test
    void anIncomeCurrencyThatIsNoIso4217CodeIsRefusedAtItsFieldAndNothingIsStored() {
        JsonNode problem = body(api.post("/api/network/members", """
                [{"id": "a", "kind": "ORGANISATION", "roles": ["PARTNER"], "incomeCurrency": "KES"},
                 {"id": "b", "kind": "ORGANISATION", "roles": ["PARTNER"], "incomeCurrency": "kes"},
                 {"id": "c", "kind": "ORGANISATION", "roles": ["PARTNER"], "incomeCurrency": "XYZ"}]""", STAFF), 400);

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("[1].incomeCurrency",
                "[2].incomeCurrency");
        assertThat(problem.get("errors").toString()).contains("'XYZ' is not an ISO 4217 currency code");
        assertThat(stored().get("members").findValuesAsString("id")).doesNotContain("a");
        JsonNode asked = body(api.post("/api/fees/assessments", """
                {"convenor": {"annualIncome": 4000000, "currency": "pounds"},
                 "members": [{"id": "a", "kind": "ORGANISATION", "roles": ["PARTNER"], "incomeCurrency": "SHILLINGS"}]}""",
                null), 400);
        assertThat(asked.get("errors").findValuesAsString("field")).containsExactly("convenor.currency",
                "members[0].incomeCurrency");
    }

    @Test
    void aBadMemberArrayNamesEveryBadRowAsSentAndStoresNone() {
        JsonNode problem = body(api.post("/api/network/members", """
                [{"id": "a", "kind": "PERSON", "roles": ["ALLY"]},
                 {"id": "b", "kind": "PERSON", "roles": []},
                 {"id": "a", "kind": "PERSON", "roles": ["ALLY"], "country": "ZZ"}]""", STAFF), 400);

        // Duplicate ids are looked for once every row has its required fields; a bad country is named at once.
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("[1].roles", "[2].country");
        problem = body(api.post("/api/network/members", """
                [{"id": "a", "kind": "PERSON", "roles": ["ALLY"]},
                 {"id": "a", "kind": "PERSON", "roles": ["ALLY"], "country": "ZZ"}]""", STAFF), 400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("[1].id", "[1].country");
        assertThat(problem.toString()).contains("also [0]").doesNotContain("members[");
        assertThat(stored().get("members")).isEmpty();
    }

    @Test
    void aSingleMemberIsNamedWithoutAnIndex() {
        assertThat(body(api.post("/api/network/members", """
                {"id": "a", "kind": "COMPANY", "roles": ["ALLY"]}""", STAFF), 400).get("errors").get(0).get("field")
                .asString()).isEqualTo("kind");
        assertThat(body(api.post("/api/network/members", """
                {"id": "a", "kind": "PERSON", "roles": ["ALLY"], "colour": "red"}""", STAFF), 400).get("errors").get(0)
                .get("field").asString()).isEqualTo("colour");
        assertThat(body(api.post("/api/network/members", """
                {"id": "a", "kind": "PERSON", "roles": ["ALLY"], "country": "ZZ"}""", STAFF), 400).get("errors").get(0)
                .get("field").asString()).isEqualTo("country");
        assertThat(body(api.post("/api/network/members", """
                {"id": "a", "kind": "PERSON", "roles": ["ALLY"]}""", STAFF), 200).toString())
                .isEqualTo("{\"created\":1,\"updated\":0,\"withoutName\":[\"a\"]}");
    }

    @Test
    void interactionsAreStoredOnceHoweverOftenTheyAreSent() {
        body(api.put("/api/network", NETWORK, STAFF), 200);
        String contacts = """
                [{"memberId": "amira", "date": "2026-11-02", "kind": "MEETING", "note": "coffee"},
                 {"memberId": "amira", "date": "2026-11-02", "kind": "MEETING", "note": "coffee"},
                 {"memberId": "amira", "date": "2026-11-02", "kind": "MEETING"},
                 {"memberId": "amira", "date": "2026-05-01", "kind": "CALL", "note": "first call"}]""";

        assertThat(body(api.post("/api/network/interactions", contacts, STAFF), 200).toString())
                .isEqualTo("{\"created\":2,\"skipped\":2}");
        assertThat(body(api.post("/api/network/interactions", contacts, STAFF), 200).toString())
                .isEqualTo("{\"created\":0,\"skipped\":4}");
        assertThat(stored().get("interactions")).hasSize(4);
    }

    @Test
    void writersTakeTurnsSoTheSameFileImportedTwiceAtOnceIsStoredOnce() throws Exception {
        body(api.put("/api/network", NETWORK, STAFF), 200);
        StringBuilder csv = new StringBuilder("memberId,date,kind,note\n");
        for (int day = 1; day <= 300; day++) {
            csv.append("amira,").append(java.time.LocalDate.of(2025, 1, 1).plusDays(day)).append(",CALL,\n");
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<JsonNode>> imports = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                imports.add(pool.submit(() -> body(api.csv("/api/network/interactions", csv.toString(), STAFF), 200)));
            }
            int created = 0;
            for (java.util.concurrent.Future<JsonNode> answer : imports) {
                created += answer.get(2, java.util.concurrent.TimeUnit.MINUTES).get("created").asInt();
            }
            assertThat(created).isEqualTo(300);
        } finally {
            pool.shutdown();
        }
        assertThat(stored().get("interactions")).hasSize(302);
    }

    @Test
    void anImportNamingManyMembersIsStoredOnceToo() {
        StringBuilder members = new StringBuilder("id,kind,roles\n");
        StringBuilder contacts = new StringBuilder("memberId,date,kind,note\n");
        for (int i = 0; i < 150; i++) {
            members.append("m").append(i).append(",PERSON,ALLY\n");
            contacts.append("m").append(i).append(",2026-11-01,CALL,\n").append("m").append(i).append(",2026-11-02,CALL,x\n");
        }
        body(api.csv("/api/network/members", members.toString(), STAFF), 200);
        body(api.post("/api/network/interactions", "{\"memberId\": \"m7\", \"date\": \"2026-11-01\", \"kind\": \"CALL\"}",
                STAFF), 200);

        assertThat(body(api.csv("/api/network/interactions", contacts.toString(), STAFF), 200).toString())
                .isEqualTo("{\"created\":299,\"skipped\":1}");
        assertThat(body(api.csv("/api/network/interactions", contacts.toString(), STAFF), 200).toString())
                .isEqualTo("{\"created\":0,\"skipped\":300}");
        assertThat(stored().get("interactions")).hasSize(300);
    }

    @Test
    void anInteractionWithAnUnknownMemberIsRefused() {
        body(api.put("/api/network", NETWORK, STAFF), 200);

        JsonNode problem = body(api.post("/api/network/interactions", """
                [{"memberId": "amira", "date": "2026-11-02", "kind": "MEETING"},
                 {"memberId": "nobody", "date": "2026-11-02", "kind": "MEETING"}]""", STAFF), 400);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("[1].memberId");
        assertThat(stored().get("interactions")).hasSize(2);
    }

    @Test
    void aMistakenInteractionIsDeletedById() {
        body(api.put("/api/network", NETWORK, STAFF), 200);
        long id = stored().get("interactions").get(0).get("id").asLong();

        body(api.delete("/api/network/interactions/" + id, STAFF), 204);

        assertThat(stored().get("interactions").findValuesAsString("memberId")).containsExactly("geneva-ngo");
        assertThat(body(api.delete("/api/network/interactions/" + id, STAFF), 404).get("detail").asString())
                .contains(String.valueOf(id));
        assertThat(body(api.delete("/api/network/interactions/first", STAFF), 400).get("errors").get(0).get("field")
                .asString()).isEqualTo("id");
    }

    @Test
    void coalitionsAreUpsertedWholeAndDeleted() {
        body(api.put("/api/network", NETWORK, STAFF), 200);

        assertThat(body(api.post("/api/network/coalitions", """
                [{"id": "k1", "sectors": ["LEGAL"], "formedOn": "2026-07-01", "invited": ["geneva-ngo"]},
                 {"id": "k2", "sectors": ["MEDIA"], "formedOn": "2026-08-01"}]""", STAFF), 200).toString())
                .isEqualTo("{\"created\":1,\"updated\":1}");
        JsonNode k1 = stored().get("coalitions").get(0);
        assertThat(k1.get("campaignId").isNull()).isTrue();
        assertThat(k1.get("invited").toString()).isEqualTo("[\"geneva-ngo\"]");
        assertThat(k1.get("responses")).isEmpty();

        assertThat(body(api.post("/api/network/coalitions", """
                {"id": "k3", "formedOn": "2026-08-01", "invited": ["nobody"]}""", STAFF), 400).get("errors").get(0)
                .get("field").asString()).isEqualTo("invited[0]");
        body(api.delete("/api/network/coalitions/k1", STAFF), 204);
        body(api.delete("/api/network/coalitions/k1", STAFF), 404);
        assertThat(stored().get("coalitions").findValuesAsString("id")).containsExactly("k2");
    }

    @Test
    void aCampaignKeepsItsTimeAndItsDatesAndMomentsAreRefusedAtTheirField() {
        JsonNode problem = body(api.post("/api/network/campaigns", """
                {"id": "syria", "startsOn": "2027-01-10", "endsOn": "2027-01-09",
                 "moments": [{"on": "2027-02-18", "what": " "}, {"on": "1899-12-31", "what": "Too early"}, {"what": "When?"}]}""",
                STAFF), 400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("endsOn", "moments[0].what",
                "moments[1].on", "moments[2].on");
        assertThat(problem.toString()).contains("ends on 2027-01-09, before it starts on 2027-01-10");
        assertThat(body(api.post("/api/network/campaigns", "{\"id\": \"syria\", \"status\": \"OVER\"}", STAFF), 400)
                .toString()).contains("status");

        body(api.post("/api/network/campaigns", """
                {"id": "syria", "startsOn": "2027-01-10", "endsOn": "2027-01-10", "status": "CLOSED",
                 "moments": [{"on": "2027-01-10", "what": "Vote"}], "outcome": "Renewed", "lessons": "Ask early"}""",
                STAFF), 200);
        JsonNode syria = stored().get("campaigns").get(0);
        assertThat(syria.get("status").asString()).isEqualTo("CLOSED");
        assertThat(syria.get("moments").toString()).isEqualTo("[{\"on\":\"2027-01-10\",\"what\":\"Vote\"}]");
        assertThat(syria.get("lessons").asString()).isEqualTo("Ask early");
        body(api.post("/api/network/campaigns", "{\"id\": \"later\"}", STAFF), 200);
        assertThat(stored().get("campaigns").get(0).get("status").asString()).as("left out: active").isEqualTo("ACTIVE");
    }

    @Test
    void whetherAMemberIsServingOrMayBeNamedIsStoredAndNullWhenNotKnown() {
        body(api.post("/api/network/members", """
                [{"id": "colonel", "kind": "PERSON", "roles": ["ALLY"], "serving": true, "publiclyNameable": false},
                 {"id": "general", "kind": "PERSON", "roles": ["ALLY"], "serving": false, "publiclyNameable": true},
                 {"id": "unknown", "kind": "PERSON", "roles": ["ALLY"]}]""", STAFF), 200);

        assertThat(member("colonel").get("serving").asBoolean()).isTrue();
        assertThat(member("colonel").get("publiclyNameable").asBoolean()).isFalse();
        assertThat(member("general").get("serving").asBoolean()).isFalse();
        assertThat(member("unknown").get("serving").isNull()).isTrue();
        assertThat(member("unknown").get("publiclyNameable").isNull()).isTrue();
    }

    @Test
    void theStoredNetworksAlertsReadTheCampaignsMomentsAndWhetherTheyAreClosed() {
        body(api.post("/api/network/members", """
                [{"id": "reporter", "kind": "PERSON", "roles": ["JOURNALIST"], "reaches": ["unsc"]},
                 {"id": "lawyers", "kind": "ORGANISATION", "roles": ["PARTNER"], "sectors": ["LEGAL"]}]""", STAFF), 200);
        body(api.post("/api/network/interactions", """
                [{"memberId": "reporter", "date": "2026-09-01", "kind": "CALL"},
                 {"memberId": "lawyers", "date": "2026-11-20", "kind": "CALL"}]""", STAFF), 200);
        body(api.post("/api/network/campaigns", """
                {"id": "syria", "targets": [{"id": "unsc", "kind": "UN_SECURITY_COUNCIL"}],
                 "moments": [{"on": "2026-12-10", "what": "Vote"}]}""", STAFF), 200);
        body(api.post("/api/network/coalitions", """
                {"id": "k9", "campaignId": "syria", "sectors": ["LEGAL"], "formedOn": "2026-11-01"}""", STAFF), 200);

        JsonNode alerts = body(api.get("/api/relationships/alerts?asOf=2026-11-26", VIEWER), 200).get("alerts");
        assertThat(alerts.findValuesAsString("memberId")).contains("reporter");
        assertThat(alerts.toString()).contains("(usually 90) until Vote on 2026-12-10 (campaign syria)")
                .contains("\"EXCLUDED\"");

        body(api.post("/api/network/campaigns", """
                {"id": "syria", "status": "CLOSED", "targets": [{"id": "unsc", "kind": "UN_SECURITY_COUNCIL"}],
                 "moments": [{"on": "2026-12-10", "what": "Vote"}]}""", STAFF), 200);
        alerts = body(api.get("/api/relationships/alerts?asOf=2026-11-26", VIEWER), 200).get("alerts");
        assertThat(alerts.findValuesAsString("memberId")).doesNotContain("reporter");
        assertThat(alerts.findValuesAsString("kind")).doesNotContain("EXCLUDED");
    }

    @Test
    void aTargetIdBelongsToOneCampaign() {
        body(api.put("/api/network", NETWORK, STAFF), 200);

        JsonNode problem = body(api.post("/api/network/campaigns", """
                {"id": "syria", "themes": ["HUMANITARIAN_ACCESS"],
                 "targets": [{"id": "p5", "kind": "UN_SECURITY_COUNCIL"}, {"id": "kremlin", "kind": "HEAD_OF_GOVERNMENT"},
                             {"id": "kremlin", "kind": "HEAD_OF_GOVERNMENT"}]}""", STAFF), 400);

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("targets[0].id",
                "targets[2].id");
        assertThat(problem.toString()).contains("already belongs to campaign 'hospitals'").contains("also targets[1].id");
        assertThat(body(api.post("/api/network/campaigns", """
                [{"id": "hospitals", "themes": [], "targets": [{"id": "p5", "kind": "PARLIAMENT"}]},
                 {"id": "syria", "targets": [{"id": "kremlin", "kind": "HEAD_OF_GOVERNMENT", "listensTo": ["FAITH"]}]}]""",
                STAFF), 200).toString()).isEqualTo("{\"created\":1,\"updated\":1}");
        assertThat(stored().get("campaigns").get(0).get("targets").get(0).get("kind").asString()).isEqualTo("PARLIAMENT");
        body(api.delete("/api/network/campaigns/hospitals", STAFF), 204);
        assertThat(stored().get("campaigns")).hasSize(1).allMatch(campaign -> campaign.get("id").asString().equals("syria"));
        assertThat(member("elders").get("reaches").toString()).isEqualTo("[\"p5\",\"somewhere-else\"]");
    }

    @Test
    void theConvenorsIncomeIsKept() {
        assertThat(body(api.put("/api/network/convenor", "{\"annualIncome\": 5000000}", STAFF), 200)
                .get("annualIncome").asInt()).isEqualTo(5000000);
        assertThat(stored().get("convenor").toString()).isEqualTo("{\"annualIncome\":5000000,\"currency\":null}");
        JsonNode problem = body(api.put("/api/network/convenor", "{\"annualIncome\": -1, \"currency\": \"POUNDS\"}",
                STAFF), 400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("annualIncome",
                "currency");
    }

    @Test
    void erasingAMemberLeavesNothingOfItInAnyTable() {
        body(api.put("/api/network", NETWORK, STAFF), 200);

        JsonNode erased = body(api.delete("/api/network/members/amira", STAFF), 200);

        assertThat(erased.toString())
                .isEqualTo("{\"member\":\"amira\",\"interactions\":1,\"invitations\":1,\"responses\":1,\"links\":0}");
        for (String table : List.of("member_role", "member_sector", "member_reach", "interaction", "invitation",
                "coalition_response")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE member_id = 'amira'").query(Integer.class)
                    .single()).as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member WHERE id = 'amira' OR name LIKE '%Amira%'")
                .query(Integer.class).single()).isZero();
        assertThat(stored().get("coalitions").get(0).get("invited").toString()).isEqualTo("[\"elders\"]");
        body(api.delete("/api/network/members/amira", STAFF), 404);
        List<String> audit = new ArrayList<>();
        jdbc.sql("SELECT * FROM audit_entry").query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                audit.add(String.valueOf(rs.getObject(i)));
            }
        });
        assertThat(audit).isNotEmpty().noneMatch(value -> value.contains("amira") || value.contains("Amira"));
        JsonNode last = body(api.get("/api/network/audit", EDITOR), 200).get(0);
        assertThat(last.get("action").asString()).isEqualTo("ERASURE");
        assertThat(last.get("records").asInt()).isEqualTo(4);
    }

    @Test
    void theAuditLogSaysWhoWhenHowAndHowMany() {
        body(api.put("/api/network", NETWORK, STAFF), 200);
        body(api.post("/api/network/interactions", "{\"memberId\": \"amira\", \"date\": \"2026-11-02\", \"kind\": \"CALL\"}",
                EDITOR), 200);

        JsonNode audit = body(api.get("/api/network/audit", EDITOR), 200);

        assertThat(audit.get(0).get("user").asString()).isEqualTo(EDITOR);
        assertThat(audit.get(0).get("action").asString()).isEqualTo("IMPORT");
        assertThat(audit.get(0).get("subject").asString()).isEqualTo("INTERACTIONS");
        assertThat(audit.get(0).get("records").asInt()).isEqualTo(1);
        assertThat(audit.get(0).get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
        assertThat(audit.get(1).get("user").asString()).isEqualTo(STAFF);
        assertThat(audit.get(1).get("action").asString()).isEqualTo("REPLACE");
        assertThat(audit.get(1).get("records").asInt()).isEqualTo(3 + 2 + 1 + 1 + 1);
        assertThat(audit.get(0).properties()).extracting(Map.Entry::getKey)
                .containsExactly("id", "at", "user", "action", "subject", "records", "interaction");
    }

    @Test
    void csvImportsOnThisDatabase() {
        assertThat(body(api.csv("/api/network/members", """
                id,name,kind,roles,sectors,annualIncome
                a,"Médecins, Sans Frontières",ORGANISATION,PARTNER;ALLY,MEDICAL,1000000.25
                b,Bea,PERSON,JOURNALIST,,
                """, STAFF), 200).toString()).isEqualTo("{\"created\":2,\"updated\":0,\"withoutName\":[]}");
        assertThat(body(api.csv("/api/network/interactions", """
                memberId,date,kind,note
                a,2026-11-01,CALL,"two
                lines"
                b,2026-11-01,CALL,
                """, STAFF), 200).toString()).isEqualTo("{\"created\":2,\"skipped\":0}");

        JsonNode network = stored();
        assertThat(member("a").get("name").asString()).isEqualTo("Médecins, Sans Frontières");
        assertThat(member("a").get("annualIncome").decimalValue()).isEqualByComparingTo("1000000.25");
        assertThat(member("b").get("sectors")).isEmpty();
        assertThat(network.get("interactions").get(0).get("note").asString()).isEqualTo("two\nlines");
        assertThat(network.get("interactions").get(1).get("note").isNull()).isTrue();
    }

    /**
     * For the same network, each GET form answers exactly what its POST form answers with that network as the
     * body (for recommendations, with each member's reaches cut to the campaign's targets), on a generated
     * network whose members also reach another campaign's target.
     */
    @Test
    void decisionsOverTheStoredNetworkAnswerAsThePostFormsDo() {
        CoalitionRequest generated = new NetworkGenerator(11).coalitions(300, 10);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < generated.members().size(); i++) {
            Member member = generated.members().get(i);
            members.add(i % 10 == 0 ? member.withReaches(List.of("other-target", "p5-member")) : member);
        }
        Campaign other = new Campaign("other", "Another campaign", null, List.of(Theme.DETENTION),
                List.of(new Target("other-target", null, TargetKind.PARLIAMENT, List.of())));
        StoredNetwork network = new StoredNetwork(new ConvenorIncome(new BigDecimal("50000000"), "GBP"), members,
                generated.interactions().stream().map(i -> new StoredInteraction(null, i.memberId(), i.date(), i.kind(),
                        i.note(), null, null, null)).toList(), generated.coalitions(), List.of(generated.campaign(), other));
        body(api.put("/api/network", JSON.writeValueAsString(network), STAFF), 200);
        JsonNode stored = stored();
        ArrayNode interactions = (ArrayNode) stored.get("interactions").deepCopy();
        // The decision forms take interactions as the rules see them: without the store's id and authors.
        interactions.forEach(interaction -> ((ObjectNode) interaction).remove(List.of("id", "recordedBy", "recordedAt")));
        String asOf = NetworkGenerator.AS_OF.toString();

        ObjectNode fees = JSON.createObjectNode().setAll(Map.of("convenor", stored.get("convenor"), "members",
                stored.get("members")));
        JsonNode feesStored = body(api.get("/api/fees/assessments", VIEWER), 200);
        assertThat(feesStored.get("assessments")).hasSize(300);
        JsonNode feesPosted = body(api.post("/api/fees/assessments", fees.toString(), null), 200);
        // The one difference by design: the GET form's fee book is the whole network's.
        assertThat(feesStored.at("/portfolio/scope").asString()).isEqualTo("NETWORK");
        assertThat(feesPosted.at("/portfolio/scope").asString()).isEqualTo("REQUEST");
        ((ObjectNode) feesPosted.get("portfolio")).put("scope", "NETWORK");
        // Today's fee book is kept per member, so its rules fire member by member: the same fired rules with the same
        // facts, listed in another order (the order of firing, which no answer promises).
        assertThat(firedRulesByName(feesStored)).isEqualTo(firedRulesByName(feesPosted));

        ObjectNode alerts = JSON.createObjectNode().put("asOf", asOf).setAll(Map.of("members", stored.get("members"),
                "interactions", interactions, "coalitions", stored.get("coalitions")));
        JsonNode alertsStored = body(api.get("/api/relationships/alerts?asOf=" + asOf, VIEWER), 200);
        assertThat(alertsStored.get("alerts")).isNotEmpty();
        assertThat(alertsStored).isEqualTo(body(api.post("/api/relationships/alerts", alerts.toString(), null), 200));

        JsonNode campaign = stored.get("campaigns").get(1);
        assertThat(campaign.get("id").asString()).isEqualTo(generated.campaign().id());
        ArrayNode reaching = (ArrayNode) stored.get("members").deepCopy();
        reaching.forEach(member -> ((ObjectNode) member).set("reaches", JSON.valueToTree(
                member.get("reaches").valueStream().filter(target -> !target.asString().equals("other-target")).toList())));
        ObjectNode recommendations = JSON.createObjectNode().put("asOf", asOf).setAll(Map.of("campaign", campaign,
                "members", reaching, "interactions", interactions, "coalitions", stored.get("coalitions")));
        JsonNode recommendationsStored = body(api.get("/api/campaigns/" + campaign.get("id").asString()
                + "/recommendations?asOf=" + asOf, VIEWER), 200);
        assertThat(recommendationsStored.get("recommendations")).isNotEmpty();
        assertThat(recommendationsStored).isEqualTo(
                body(api.post("/api/coalitions/recommendations", recommendations.toString(), null), 200));
        assertThat(body(api.get("/api/campaigns/nowhere/recommendations", VIEWER), 404).get("detail").asString())
                .contains("nowhere");
        assertThat(body(api.get("/api/relationships/alerts?asOf=yesterday", VIEWER), 400).get("errors").get(0)
                .get("field").asString()).isEqualTo("asOf");
    }

    /** The answer with its fired rules, and each one's facts, in a fixed order. */
    static JsonNode firedRulesByName(JsonNode answer) {
        ObjectNode copy = (ObjectNode) answer.deepCopy();
        copy.set("firedRules", JSON.valueToTree(answer.get("firedRules").valueStream().map(rule -> {
            ObjectNode sorted = (ObjectNode) rule.deepCopy();
            sorted.set("facts", JSON.valueToTree(rule.get("facts").valueStream().map(JsonNode::asString).sorted().toList()));
            return sorted;
        }).sorted(Comparator.comparing(rule -> rule.get("rule").asString())).toList()));
        return copy;
    }

    JsonNode member(String id) {
        for (JsonNode member : stored().get("members")) {
            if (member.get("id").asString().equals(id)) {
                return member;
            }
        }
        throw new AssertionError("no member " + id);
    }
}
