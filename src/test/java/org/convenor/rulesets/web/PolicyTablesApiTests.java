package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.convenor.FrozenPolicy;
import org.convenor.TempRules;
import org.convenor.network.store.StaffApi;
import org.convenor.system.problems.ProblemAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The policy tables over the API, for every table the shipped rule sets hold: read from the active version by
 * anyone, read and written in a draft by its editor, a round trip leaving the file byte for byte as it was, a write
 * changing only the table's lines, and a bad value refused at its cell.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
class PolicyTablesApiTests {

    static final String RATES = "exchange-rates-into-the-convenor-s-currency";

    /** Every table the frozen policy holds, by rule set, in the order the API gives them. */
    static final Map<String, List<String>> SHIPPED = Map.of(
            "fees", List.of("countries-counted-as-the-global-south", "fee-bands-by-annual-income",
                    "fee-ceilings-and-the-cap-on-the-fee-book", RATES + "-rates-currency", RATES + "-exchange-rate"),
            "relationships", List.of("how-often-each-role-should-hear-from-us",
                    "how-recent-coalitions-and-partnership-benefits-must-be", "how-campaign-moments-tighten-the-cadence",
                    "how-long-a-newcomer-may-wait-for-its-first-contact", "what-to-do-when-a-relationship-goes-cold",
                    "which-interactions-count-as-being-in-touch"),
            "coalitions", List.of("how-much-each-signal-weighs", "which-sector-comes-first-when-two-weigh-the-same",
                    "which-sectors-each-campaign-theme-calls-for", "which-sectors-each-kind-of-target-listens-to",
                    "which-interactions-count-as-being-in-touch"));
    static final String CADENCES = "how-often-each-role-should-hear-from-us";
    static final JsonMapper JSON = JsonMapper.builder().build();

    static TempRules rules;

    @DynamicPropertySource
    static void rulesInATemporaryFolder(DynamicPropertyRegistry registry) throws IOException {
        rules = TempRules.copy(Files.createTempDirectory("policy-tables"));
        rules.register(registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    org.convenor.rulesets.store.DraftTable drafts;

    StaffApi api() {
        return new StaffApi(mvc);
    }

    String newDraft(String ruleSet) {
        return "/api/rulesets/" + ruleSet + "/drafts/"
                + body(api().post("/api/rulesets/" + ruleSet + "/drafts", "", EDITOR), 201).get("id").asString();
    }

    /** A copy of the draft's file as the database holds it, for the assertions that read files. */
    Path draftFile(String draft, String file) {
        byte[] content = drafts.read(draft.substring(draft.lastIndexOf('/') + 1), file).orElseThrow();
        try {
            return Files.write(rules.root().resolve("draft-file-" + java.util.UUID.randomUUID()), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MvcTestResult write(String draft, String table, JsonNode rows) {
        ObjectNode body = JSON.createObjectNode();
        body.set("rows", rows);
        return api().put(draft + "/tables/" + table, body.toString(), EDITOR);
    }

    static JsonNode table(JsonNode tables, String id) {
        return StreamSupport.stream(tables.spliterator(), false).filter(t -> t.get("id").asString().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + id + " in " + tables));
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anyoneReadsTheActiveTablesOfEveryRuleSetWithColumnsFromTheRecords() {
        SHIPPED.forEach((ruleSet, ids) -> {
            JsonNode tables = body(api().get("/api/rulesets/" + ruleSet + "/tables", null), 200);
            assertThat(tables.findValuesAsString("id")).as(ruleSet).containsExactlyElementsOf(ids);
        });
        JsonNode relationships = body(api().get("/api/rulesets/relationships/tables", null), 200);
        JsonNode cadences = table(relationships, CADENCES);
        assertThat(cadences.get("title").asString()).isEqualTo("How often each role should hear from us");
        assertThat(cadences.get("file").asString()).isEqualTo("rules/policy.drl");
        assertThat(cadences.get("kind").asString()).isEqualTo("ROWS");
        assertThat(cadences.get("fixedRows").asBoolean()).isFalse();
        assertThat(cadences.get("columns").findValuesAsString("name")).containsExactly("role", "keyDays", "standardDays");
        assertThat(cadences.get("columns").findValuesAsString("type")).containsExactly("CHOICE", "INTEGER", "INTEGER");
        assertThat(cadences.at("/columns/0/choices").toString()).contains("\"JOURNALIST\"", "\"PROSPECT\"");
        assertThat(cadences.at("/columns/1/choices").isNull()).isTrue();
        assertThat(cadences.at("/rows/2").toString()).isEqualTo("[\"JOURNALIST\",60,90]");
        assertThat(table(relationships, "how-recent-coalitions-and-partnership-benefits-must-be")
                .get("fixedRows").asBoolean()).isTrue();
        JsonNode grace = table(relationships, "how-long-a-newcomer-may-wait-for-its-first-contact");
        assertThat(grace.get("columns").findValuesAsString("name")).containsExactly("firstContactGraceDays");
        assertThat(grace.get("rows").toString()).isEqualTo("[[30]]");
        JsonNode moments = table(relationships, "how-campaign-moments-tighten-the-cadence");
        assertThat(moments.get("columns").findValuesAsString("name")).containsExactly("weeksBefore", "cadencePercent");
        assertThat(moments.get("rows").toString()).isEqualTo("[[4,50]]");

        JsonNode fees = body(api().get("/api/rulesets/fees/tables", null), 200);
        JsonNode bands = table(fees, "fee-bands-by-annual-income");
        assertThat(bands.at("/columns/1/name").asString()).isEqualTo("below");
        assertThat(bands.at("/columns/1/optional").asBoolean()).isTrue();
        assertThat(bands.at("/rows/4").toString()).isEqualTo("[250000000,null,10000]");
        JsonNode shares = table(fees, "fee-ceilings-and-the-cap-on-the-fee-book");
        assertThat(shares.get("columns").findValuesAsString("type")).containsOnly("DECIMAL");
        assertThat(shares.at("/rows/0/1").decimalValue()).isEqualByComparingTo("0.08");
        JsonNode south = table(fees, "countries-counted-as-the-global-south");
        assertThat(south.get("kind").asString()).isEqualTo("LIST");
        assertThat(south.get("columns").findValuesAsString("name")).containsExactly("codes");
        assertThat(south.get("rows")).hasSize(131);
        assertThat(south.at("/rows/0").toString()).isEqualTo("[\"AF\"]");
        JsonNode rates = table(fees, RATES + "-exchange-rate");
        assertThat(rates.get("title").asString()).isEqualTo("Exchange rates into the convenor's currency");
        assertThat(rates.get("columns").findValuesAsString("name")).containsExactly("currency", "perConvenorUnit");
        assertThat(rates.get("columns").findValuesAsString("type")).containsExactly("TEXT", "DECIMAL");
        assertThat(rates.at("/rows/9/0").asString()).isEqualTo("KES");
        assertThat(rates.at("/rows/9/1").decimalValue()).isEqualByComparingTo("170");
        JsonNode ratesIn = table(fees, RATES + "-rates-currency");
        assertThat(ratesIn.get("fixedRows").asBoolean()).isTrue();
        assertThat(ratesIn.get("rows").toString()).isEqualTo("[[\"GBP\"]]");

        ProblemAssertions.assertProblemStatus(api().get("/api/rulesets/nothing/tables", null), 404);
    }

    @Test
    void writingEveryTableWithItsOwnRowsLeavesEveryFileByteForByteAsItWas() {
        SHIPPED.forEach((ruleSet, ids) -> {
            String draft = newDraft(ruleSet);
            JsonNode tables = body(api().get(draft + "/tables", EDITOR), 200);
            assertThat(tables.findValuesAsString("id")).containsExactlyElementsOf(ids);
            for (JsonNode table : tables) {
                assertThat(body(write(draft, table.get("id").asString(), table.get("rows")), 200)).isEqualTo(table);
                String file = table.get("file").asString();
                assertThat(bytes(draftFile(draft, file))).as("%s %s", ruleSet, file)
                        .isEqualTo(bytes(FrozenPolicy.rules(ruleSet).resolve(file.substring("rules/".length()))));
            }
        });
    }

    @Test
    void everyShippedTableIsWrittenChangingOnlyItsOwnLinesAndTheDraftStillCompiles() {
        SHIPPED.forEach((ruleSet, ids) -> {
            String draft = newDraft(ruleSet);
            for (String id : ids) {
                JsonNode table = table(body(api().get(draft + "/tables", EDITOR), 200), id);
                String file = table.get("file").asString();
                List<String> before = lines(draftFile(draft, file));
                ArrayNode rows = changed(table);

                JsonNode written = body(write(draft, id, rows), 200);

                assertThat(written.get("rows").toString()).as(id).isEqualTo(rows.toString());
                assertThat(table(body(api().get(draft + "/tables", EDITOR), 200), id).get("rows").toString())
                        .isEqualTo(rows.toString());
                List<String> after = lines(draftFile(draft, file));
                assertThat(changedLines(before, after)).as(id).isBetween(1, 2);
            }
            JsonNode check = body(api().post(draft + "/check", "", EDITOR), 200);
            assertThat(check.get("errors")).as(ruleSet + " compiles after its tables were written").isEmpty();
        });
    }

    /** The table with one change a person would make: a number up, a word added, another choice, a row more. */
    static ArrayNode changed(JsonNode table) {
        ArrayNode rows = ((ArrayNode) table.get("rows")).deepCopy();
        JsonNode columns = table.get("columns");
        if (table.get("kind").asString().equals("LIST")) {
            List<String> listed = StreamSupport.stream(rows.spliterator(), false).map(row -> row.get(0).asString()).toList();
            for (JsonNode choice : columns.at("/0/choices")) {
                if (!listed.contains(choice.asString())) {
                    rows.addArray().add(choice.asString());
                    return rows;
                }
            }
            rows.remove(0);
            return rows;
        }
        ArrayNode row = (ArrayNode) rows.get(0);
        JsonNode cell = row.get(row.size() - 1);
        switch (columns.get(row.size() - 1).get("type").asString()) {
            case "INTEGER" -> row.set(row.size() - 1, cell.asLong() + 1);
            case "DECIMAL" -> row.set(row.size() - 1, cell.decimalValue().add(new java.math.BigDecimal("0.001")));
            case "TEXT" -> row.set(row.size() - 1, cell.asString() + " (changed)");
            default -> throw new AssertionError("no change for " + table);
        }
        return rows;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lines differ, the rest lining up: the files share a start and an end around the change. */
    static int changedLines(List<String> before, List<String> after) {
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int end = 0;
        while (end < before.size() - start && end < after.size() - start
                && before.get(before.size() - 1 - end).equals(after.get(after.size() - 1 - end))) {
            end++;
        }
        return Math.max(before.size() - start - end, after.size() - start - end);
    }

    @Test
    void standardJournalistsEverySixtyDaysRewritesTheirOneLineKeepingTheColumnsInLine() throws IOException {
        String draft = newDraft("relationships");
        ArrayNode rows = (ArrayNode) table(body(api().get(draft + "/tables", EDITOR), 200), CADENCES).get("rows");
        ((ArrayNode) rows.get(2)).set(2, 60);
        String before = Files.readString(draftFile(draft, "rules/policy.drl"));

        body(write(draft, CADENCES, rows), 200);

        assertThat(Files.readString(draftFile(draft, "rules/policy.drl"))).isEqualTo(before.replace(
                "insert(new Cadence(Role.JOURNALIST,    60,   90));", "insert(new Cadence(Role.JOURNALIST,    60,   60));"));
    }

    @Test
    void aBadValueIsRefusedAtItsCellAndNothingIsWritten() {
        String draft = newDraft("relationships");
        JsonNode cadences = table(body(api().get(draft + "/tables", EDITOR), 200), CADENCES);
        byte[] before = bytes(draftFile(draft, "rules/policy.drl"));

        MvcTestResult negative = write(draft, CADENCES, with(cadences, 2, 2, JSON.getNodeFactory().numberNode(-5)));
        ProblemAssertions.assertProblem(negative, 400, "rows[2][2]");
        assertThat(negative).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("standard days must be at least 1, not -5");
        ProblemAssertions.assertProblem(write(draft, CADENCES, with(cadences, 1, 1,
                JSON.getNodeFactory().stringNode("45"))), 400, "rows[1][1]");
        ProblemAssertions.assertProblem(write(draft, CADENCES, with(cadences, 0, 0,
                JSON.getNodeFactory().stringNode("CHAIR"))), 400, "rows[0][0]");
        ProblemAssertions.assertProblem(write(draft, CADENCES, with(cadences, 3, 1,
                JSON.getNodeFactory().nullNode())), 400, "rows[3][1]");
        ProblemAssertions.assertProblem(write(draft, CADENCES, with(cadences, 4, 1,
                JSON.getNodeFactory().numberNode(3_000_000_000L))), 400, "rows[4][1]");
        ArrayNode short_ = ((ArrayNode) cadences.get("rows")).deepCopy();
        ((ArrayNode) short_.get(1)).remove(2);
        ProblemAssertions.assertProblem(write(draft, CADENCES, short_), 400, "rows[1]");
        ProblemAssertions.assertProblem(write(draft, CADENCES, JSON.createArrayNode()), 400, "rows");
        assertThat(bytes(draftFile(draft, "rules/policy.drl"))).isEqualTo(before);

        JsonNode windows = table(body(api().get(draft + "/tables", EDITOR), 200),
                "how-recent-coalitions-and-partnership-benefits-must-be");
        ArrayNode twoRows = ((ArrayNode) windows.get("rows")).deepCopy();
        twoRows.add(twoRows.get(0).deepCopy());
        ProblemAssertions.assertProblem(write(draft, windows.get("id").asString(), twoRows), 400, "rows");
        MvcTestResult noDays = write(draft, windows.get("id").asString(), with(windows, 0, 1,
                JSON.getNodeFactory().numberNode(0)));
        ProblemAssertions.assertProblem(noDays, 400, "rows[0][1]");

        JsonNode kinds = table(body(api().get(draft + "/tables", EDITOR), 200), "which-interactions-count-as-being-in-touch");
        ArrayNode twice = ((ArrayNode) kinds.get("rows")).deepCopy();
        twice.add(twice.get(0).deepCopy());
        ProblemAssertions.assertProblem(write(draft, kinds.get("id").asString(), twice), 400, "rows[7][0]");

        ProblemAssertions.assertProblemStatus(write(draft, "no-such-table", cadences.get("rows")), 404);
        ProblemAssertions.assertProblem(api().put(draft + "/tables/" + CADENCES, "{\"rows\": [], \"more\": 1}", EDITOR),
                400, "more");
        assertThat(bytes(draftFile(draft, "rules/policy.drl"))).isEqualTo(before);
    }

    static ArrayNode with(JsonNode table, int row, int column, JsonNode value) {
        ArrayNode rows = ((ArrayNode) table.get("rows")).deepCopy();
        ((ArrayNode) rows.get(row)).set(column, value);
        return rows;
    }

    @Test
    void onlyTheDraftsEditorReadsOrWritesItsTables() {
        String draft = newDraft("fees");
        assertThat(api().get(draft + "/tables", VIEWER)).hasStatus(403);
        assertThat(api().get(draft + "/tables", null)).hasStatus(401);
        ProblemAssertions.assertProblemStatus(api().get(draft + "/tables", "editor2"), 404);
        JsonNode bands = table(body(api().get(draft + "/tables", EDITOR), 200), "fee-bands-by-annual-income");
        assertThat(write(draft, "fee-bands-by-annual-income", bands.get("rows"))).hasStatus(200);
        assertThat(api().put(draft + "/tables/fee-bands-by-annual-income", "{\"rows\": " + bands.get("rows") + "}",
                VIEWER)).hasStatus(403);
        assertThat(body(api().get("/api/rulesets/fees/tables", VIEWER), 200)).isNotEmpty();
    }
}
