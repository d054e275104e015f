package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

import org.convenor.TempRules;
import org.convenor.network.store.StaffApi;
import org.convenor.rulesets.RuleSetFiles;
import org.convenor.system.problems.ProblemAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.FileSystemUtils;

/** Who may change rules over the API, how a draft's files are confined, and two editors racing to publish. */
@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
class RuleChangeApiTests {

    static final String FEES = "/api/rulesets/fees";

    static TempRules rules;

    @DynamicPropertySource
    static void rulesInATemporaryFolder(DynamicPropertyRegistry registry) throws IOException {
        rules = TempRules.copy(Files.createTempDirectory("rule-changes"));
        registry.add("convenor.rules.directory", () -> rules.rules().toString());
        registry.add("convenor.rules.scenarios", () -> rules.scenarios().toString());
        registry.add("convenor.rule-changes.scratch", () -> rules.scratch().toString());
    }

    @Autowired
    MockMvcTester mvc;

    StaffApi api() {
        return new StaffApi(mvc);
    }

    String newDraft(String editor) {
        return FEES + "/drafts/" + body(api().post(FEES + "/drafts", "", editor), 201).get("id").asString();
    }

    MvcTestResult put(String path, String text, String user) {
        return mvc.put().uri(URI.create(path)).contentType(MediaType.TEXT_PLAIN).content(text)
                .with(httpBasic(user, StaffApi.PASSWORD)).exchange();
    }

    String text(String path, String user) {
        MvcTestResult answer = mvc.get().uri(path).with(httpBasic(user, StaffApi.PASSWORD)).exchange();
        assertThat(answer).hasStatusOk();
        return new String(answer.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void onlyAnEditorDraftsPublishesAndRestoresAndAViewerReadsTheHistory() {
        assertThat(api().post(FEES + "/drafts", "", null)).hasStatus(401);
        assertThat(api().post(FEES + "/drafts", "", VIEWER)).hasStatus(403);
        assertThat(api().post(FEES + "/drafts", "", STAFF)).hasStatus(403);
        assertThat(api().get(FEES + "/history", null)).hasStatus(401);
        JsonNode history = body(api().get(FEES + "/history", VIEWER), 200);
        assertThat(history.get(history.size() - 1).get("author").asString()).isEqualTo("file system");
        assertThat(api().post(FEES + "/history/" + history.get(0).get("id").asString() + "/restore",
                "{\"message\": \"again\"}", STAFF)).hasStatus(403);

        String draft = newDraft(EDITOR);
        assertThat(api().post(draft + "/publish", "{\"message\": \"x\"}", VIEWER)).hasStatus(403);
        assertThat(api().get(draft + "/files/rules/outcome.drl", "ops")).hasStatus(403);
    }

    @Test
    void anEditorReachesOnlyTheirOwnDrafts() {
        String draft = newDraft(EDITOR);
        assertThat(body(api().get(FEES + "/drafts", EDITOR), 200).findValuesAsString("id"))
                .contains(draft.substring(draft.lastIndexOf('/') + 1));
        assertThat(body(api().get(FEES + "/drafts", "editor2"), 200).findValuesAsString("id"))
                .doesNotContain(draft.substring(draft.lastIndexOf('/') + 1));
        ProblemAssertions.assertProblemStatus(api().get(draft + "/files/rules/outcome.drl", "editor2"), 404);
    }

    @Test
    void aDraftsFilesCannotEscapeIt() {
        String draft = newDraft(EDITOR);
        for (String path : new String[] {"/files/rules/..%2F..%2Fetc%2Fpasswd", "/files/rules/..",
            "/files/elsewhere/outcome.drl", "/files/rules/outcome.sh", "/files/rules/.hidden.drl"}) {
            MvcTestResult answer = put(draft + path, "rule", EDITOR);
            assertThat(answer.getResponse().getStatus()).as(path).isBetween(400, 404);
        }
        ProblemAssertions.assertProblem(put(draft + "/files/rules/outcome.sh", "rule", EDITOR), 400, "path");
        assertThat(rules.root().resolve("outcome.sh")).doesNotExist();
        ProblemAssertions.assertProblem(mvc.put().uri(draft + "/files/rules/binary.drl")
                .contentType(MediaType.TEXT_PLAIN).content(new byte[] {(byte) 0xC3, 0x28})
                .with(httpBasic(EDITOR, StaffApi.PASSWORD)).exchange(), 400, "content");
    }

    @Test
    void ofTwoEditorsPublishingDraftsOfTheSameHeadTheSecondIsToldWhatChanged() {
        String first = newDraft(EDITOR);
        String second = newDraft("editor2");
        String outcome = text(first + "/files/rules/outcome.drl", EDITOR);
        assertThat(put(first + "/files/rules/outcome.drl", outcome.replace("no fee.\"", "nothing is due.\""), EDITOR))
                .hasStatus(204);

        body(api().post(first + "/publish", "{\"message\": \"Plainer\"}", EDITOR), 200);
        MvcTestResult late = api().post(second + "/publish", "{\"message\": \"Mine\"}", "editor2");

        ProblemAssertions.assertProblemStatus(late, 409);
        assertThat(late).bodyJson().hasPathSatisfying("$.since[0].author", v -> v.assertThat().isEqualTo(EDITOR))
                .hasPathSatisfying("$.since[0].message", v -> v.assertThat().isEqualTo("Plainer"));
    }

    @Test
    void aDraftTheGateRefusesIsNotPublishedAndTheReportSaysWhy() {
        int entries = body(api().get(FEES + "/history", VIEWER), 200).size();
        String draft = newDraft(EDITOR);
        String bands = text(draft + "/files/rules/policy.drl", EDITOR);
        assertThat(put(draft + "/files/rules/policy.drl", bands.replace("1000L));", "1200L));"), EDITOR))
                .hasStatus(204);

        MvcTestResult refused = api().post(draft + "/publish", "{\"message\": \"Dearer\"}", EDITOR);

        ProblemAssertions.assertProblemStatus(refused, 422);
        assertThat(refused).bodyJson()
                .hasPathSatisfying("$.report.failedScenarios[0].file",
                        v -> v.assertThat().asString().startsWith("scenarios/"))
                .hasPathSatisfying("$.report.outcome", v -> v.assertThat().isEqualTo("REJECTED"));
        assertThat(body(api().get(FEES + "/history", VIEWER), 200)).hasSize(entries);
    }

    @Test
    void withApprovalsOffAnEditorPublishesAloneAndNoOneIsAskedToReview() {
        String draft = newDraft(EDITOR);
        String outcome = text(draft + "/files/rules/outcome.drl", EDITOR);
        String alone = outcome.replace("no partnership fee is assessed.", "no partnership fee is ever assessed.");
        assertThat(alone).isNotEqualTo(outcome);
        assertThat(put(draft + "/files/rules/outcome.drl", alone, EDITOR)).hasStatus(204);
        assertThat(body(api().get(draft, EDITOR), 200).get("review").isNull()).isTrue();
        MvcTestResult ask = api().post(draft + "/ask-approval", "", EDITOR);
        ProblemAssertions.assertProblemStatus(ask, 409);
        assertThat(ask).bodyJson().extractingPath("$.detail").asString().contains("approvals = 0");

        JsonNode published = body(api().post(draft + "/publish", "{\"message\": \"Alone\"}", EDITOR), 200);

        assertThat(published.get("entry").get("author").asString()).isEqualTo(EDITOR);
        assertThat(published.get("entry").get("approvedBy")).isEmpty();
    }

    @Test
    void aPublishNeedsAMessage() {
        ProblemAssertions.assertProblem(api().post(newDraft(EDITOR) + "/publish", "{\"message\": \" \"}", EDITOR), 400,
                "message");
    }

    @Test
    void aFileNameOverAHundredCharactersIsRefusedNamingThePath() {
        String draft = newDraft(EDITOR);
        String tooLong = "/files/rules/" + "a".repeat(97) + ".drl";

        ProblemAssertions.assertProblem(put(draft + tooLong, "rule", EDITOR), 400, "path");
        ProblemAssertions.assertProblem(api().get(draft + tooLong, EDITOR), 400, "path");
        ProblemAssertions.assertProblem(put(draft + "/files/rules/" + "a".repeat(300) + ".drl", "rule", EDITOR), 400,
                "path");
        assertThat(put(draft + "/files/rules/" + "a".repeat(96) + ".drl", "// a hundred characters", EDITOR))
                .hasStatus(204);
    }
}
