package org.convenor.network.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

import org.convenor.network.store.StaffApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * CSV as staff export it from a spreadsheet or a CRM. Every refused file names each bad row by the line it
 * starts on and its column, and leaves the store exactly as it was.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false", "convenor.limits.max-request-size=64KB",
    "convenor.limits.max-import-size=96KB"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
class CsvImportTests {

    static final String MEMBERS = """
            id,name,kind,roles
            amira,Amira Haddad,PERSON,JOURNALIST
            geneva-ngo,Geneva Rights,ORGANISATION,PARTNER
            """;

    @Autowired
    MockMvcTester mvc;

    StaffApi api;
    JsonNode before;

    @BeforeEach
    void storeTwoMembers() {
        api = new StaffApi(mvc);
        body(api.put("/api/network", "{\"members\": []}", STAFF), 200);
        body(api.csv("/api/network/members", MEMBERS, STAFF), 200);
        body(api.csv("/api/network/interactions", "memberId,date,kind\namira,2026-11-01,CALL\n", STAFF), 200);
        before = stored();
    }

    JsonNode stored() {
        return body(api.get("/api/network", VIEWER), 200);
    }

    /** The problem's errors as "line field: message", and the store untouched. */
    String refused(String path, String csv) {
        JsonNode problem = body(api.csv(path, csv, STAFF), 400);
        assertThat(stored()).as("the store after a refused file").isEqualTo(before);
        StringBuilder errors = new StringBuilder();
        problem.get("errors").forEach(error -> errors.append(error.path("line").asString("-")).append(' ')
                .append(error.get("field").asString().isEmpty() ? "-" : error.get("field").asString()).append(": ").append(error.get("message").asString())
                .append('\n'));
        return errors.toString();
    }

    @Test
    void anUnknownWordIsNamedByLineAndColumnWithTheAllowedOnes() {
        assertThat(refused("/api/network/members", """
                id,kind,roles,sectors
                a,COMPANY,PARTNER,MEDICAL
                b,PERSON,PARTNER;FRIEND,MEDICAL;LAW
                """)).isEqualTo("""
                2 kind: 'COMPANY' is not allowed; use one of Organisation, Person (in any case)
                3 roles: 'FRIEND' is not allowed; use one of Partner, Prospect, Journalist, Policy maker, Donor, Ally \
                (in any case)
                3 sectors: 'LAW' is not allowed; use one of Human rights, Humanitarian, Peacebuilding, Medical, Legal, \
                Military, Diplomatic, Faith, Business, Creative, Academic, Affected community, Media (in any case)
                """);
    }

    @Test
    void aBadDateABadNumberAndABadFlagAreNamed() {
        assertThat(refused("/api/network/interactions", """
                memberId,date,kind
                amira,25/11/2026,CALL
                """)).isEqualTo("2 date: '25/11/2026' is not a valid date (YYYY-MM-DD, from 1900 to 2999)\n");
        assertThat(refused("/api/network/members", """
                id,kind,roles,annualIncome,feeWaiver
                a,ORGANISATION,PARTNER,"1,000,000",yes
                """)).isEqualTo("""
                2 annualIncome: '1,000,000' is not a valid number
                2 feeWaiver: 'yes' is not a valid true or false
                """);
    }

    @Test
    void anIncomeCurrencyThatIsNoIso4217CodeIsNamedByLineAndColumn() {
        assertThat(refused("/api/network/members", """
                id,kind,roles,annualIncome,incomeCurrency
                a,ORGANISATION,PARTNER,12000000,KES
                b,ORGANISATION,PARTNER,12000000,shillings
                c,ORGANISATION,PARTNER,12000000, kes
                """)).as("a code in lower case is the code").isEqualTo("3 incomeCurrency: 'shillings' is not an ISO 4217 currency code (e.g. GBP)\n");
    }

    @Test
    void servingAndPubliclyNameableAreTrueOrFalseAndAnEmptyCellIsNotKnown() {
        assertThat(refused("/api/network/members", """
                id,kind,roles,serving,publiclyNameable
                a,PERSON,ALLY,true,
                b,PERSON,ALLY,serving,no
                """)).isEqualTo("""
                3 serving: 'serving' is not a valid true or false
                3 publiclyNameable: 'no' is not a valid true or false
                """);
    }

    @Test
    void aMissingRequiredColumnOrValueIsNamed() {
        assertThat(refused("/api/network/members", "id,name,roles\na,A,PARTNER\n"))
                .isEqualTo("1 kind: required column 'kind' is missing\n");
        assertThat(refused("/api/network/members", "id,kind,roles\na,PERSON,\n,PERSON,ALLY\n"))
                .isEqualTo("2 roles: is required\n3 id: is required\n");
    }

    @Test
    void anUnknownOrRepeatedColumnIsNamed() {
        assertThat(refused("/api/network/members", "id,kind,roles,colour,kind\na,PERSON,ALLY,red,PERSON\n"))
                .startsWith("1 colour: unknown column 'colour'; the columns are id, name, kind, roles, tier,")
                .endsWith("1 kind: column 'kind' appears twice\n");
    }

    @Test
    void anInteractionWithAnUnknownMemberIsNamed() {
        assertThat(refused("/api/network/interactions", """
                memberId,date,kind,note
                amira,2026-11-02,CALL,fine
                nobody,2026-11-02,CALL,
                """)).isEqualTo("3 memberId: unknown member id 'nobody': it is not in members\n");
    }

    @Test
    void aRepeatedIdNamesBothLines() {
        assertThat(refused("/api/network/members", """
                id,kind,roles
                a,PERSON,ALLY
                b,PERSON,ALLY
                a,PERSON,DONOR
                """)).isEqualTo("4 id: duplicate member id 'a' (also line 2)\n");
    }

    @Test
    void anEmptyFileOrARowOfTheWrongWidthIsRefused() {
        assertThat(refused("/api/network/members", "")).startsWith("1 -: The file is empty: it needs a header row");
        assertThat(refused("/api/network/members", "\uFEFF\r\n\r\n")).startsWith("1 -: The file is empty");
        assertThat(refused("/api/network/members", "id,kind,roles\na,PERSON\n"))
                .isEqualTo("2 -: has 2 cells; the header has 3\n");
        assertThat(refused("/api/network/members", "id,kind,roles\na,PERSON,\"ALLY\n"))
                .startsWith("- -: The file is not valid CSV");
    }

    @Test
    void wordsAreReadAsThePagesShowThemInAnyCaseAndJsonStaysStrict() {
        body(api.csv("/api/network/members", """
                id,name,kind,roles,tier,sectors,feeWaiver
                lower,Lower Case,person,policy maker; Journalist,key,Human rights;affected_community,TRUE
                """, STAFF), 200);

        JsonNode member = stored().get("members").valueStream().filter(m -> m.get("id").asString().equals("lower"))
                .findFirst().orElseThrow();
        assertThat(member.get("kind").asString()).isEqualTo("PERSON");
        assertThat(member.get("roles").toString()).isEqualTo("[\"POLICY_MAKER\",\"JOURNALIST\"]");
        assertThat(member.get("tier").asString()).isEqualTo("KEY");
        assertThat(member.get("sectors").toString()).isEqualTo("[\"HUMAN_RIGHTS\",\"AFFECTED_COMMUNITY\"]");
        assertThat(member.get("feeWaiver").asBoolean()).isTrue();
        body(api.post("/api/network/members", "{\"id\": \"j\", \"kind\": \"person\", \"roles\": [\"ALLY\"]}", STAFF),
                400);
    }

    @Test
    void aBadWordAndABadCountryInTheSameFileAreAllReportedAtOnce() {
        assertThat(refused("/api/network/members", """
                id,kind,roles,country
                a,person,journalist,Britain
                b,ROBOT,ally,GB
                c,person,FRIEND;ally,KE
                """)).isEqualTo("""
                3 kind: 'ROBOT' is not allowed; use one of Organisation, Person (in any case)
                4 roles: 'FRIEND' is not allowed; use one of Partner, Prospect, Journalist, Policy maker, Donor, Ally \
                (in any case)
                2 country: 'Britain' is not an ISO 3166-1 alpha-2 country code (e.g. KE, GB; XK for Kosovo)
                """);
    }

    @Test
    void aMemberWithoutANameIsStoredAndTheAnswerSaysSo() {
        assertThat(body(api.csv("/api/network/members", "id,kind,roles\nnameless,PERSON,ALLY\n", STAFF), 200).toString())
                .isEqualTo("{\"created\":1,\"updated\":0,\"withoutName\":[\"nameless\"]}");
    }

    @Test
    void everyBadRowIsListedInOneProblem() {
        assertThat(refused("/api/network/members", """
                id,kind,roles,country
                a,PERSON,ALLY,KE
                b,ROBOT,ALLY,KE
                c,PERSON,,KE
                d,PERSON,ALLY,KE
                """)).isEqualTo("3 kind: 'ROBOT' is not allowed; use one of Organisation, Person (in any case)\n"
                + "4 roles: is required\n");
    }

    @Test
    void aFileNotInUtf8IsRefusedRatherThanMisread() {
        byte[] latin1 = (MEMBERS + "c,Médecins,ORGANISATION,PARTNER\n").getBytes(StandardCharsets.ISO_8859_1);
        JsonNode problem = body(api.csv("/api/network/members", latin1, STAFF), 400);
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("not UTF-8");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aFileOverTheImportsOwnLimitIs413AndOneUnderItGoesInPastTheRequestLimit() {
        JsonNode past = body(api.csv("/api/network/interactions", repeated(70 * 1024), STAFF), 200);
        assertThat(past.get("created").asInt()).isEqualTo(1);
        JsonNode stored = stored();

        JsonNode problem = body(api.csv("/api/network/interactions", repeated(100 * 1024), STAFF), 413);

        assertThat(problem.get("detail").asString()).contains("convenor.limits.max-import-size");
        assertThat(stored()).isEqualTo(stored);
    }

    /** Calls to amira, one line repeated to this many characters: one interaction, the rest skipped. */
    private static String repeated(int size) {
        StringBuilder csv = new StringBuilder("memberId,date,kind,note\n");
        while (csv.length() < size) {
            csv.append("amira,2026-11-02,CALL,").append("x".repeat(100)).append('\n');
        }
        return csv.toString();
    }

    @Test
    void theSameInteractionsImportedTwiceAreStoredOnce() {
        String csv = """
                memberId,date,kind,note
                amira,2026-11-02,MEETING,coffee
                amira,2026-11-02,MEETING,coffee
                geneva-ngo,2026-11-03,CALL,
                amira,2026-11-01,CALL,
                """;
        assertThat(body(api.csv("/api/network/interactions", csv, STAFF), 200).toString())
                .isEqualTo("{\"created\":2,\"skipped\":2}");
        assertThat(body(api.csv("/api/network/interactions", csv, STAFF), 200).toString())
                .isEqualTo("{\"created\":0,\"skipped\":4}");
        assertThat(stored().get("interactions")).hasSize(3);
    }

    @Test
    void aSpreadsheetExportWithBomCrlfQuotesLineBreaksAndAccentsIsRead() {
        String csv = "\uFEFFid,name,kind,roles,tier,sectors,country,globalSouth,annualIncome,feeWaiver,reaches\r\n"
                + "msf,\"Médecins Sans Frontières, Genève\",ORGANISATION,PARTNER; ALLY,KEY,MEDICAL;HUMANITARIAN,CH,"
                + "false,2500000.5,true,p5;ministry\r\n"
                + "\r\n"
                + "zoe,\"Zoë \"\"the pen\"\" Ørsted\",PERSON,JOURNALIST,,,DK,,,,\r\n";
        assertThat(body(api.csv("/api/network/members", csv.getBytes(StandardCharsets.UTF_8), STAFF), 200).toString())
                .isEqualTo("{\"created\":2,\"updated\":0,\"withoutName\":[]}");
        before = stored();
        String notes = "memberId,date,kind,note\r\n"
                + "zoe,2026-11-02,STORY_SHARED,\"line one\r\nline two, with a comma\r\nline three\"\r\n"
                + "zoe,2026-11-05,BAD,\r\n";
        assertThat(refused("/api/network/interactions", notes)).isEqualTo(
                "5 kind: 'BAD' is not allowed; use one of Meeting, Call, Message, Intel update, Story shared, Convening,"
                        + " Introduction (in any case)\n");
    }

    @Test
    void theReadExportIsStoredAsWritten() {
        String csv = "\uFEFFid,name,kind,roles,tier,sectors,country,globalSouth,annualIncome,feeWaiver,reaches,owner,joinedOn,"
                + "incomeCurrency,restricted,sharedWith,serving,publiclyNameable\r\n"
                + "msf,\"Médecins Sans Frontières, Genève\",ORGANISATION,PARTNER; ALLY,KEY,MEDICAL;HUMANITARIAN,CH,"
                + "false,2500000.5,true,p5;ministry,editor,2026-12-07,CHF,false,staff,FALSE,true\r\n";
        body(api.csv("/api/network/members", csv.getBytes(StandardCharsets.UTF_8), STAFF), 200);
        body(api.csv("/api/network/interactions", "memberId,date,kind,note\r\nmsf,2026-11-02,MEETING,\"one\r\ntwo\"\r\n",
                STAFF), 200);

        JsonNode network = stored();
        JsonNode msf = network.get("members").get(2);
        assertThat(msf.toString()).isEqualTo("{\"id\":\"msf\",\"name\":\"Médecins Sans Frontières, Genève\","
                + "\"kind\":\"ORGANISATION\",\"roles\":[\"PARTNER\",\"ALLY\"],\"tier\":\"KEY\","
                + "\"sectors\":[\"MEDICAL\",\"HUMANITARIAN\"],\"country\":\"CH\",\"globalSouth\":false,"
                + "\"annualIncome\":2500000.5,\"feeWaiver\":true,\"reaches\":[\"p5\",\"ministry\"],"
                + "\"owner\":\"editor\",\"joinedOn\":\"2026-12-07\",\"incomeCurrency\":\"CHF\",\"restricted\":false,"
                + "\"sharedWith\":[\"staff\"],\"serving\":false,\"publiclyNameable\":true}");
        assertThat(network.get("interactions").get(1).get("note").asString()).isEqualTo("one\r\ntwo");
        assertThat(network.get("interactions").get(1).get("recordedBy").asString()).as("the importer").isEqualTo(STAFF);
    }

    @Test
    void membersAreUpsertedFromCsvToo() {
        assertThat(body(api.csv("/api/network/members", "id,kind,roles,tier\namira,PERSON,JOURNALIST,KEY\nnew,PERSON,ALLY,\n",
                STAFF), 200).toString()).isEqualTo("{\"created\":1,\"updated\":1,\"withoutName\":[\"amira\",\"new\"]}");
        assertThat(stored().get("members").get(0).get("name").isNull()).isTrue();
    }

    @Test
    void onlyCsvAndJsonAreTaken() {
        assertThat(mvc.post().uri("/api/network/members").contentType("text/plain").content("id\na")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(STAFF, StaffApi.PASSWORD))).hasStatus(415);
    }
}
