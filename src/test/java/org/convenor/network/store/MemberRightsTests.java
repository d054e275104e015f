package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.ADMIN;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The person's rights, on one database: {@link H2MemberRightsTests} runs these on the embedded default,
 * {@link PostgresMemberRightsTests} on a real PostgreSQL. Two people share a coalition and a campaign, each with
 * interactions, an invitation, an answer and audit entries; an export of one must hold all of theirs and nothing
 * of the other's. Retention keeps a year: the office is on Kiritimati (UTC+14), where at 20:00 UTC on 7 December
 * it is already 8 December, so the first day kept is 8 December 2025.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false", "convenor.time-zone=Pacific/Kiritimati",
    "convenor.retention.interactions=P1Y", "convenor.retention.cron=-"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
abstract class MemberRightsTests {

    static final LocalDate FIRST_DAY_KEPT = LocalDate.parse("2025-12-08");
    static final List<String> OTHERS = List.of("dara-okafor", "Dara Okafor", "Shared field data on attacks, in confidence",
            "Agreed to carry the letter", "sudan-command", "Armed group command");

    static final String NETWORK = """
            {"members": [
               {"id": "amira-haddad", "name": "Amira Haddad", "kind": "PERSON", "roles": ["JOURNALIST"],
                "country": "LB", "annualIncome": 1200.50, "incomeCurrency": "USD", "reaches": ["un-envoy"], "owner": "staff",
                "joinedOn": "2024-03-01"},
               {"id": "dara-okafor", "name": "Dara Okafor", "kind": "PERSON", "roles": ["ALLY"], "country": "SD",
                "reaches": ["sudan-command"], "owner": "editor"}],
             "interactions": [
               {"memberId": "amira-haddad", "date": "2026-11-02", "kind": "MEETING",
                "note": "Met after the press briefing, off the record"},
               {"memberId": "amira-haddad", "date": "2025-12-08", "kind": "CALL", "note": "A year ago to the day"},
               {"memberId": "amira-haddad", "date": "2025-12-07", "kind": "CALL", "note": "A year and a day ago"},
               {"memberId": "dara-okafor", "date": "2026-10-15", "kind": "MEETING",
                "note": "Shared field data on attacks, in confidence"},
               {"memberId": "dara-okafor", "date": "2024-01-10", "kind": "MESSAGE", "note": "Agreed to carry the letter"}],
             "coalitions": [
               {"id": "hospitals-coalition", "campaignId": "hospitals", "formedOn": "2026-06-01",
                "invited": ["amira-haddad", "dara-okafor"],
                "responses": [
                  {"memberId": "amira-haddad", "response": "OPTED_IN", "date": "2026-06-03"},
                  {"memberId": "dara-okafor", "response": "DECLINED", "reason": "PRIORITIES_ELSEWHERE",
                   "date": "2026-06-04"}]}],
             "campaigns": [
               {"id": "hospitals", "name": "Stop the bombing of hospitals", "themes": ["ATTACKS_ON_HEALTHCARE"],
                "targets": [
                  {"id": "un-envoy", "name": "The UN envoy", "kind": "UN_SECURITY_COUNCIL"},
                  {"id": "sudan-command", "name": "Armed group command", "kind": "ARMED_GROUP"}]}]}""";

    @TestBean
    Clock clock;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NetworkStore store;
    @Autowired
    InteractionRetention retention;

    StaffApi api;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-07T20:00:00Z"), ZoneId.of("Pacific/Kiritimati"));
    }

    /** The network, and a correction of one interaction of each, so the audit log names one of each. */
    @BeforeEach
    void twoPeople() {
        api = new StaffApi(mvc);
        body(api.put("/api/network", NETWORK, STAFF), 200);
        for (String member : List.of("amira-haddad", "dara-okafor")) {
            JsonNode first = interactionsOf(member).get(0);
            body(api.put("/api/network/interactions/" + first.get("id").asLong(), first.toString()
                    .replace("\"MEETING\"", "\"CONVENING\""), EDITOR), 200);
        }
    }

    @Test
    void theExportHoldsAllOfOneMemberAndNothingOfAnother() {
        body(api.post("/api/network/members", """
                {"id": "beirut-desk", "name": "Beirut Desk", "kind": "ORGANISATION", "roles": ["PARTNER"]}""", STAFF), 200);
        body(api.post("/api/network/links", """
                {"from": "amira-haddad", "to": "beirut-desk", "kind": "WORKS_AT", "title": "Editor"}""", STAFF), 200);
        body(api.post("/api/network/links", """
                {"from": "dara-okafor", "to": "beirut-desk", "kind": "KNOWS"}""", STAFF), 200);
        JsonNode export = body(api.get("/api/network/members/amira-haddad/export", ADMIN), 200);

        assertThat(export.get("links")).singleElement().satisfies(link -> {
            assertThat(link.get("to").asString()).isEqualTo("beirut-desk");
            assertThat(link.get("title").asString()).isEqualTo("Editor");
        });

        assertThat(export.get("member")).isEqualTo(memberAsStored("amira-haddad"));
        assertThat(export.get("interactions")).containsExactlyElementsOf(interactionsOf("amira-haddad"));
        assertThat(export.get("interactions").findValuesAsString("note")).containsExactly(
                "Met after the press briefing, off the record", "A year ago to the day", "A year and a day ago");
        assertThat(export.get("invitations").toString()).isEqualTo("[{\"coalitionId\":\"hospitals-coalition\","
                + "\"campaignId\":\"hospitals\",\"formedOn\":\"2026-06-01\"}]");
        assertThat(export.get("responses").toString()).isEqualTo("[{\"coalitionId\":\"hospitals-coalition\","
                + "\"response\":\"OPTED_IN\",\"reason\":null,\"date\":\"2026-06-03\"}]");
        assertThat(export.get("reaches").toString()).isEqualTo("[{\"targetId\":\"un-envoy\",\"targetName\":"
                + "\"The UN envoy\",\"targetKind\":\"UN_SECURITY_COUNCIL\",\"campaignId\":\"hospitals\","
                + "\"campaignName\":\"Stop the bombing of hospitals\"}]");
        JsonNode corrected = export.get("auditEntries");
        assertThat(corrected).hasSize(1);
        assertThat(corrected.get(0).get("action").asString()).isEqualTo("EDIT");
        assertThat(corrected.get(0).get("user").asString()).isEqualTo(EDITOR);
        assertThat(corrected.get(0).get("interaction").asLong())
                .isEqualTo(interactionsOf("amira-haddad").get(0).get("id").asLong());
        assertThat(export.get("exportedAt").asString()).startsWith("2026-12-0");

        String text = export.toString();
        assertThat(OTHERS).allSatisfy(other -> assertThat(text).doesNotContain(other));
        assertThat(interactionsOf("dara-okafor")).extracting(i -> i.get("id").asLong())
                .doesNotContain(corrected.get(0).get("interaction").asLong());
    }

    @Test
    void theCsvExportIsAZipOfOneFilePerKindHoldingNothingOfAnother() throws IOException {
        MvcTestResult answer = api.get("/api/network/members/amira-haddad/export?format=csv", ADMIN);
        assertThat(answer).hasStatusOk().hasContentType("application/zip");
        assertThat(answer.getResponse().getHeader("Content-Disposition")).contains("member-amira-haddad.zip");

        Map<String, String> files = unzip(answer.getResponse().getContentAsByteArray());

        assertThat(files).containsOnlyKeys("member.csv", "interactions.csv", "invitations.csv", "responses.csv",
                "reaches.csv", "links.csv", "audit-entries.csv");
        assertThat(files.get("links.csv").lines()).containsExactly("id,from,to,kind,title");
        assertThat(files.get("member.csv")).startsWith("id,name,kind,roles,tier,sectors,country,")
                .contains("amira-haddad,Amira Haddad,PERSON,JOURNALIST,STANDARD,,LB,")
                .contains(",un-envoy,staff,2024-03-01,USD");
        JsonNode before = memberAsStored("amira-haddad");
        assertThat(body(api.csv("/api/network/members", files.get("member.csv"), STAFF), 200).toString())
                .as("the member's file imports back as it is").isEqualTo("{\"created\":0,\"updated\":1,\"withoutName\":[]}");
        assertThat(memberAsStored("amira-haddad")).isEqualTo(before);
        assertThat(files.get("interactions.csv").lines()).hasSize(4).element(0)
                .isEqualTo("id,memberId,date,kind,note,confidential,recordedBy,recordedAt");
        assertThat(files.get("interactions.csv")).contains("Met after the press briefing, off the record");
        assertThat(files.get("invitations.csv").lines()).containsExactly("coalitionId,campaignId,formedOn",
                "hospitals-coalition,hospitals,2026-06-01");
        assertThat(files.get("responses.csv").lines()).containsExactly("coalitionId,response,reason,date",
                "hospitals-coalition,OPTED_IN,,2026-06-03");
        assertThat(files.get("reaches.csv").lines()).containsExactly(
                "targetId,targetName,targetKind,campaignId,campaignName",
                "un-envoy,The UN envoy,UN_SECURITY_COUNCIL,hospitals,Stop the bombing of hospitals");
        assertThat(files.get("audit-entries.csv").lines()).hasSize(2).element(1).asString().contains(",editor,EDIT,");
        assertThat(files).allSatisfy((name, csv) -> assertThat(OTHERS).allSatisfy(
                other -> assertThat(csv).as(name).doesNotContain(other)));
    }

    @Test
    void onlyAnAdminExportsAndAnUnknownOrBadIdIsSaidSo() {
        for (String user : List.of(VIEWER, STAFF, EDITOR)) {
            assertThat(api.get("/api/network/members/amira-haddad/export", user)).hasStatus(403);
            assertThat(api.get("/api/network/export?id=amira-haddad", user)).hasStatus(403);
        }
        assertThat(api.get("/api/network/members/amira-haddad/export", null)).hasStatus(401);
        assertThat(body(api.get("/api/network/members/nobody/export", ADMIN), 404).get("detail").asString())
                .contains("nobody");
        assertThat(body(api.get("/api/network/members/amira-haddad/export?format=xml", ADMIN), 400)
                .at("/errors/0/field").asString()).isEqualTo("format");
        assertThat(body(api.get("/api/network/members/a b/export", ADMIN), 400).at("/errors/0/field").asString())
                .isEqualTo("id");
    }

    @Test
    void aMemberStoredBeforeTheIdRuleIsExportedByTheQueryForm() throws IOException {
        jdbc.sql("INSERT INTO member (id, name, kind, tier, sort_name) VALUES ('a/b', 'Old Shape', 'PERSON', 'STANDARD',"
                + " 'old shape')").update();
        jdbc.sql("INSERT INTO member_role (member_id, seq, role) VALUES ('a/b', 0, 'ALLY')").update();
        jdbc.sql("INSERT INTO interaction (member_id, happened_on, kind, note) VALUES ('a/b', DATE '2026-06-01', 'CALL',"
                + " 'an old contact')").update();
        jdbc.sql("UPDATE network_revision SET revision = revision + 1").update();

        // As CSV: the JSON's member would not match the id pattern the description gives every id sent.
        MvcTestResult answer = api.get("/api/network/export?id=a/b&format=csv", ADMIN);

        assertThat(answer).hasStatusOk();
        assertThat(answer.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"member-a_b.zip\"");
        Map<String, String> files = unzip(answer.getResponse().getContentAsByteArray());
        assertThat(files.get("member.csv")).contains("a/b,Old Shape,PERSON");
        assertThat(files.get("interactions.csv")).contains("an old contact");
        assertThat(body(api.get("/api/network/export?id=a/c", ADMIN), 404).get("detail").asString())
                .contains("a/c");
    }

    @Test
    void retentionDeletesExactlyWhatIsOlderThanThePeriodAndTheAuditLogCountsIt() {
        assertThat(retention.forgetOld()).hasValue(2);

        assertThat(store.read().interactions()).extracting(StoredInteraction::date)
                .allSatisfy(day -> assertThat(day).isAfterOrEqualTo(FIRST_DAY_KEPT))
                .contains(FIRST_DAY_KEPT).hasSize(3);
        JsonNode entry = body(api.get("/api/network/audit", EDITOR), 200).get(0);
        assertThat(entry.get("action").asString()).isEqualTo("RETENTION");
        assertThat(entry.get("subject").asString()).isEqualTo("INTERACTIONS");
        assertThat(entry.get("records").asInt()).isEqualTo(2);
        assertThat(entry.get("user").asString()).isEqualTo("convenor.retention.interactions");

        assertThat(retention.forgetOld()).as("nothing more is old today").hasValue(0);
        assertThat(body(api.get("/api/network/audit", EDITOR), 200).get(0).get("records").asInt()).isZero();
    }

    @Test
    void theDailyRunIsLeasedSoASecondRunAtOnceDoesNothing() {
        int before = retentions();

        retention.daily();
        retention.daily();

        assertThat(retentions()).isEqualTo(before + 1);
        assertThat(store.read().interactions()).hasSize(3);
    }

    private int retentions() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETENTION'").query(Integer.class).single();
    }

    private JsonNode memberAsStored(String id) {
        for (JsonNode member : body(api.get("/api/network", VIEWER), 200).get("members")) {
            if (member.get("id").asString().equals(id)) {
                return member;
            }
        }
        throw new AssertionError(id);
    }

    private List<JsonNode> interactionsOf(String member) {
        List<JsonNode> of = new java.util.ArrayList<>();
        body(api.get("/api/network", VIEWER), 200).get("interactions").forEach(i -> {
            if (i.get("memberId").asString().equals(member)) {
                of.add(i);
            }
        });
        return of;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
