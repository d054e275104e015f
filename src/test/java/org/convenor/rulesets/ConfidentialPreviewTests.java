package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.convenor.TempRules;
import org.convenor.network.store.StaffApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A draft's preview over the stored network shows an editor the changes about the members they see: the same
 * cadence change (standard journalists every 60 days, not 90) previewed by the restricted journalist's owner
 * names both journalists it moves, and previewed by another editor names only the one not restricted, while
 * nothing of the restricted one (its id, its name) is in their answer.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
class ConfidentialPreviewTests {

    static final String SET = "/api/rulesets/relationships";
    static final String OTHER_EDITOR = "editor2";
    static final String NETWORK = """
            {"members": [
               {"id": "open-reporter", "name": "Open Reporter", "kind": "PERSON", "roles": ["JOURNALIST"],
                "tier": "STANDARD"},
               {"id": "hidden-reporter", "name": "Hidden Reporter", "kind": "PERSON", "roles": ["JOURNALIST"],
                "tier": "STANDARD", "owner": "editor", "restricted": true}],
             "interactions": [
               {"memberId": "open-reporter", "date": "2026-09-01", "kind": "CALL"},
               {"memberId": "hidden-reporter", "date": "2026-09-01", "kind": "CALL"}]}""";

    static TempRules rules;

    @DynamicPropertySource
    static void rulesInATemporaryFolder(DynamicPropertyRegistry registry) throws IOException {
        rules = TempRules.copy(Files.createTempDirectory("confidential-preview"));
        registry.add("convenor.rules.directory", () -> rules.rules().toString());
        registry.add("convenor.rules.scenarios", () -> rules.scenarios().toString());
        registry.add("convenor.rule-changes.scratch", () -> rules.scratch().toString());
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void aPreviewNamesOnlyTheMembersItsEditorSees() {
        StaffApi api = new StaffApi(mvc);
        body(api.put("/api/network", NETWORK, STAFF), 200);

        JsonNode owners = preview(api, EDITOR);
        JsonNode others = preview(api, OTHER_EDITOR);

        assertThat(subjects(owners)).containsExactlyInAnyOrder("open-reporter", "hidden-reporter");
        assertThat(subjects(others)).containsExactly("open-reporter");
        assertThat(others.toString()).doesNotContain("hidden-reporter").doesNotContain("Hidden Reporter");
        assertThat(others.at("/summary/added").asInt() + others.at("/summary/changed").asInt()).isEqualTo(1);
    }

    static List<String> subjects(JsonNode preview) {
        return preview.get("changes").valueStream().map(change -> change.at("/subject/memberId").asString()).toList();
    }

    /** A draft of this editor's own moving standard journalists to every 60 days, previewed as of 2026-11-20. */
    private JsonNode preview(StaffApi api, String editor) {
        JsonNode draft = body(api.post(SET + "/drafts", "", editor), 201);
        String drafts = SET + "/drafts/" + draft.get("id").asString();
        String policy = new String(mvc.get().uri(drafts + "/files/rules/policy.drl")
                .with(httpBasic(editor, StaffApi.PASSWORD)).exchange().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(policy).contains(HeadlineRuleChangeTests.CADENCE_90);
        assertThat(mvc.put().uri(drafts + "/files/rules/policy.drl").contentType(MediaType.TEXT_PLAIN)
                .content(policy.replace(HeadlineRuleChangeTests.CADENCE_90, HeadlineRuleChangeTests.CADENCE_60))
                .with(httpBasic(editor, StaffApi.PASSWORD))).hasStatus(204);
        return body(api.post(drafts + "/preview?asOf=2026-11-20", "", editor), 200);
    }
}
