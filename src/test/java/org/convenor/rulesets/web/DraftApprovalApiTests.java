package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import tools.jackson.databind.JsonNode;

import org.convenor.TempRules;
import org.convenor.network.store.StaffApi;
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

/**
 * A second pair of eyes ({@code convenor.rule-changes.approvals = 1}): a draft is published only once another
 * EDITOR approved its files as they stand, and any change withdraws the approval; a restore needs none.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false", "convenor.rule-changes.approvals=1"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
class DraftApprovalApiTests {

    static final String FEES = "/api/rulesets/fees";
    static final String REVIEWER = "editor2";
    static final String PLAIN = "{\"message\": \"Plainer words\"}";

    static TempRules rules;

    @DynamicPropertySource
    static void rulesInATemporaryFolder(DynamicPropertyRegistry registry) throws IOException {
        rules = TempRules.copy(Files.createTempDirectory("approvals"));
        registry.add("convenor.rules.directory", () -> rules.rules().toString());
        registry.add("convenor.rules.scenarios", () -> rules.scenarios().toString());
        registry.add("convenor.rule-changes.scratch", () -> rules.scratch().toString());
    }

    @Autowired
    MockMvcTester mvc;

    StaffApi api() {
        return new StaffApi(mvc);
    }

    /** A new draft of the fees with one reason reworded (so that it differs from its base), by the editor. */
    String editedDraft(String words) {
        String draft = FEES + "/drafts/" + body(api().post(FEES + "/drafts", "", EDITOR), 201).get("id").asString();
        reword(draft, words);
        return draft;
    }

    void reword(String draft, String words) {
        String outcome = text(draft + "/files/rules/outcome.drl", EDITOR);
        String changed = outcome.replaceFirst("no fee\\.\"|[^\"]*, reworded\\.\"", words + ", reworded.\"");
        assertThat(changed).isNotEqualTo(outcome);
        assertThat(mvc.put().uri(URI.create(draft + "/files/rules/outcome.drl")).contentType(MediaType.TEXT_PLAIN)
                .content(changed).with(httpBasic(EDITOR, StaffApi.PASSWORD)).exchange()).hasStatus(204);
    }

    String text(String path, String user) {
        MvcTestResult answer = mvc.get().uri(path).with(httpBasic(user, StaffApi.PASSWORD)).exchange();
        assertThat(answer).hasStatusOk();
        return new String(answer.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    static String state(JsonNode draft) {
        return draft.get("review").get("state").asString();
    }

    @Test
    void publishingWithoutAnApprovalIsRefusedNamingWhatIsMissing() {
        int entries = body(api().get(FEES + "/history", VIEWER), 200).size();
        String draft = editedDraft("unapproved");

        MvcTestResult refused = api().post(draft + "/publish", PLAIN, EDITOR);

        ProblemAssertions.assertProblemStatus(refused, 409);
        assertThat(refused).bodyJson()
                .hasPathSatisfying("$.type", v -> v.assertThat().isEqualTo("urn:convenor:problem:approval-missing"))
                .hasPathSatisfying("$.missing", v -> v.assertThat()
                        .isEqualTo("an approval by another EDITOR of the draft as it stands"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains("has not asked for approval"));
        body(api().post(draft + "/ask-approval", "", EDITOR), 200);
        assertThat(api().post(draft + "/publish", PLAIN, EDITOR)).bodyJson()
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains("no other EDITOR has approved"));
        assertThat(body(api().get(FEES + "/history", VIEWER), 200)).hasSize(entries);
    }

    @Test
    void theAuthorCanNeitherApproveNorSendBackTheirOwnDraft() {
        String draft = editedDraft("mine");
        body(api().post(draft + "/ask-approval", "", EDITOR), 200);

        MvcTestResult own = api().post(draft + "/approve", "", EDITOR);

        ProblemAssertions.assertProblemStatus(own, 403);
        assertThat(own).bodyJson()
                .hasPathSatisfying("$.type", v -> v.assertThat().isEqualTo("urn:convenor:problem:own-draft"));
        ProblemAssertions.assertProblemStatus(api().post(draft + "/send-back", "{\"note\": \"no\"}", EDITOR), 403);
        assertThat(state(body(api().get(draft, EDITOR), 200))).isEqualTo("ASKED");
    }

    @Test
    void anotherEditorReadsChecksAndPreviewsADraftOnlyOnceItAsksAndNeverChangesIt() {
        String draft = editedDraft("shared");
        String id = draft.substring(draft.lastIndexOf('/') + 1);
        ProblemAssertions.assertProblemStatus(api().get(draft, REVIEWER), 404);
        ProblemAssertions.assertProblemStatus(api().post(draft + "/approve", "", REVIEWER), 404);

        JsonNode asked = body(api().post(draft + "/ask-approval", "", EDITOR), 200);

        assertThat(state(asked)).isEqualTo("ASKED");
        assertThat(asked.get("owner").asString()).isEqualTo(EDITOR);
        assertThat(body(api().get(FEES + "/drafts?askingForApproval=true", REVIEWER), 200).findValuesAsString("id"))
                .contains(id);
        assertThat(body(api().get(FEES + "/drafts", REVIEWER), 200).findValuesAsString("id")).doesNotContain(id);
        assertThat(body(api().get(draft, REVIEWER), 200).get("hash").asString()).isEqualTo(asked.get("hash").asString());
        assertThat(text(draft + "/files/rules/outcome.drl", REVIEWER)).contains("shared, reworded.");
        JsonNode changes = body(api().get(draft + "/changes", REVIEWER), 200);
        assertThat(changes.get(0).get("path").asString()).isEqualTo("rules/outcome.drl");
        assertThat(changes.get(0).get("hunks").get(0).get("added").get(0).get("text").asString())
                .contains("shared, reworded.");
        assertThat(body(api().post(draft + "/check", "", REVIEWER), 200).get("outcome").asString()).isEqualTo("PASSED");
        body(api().post(draft + "/preview?asOf=2026-11-20", "", REVIEWER), 200);
        body(api().get(draft + "/tables", REVIEWER), 200);

        ProblemAssertions.assertProblemStatus(mvc.put().uri(URI.create(draft + "/files/rules/outcome.drl"))
                .contentType(MediaType.TEXT_PLAIN).content("rule").with(httpBasic(REVIEWER, StaffApi.PASSWORD))
                .exchange(), 404);
        ProblemAssertions.assertProblemStatus(api().post(draft + "/publish", PLAIN, REVIEWER), 404);
        ProblemAssertions.assertProblemStatus(api().delete(draft, REVIEWER), 404);
        assertThat(api().post(draft + "/approve", "", VIEWER)).hasStatus(403);
    }

    @Test
    void anApprovalIsWithdrawnByAnEditAndGivenAgainBeforeThePublishThatNamesBoth() {
        String draft = editedDraft("approved");
        body(api().post(draft + "/ask-approval", "", EDITOR), 200);
        String seen = body(api().get(draft, REVIEWER), 200).get("hash").asString();

        JsonNode approved = body(api().post(draft + "/approve", "{\"hash\": \"" + seen + "\"}", REVIEWER), 200);

        assertThat(state(approved)).isEqualTo("APPROVED");
        assertThat(approved.get("review").get("by").asString()).isEqualTo(REVIEWER);
        reword(draft, "approved, then changed");
        JsonNode changed = body(api().get(draft, EDITOR), 200);
        assertThat(state(changed)).isEqualTo("WITHDRAWN");
        assertThat(changed.get("hash").asString()).isNotEqualTo(seen);
        MvcTestResult refused = api().post(draft + "/publish", PLAIN, EDITOR);
        ProblemAssertions.assertProblemStatus(refused, 409);
        assertThat(refused).bodyJson().hasPathSatisfying("$.review.state", v -> v.assertThat().isEqualTo("WITHDRAWN"));
        ProblemAssertions.assertProblemStatus(api().post(draft + "/approve", "{\"hash\": \"" + seen + "\"}", REVIEWER),
                409);

        body(api().post(draft + "/approve", "{\"hash\": \"" + changed.get("hash").asString() + "\"}", REVIEWER), 200);
        JsonNode published = body(api().post(draft + "/publish", PLAIN, EDITOR), 200);

        assertThat(published.get("entry").get("approvedBy").get(0).asString()).isEqualTo(REVIEWER);
        JsonNode newest = body(api().get(FEES + "/history", VIEWER), 200).get(0);
        assertThat(newest.get("author").asString()).isEqualTo(EDITOR);
        assertThat(newest.get("message").asString()).isEqualTo("Plainer words");
        assertThat(newest.get("approvedBy")).hasSize(1);
        assertThat(newest.get("approvedBy").get(0).asString()).isEqualTo(REVIEWER);
        assertThat(text("/api/rulesets/fees/history", VIEWER)).doesNotContain("Approved-by");
    }

    @Test
    void aDraftSentBackSaysWhyToItsAuthorAndCannotBePublished() {
        String draft = editedDraft("sent back");
        body(api().post(draft + "/ask-approval", "", EDITOR), 200);
        ProblemAssertions.assertProblem(api().post(draft + "/send-back", "{\"note\": \" \"}", REVIEWER), 400, "note");

        JsonNode back = body(api().post(draft + "/send-back", "{\"note\": \"Say who pays instead.\"}", REVIEWER), 200);

        assertThat(state(back)).isEqualTo("SENT_BACK");
        assertThat(body(api().get(draft, EDITOR), 200).get("review").get("note").asString())
                .isEqualTo("Say who pays instead.");
        assertThat(api().post(draft + "/publish", PLAIN, EDITOR)).bodyJson().hasPathSatisfying("$.detail",
                v -> v.assertThat().asString().contains(REVIEWER + " sent it back: Say who pays instead."));
        String id = draft.substring(draft.lastIndexOf('/') + 1);
        assertThat(body(api().get(FEES + "/drafts?askingForApproval=true", REVIEWER), 200).findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(state(body(api().post(draft + "/ask-approval", "", EDITOR), 200))).isEqualTo("ASKED");
    }

    @Test
    void restoringAnEntryThatWasOnceActiveNeedsNoApproval() {
        String draft = editedDraft("to be undone");
        body(api().post(draft + "/ask-approval", "", EDITOR), 200);
        body(api().post(draft + "/approve", "", REVIEWER), 200);
        body(api().post(draft + "/publish", PLAIN, EDITOR), 200);
        JsonNode history = body(api().get(FEES + "/history", VIEWER), 200);
        String oldest = history.get(history.size() - 1).get("id").asString();

        JsonNode restored = body(api().post(FEES + "/history/" + oldest + "/restore",
                "{\"message\": \"Back to the start\"}", EDITOR), 200);

        assertThat(restored.get("entry").get("author").asString()).isEqualTo(EDITOR);
        assertThat(restored.get("entry").get("approvedBy")).isEmpty();
    }

    @Test
    void aMessageCannotPassForAnApproval() {
        String draft = editedDraft("forged");
        ProblemAssertions.assertProblem(api().post(draft + "/publish",
                "{\"message\": \"Mine\\n\\nApproved-by: editor2\"}", EDITOR), 400, "message");
    }
}
