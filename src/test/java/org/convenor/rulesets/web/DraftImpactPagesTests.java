package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.console.KnownNetwork.AS_OF;
import static org.convenor.console.KnownNetwork.duplicateIds;
import static org.convenor.console.KnownNetwork.editor;
import static org.convenor.console.KnownNetwork.page;
import static org.convenor.console.KnownNetwork.staff;
import static org.convenor.console.KnownNetwork.viewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.convenor.StaffForTests;
import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.convenor.rulesets.drafts.RuleChanges;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * On a draft's page, over the known network and a real draft of the frozen policy: previewing what the draft would
 * change for our network, and accepting a failed scenario's new values. Only an EDITOR does either; nothing here
 * publishes, so the policy the other page tests decide with stays as it is.
 */
@ConsolePageTest
class DraftImpactPagesTests {

    static final String CADENCE_90 = "insert(new Cadence(Role.JOURNALIST,    60,   90));";
    static final String CADENCE_60 = "insert(new Cadence(Role.JOURNALIST,    60,   60));";
    static final String BAND_1000 = "insert(new IncomeBand(    1000000L,      10000000L,     1000L));";
    static final String BAND_1500 = "insert(new IncomeBand(    1000000L,      10000000L,     1500L));";
    static final String CADENCE_EDGES = "scenarios/cadence-edges.yaml";
    static final String EVERY_90_DAYS = "scenarios/standard-journalists-every-90-days.yaml";
    static final String NEW_TITLE = "Standard journalists: every 60 days";

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleChanges changes;

    MockHttpSession session = new MockHttpSession();
    String ruleSet;
    String draft;

    @BeforeEach
    void knownNetwork() throws Exception {
        KnownNetwork.store(mvc);
    }

    @AfterEach
    void discardTheDraft() {
        if (draft != null) {
            changes.discard(StaffForTests.EDITOR, ruleSet, draft);
        }
    }

    @Test
    void standardJournalistsEverySixtyDaysPreviewedAsWhatWouldChangeForOurNetwork() throws Exception {
        KnownNetwork.store(mvc, KnownNetwork.JSON.replace("{\"id\": \"basil\",", "{\"id\": \"basil\", \"owner\": \"sam\","));
        draft("relationships", "rules/policy.drl", CADENCE_90, CADENCE_60);

        mvc.perform(preview(AS_OF.toString()).with(editor()).with(csrf()))
                .andExpect(redirectedUrl(base() + "?file=rules%2Fpolicy.drl#preview"))
                .andExpect(flash().attribute("notice", "Preview as of 2026-11-26: 1 added, 1 changed, 0 removed, "
                        + "no change for 5 others. Nothing is live until you publish."));

        Document page = draftPage();
        assertThat(duplicateIds(page)).isEmpty();
        assertThat(page.select("#preview-asOf").val()).isEqualTo("2026-11-26");
        assertThat(page.select("#preview-summary").text()).matches("As of 26 Nov 2026, from version \\w{12} to \\w{12}: "
                + "1 decision added, 1 decision changed; no change for 5 others\\.");
        assertThat(page.select(".preview-group").eachAttr("data-change")).containsExactly("ADDED", "CHANGED");
        assertThat(page.select(".preview-group h3").eachText()).containsExactly("ADDED (1)", "CHANGED (1)");
        // Basil was called 75 days ago: past 60, not 90. Amira 134 days ago: past twice 60, not twice 90.
        Element added = page.selectFirst(".preview-group[data-change=ADDED] .preview-line");
        assertThat(added.attr("data-subject")).isEqualTo("basil");
        assertThat(added.ownText() + added.select("> span").eachText()).contains("Basil Nour", "NEGLECTED");
        assertThat(added.select(".preview-headline").text()).isEqualTo("WARNING, 75 days since contact");
        assertThat(added.select(".preview-owner").text()).as("whose alert it would be").isEqualTo("(owner: sam)");
        assertThat(added.select("details li").text()).contains("every 60 days");
        Element changed = page.selectFirst(".preview-group[data-change=CHANGED] .preview-line");
        assertThat(changed.attr("data-subject")).isEqualTo("amira");
        assertThat(changed.select(".preview-headline").text()).startsWith("WARNING → CRITICAL");
        assertThat(changed.select(".preview-owner")).as("Amira has no owner").isEmpty();
        assertThat(changed.select("details li").eachText()).anyMatch(d -> d.startsWith("message before:") && d.contains("every 90 days"))
                .anyMatch(d -> d.startsWith("message after:") && d.contains("every 60 days"));
        assertThat(page.select("#preview-portfolio")).isEmpty();
    }

    @Test
    void aFeeDraftsPreviewShowsTheFeeBookBeforeAndAfter() throws Exception {
        draft("fees", "rules/policy.drl", BAND_1000, BAND_1500);

        mvc.perform(preview(AS_OF.toString()).with(editor()).with(csrf()))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Preview as of 2026-11-26: 0 added, 2 changed, 0 removed")));

        Document page = draftPage();
        assertThat(page.select(".preview-group[data-change=CHANGED] .preview-line").eachAttr("data-subject"))
                .containsExactlyInAnyOrder("hollin", "lumen");
        assertThat(page.select(".preview-line[data-subject=hollin] .preview-headline").text()).startsWith("amount 1000 → 1500");
        assertThat(page.select("#preview-portfolio tbody tr").stream().map(row -> row.children().eachText()).toList())
                .containsExactly(List.of("Total fees", "11,000", "11,500"), List.of("Share of our income", "8.46%", "8.85%"),
                        List.of("Within the cap", "yes", "yes"), List.of("Partners not counted", "1", "1"));
    }

    @Test
    void aFailedScenarioIsAcceptedAfterTheEditorConfirmsOrRewordsItsTitleAndIsListedForThePublish() throws Exception {
        draft("relationships", "rules/policy.drl", CADENCE_90, CADENCE_60);
        mvc.perform(post(base() + "/check").param("path", "rules/policy.drl").session(session).with(editor()).with(csrf()));
        Document checked = draftPage();
        assertThat(checked.select("button.accept").eachAttr("data-scenario")).containsExactly(EVERY_90_DAYS);
        assertThat(checked.select("form.accept-form").attr("method")).isEqualTo("get");
        String before = changes.readFile(StaffForTests.EDITOR, ruleSet, draft, EVERY_90_DAYS);

        Document confirm = page(mvc.perform(get(base() + "/accept").param("scenario", EVERY_90_DAYS).session(session)
                .with(editor())).andExpect(status().isOk()).andReturn());
        assertThat(confirm.select("h1").text()).isEqualTo("Accept the new values of a scenario");
        assertThat(confirm.select("input#title").val()).isEqualTo("Standard journalists: every 90 days");
        assertThat(confirm.select("label[for=title]").text()).isEqualTo("Title");
        assertThat(confirm.select("label[for=description]").text()).isEqualTo("Description");
        assertThat(confirm.select("#accept-form input[name=_csrf]")).hasSize(1);
        assertThat(confirm.select(".accepted-changes li").eachText()).containsExactly(
                "expect.alerts[0].message: Last in touch 91 days ago (2026-08-26); as a standard journalist: every 90 "
                        + "days. → Last in touch 91 days ago (2026-08-26); as a standard journalist: every 60 days.",
                "expectNone.alerts[0]: {\"memberId\":\"reporter-at-90-days\"} → removed");
        assertThat(changes.readFile(StaffForTests.EDITOR, ruleSet, draft, EVERY_90_DAYS)).as("nothing written yet")
                .isEqualTo(before);

        mvc.perform(post(base() + "/accept").param("scenario", EVERY_90_DAYS).param("title", NEW_TITLE)
                        .param("description", "A standard journalist should hear from us every 60 days.")
                        .session(session).with(editor()).with(csrf()))
                .andExpect(redirectedUrl(base() + "?file=scenarios%2Fstandard-journalists-every-90-days.yaml#check-report"))
                .andExpect(flash().attribute("notice", "Accepted the new values of " + EVERY_90_DAYS + ": 2 values "
                        + "changed; its title is now \u201c" + NEW_TITLE + "\u201d. Check the draft again to confirm it "
                        + "passes."));

        String after = changes.readFile(StaffForTests.EDITOR, ruleSet, draft, EVERY_90_DAYS);
        assertThat(after).startsWith("name: \"" + NEW_TITLE + "\"\ndescription: \"A standard journalist should hear from us "
                + "every 60 days.\"\ngiven:\n").contains("every 60 days.\"}").doesNotContain("reporter-at-90-days}");
        Document page = page(mvc.perform(get(base()).param("file", EVERY_90_DAYS).session(session).with(editor())).andReturn());
        Element accepted = page.selectFirst(".accepted[data-scenario='" + EVERY_90_DAYS + "']");
        assertThat(accepted.select("strong").text()).isEqualTo("New values accepted: 2 values changed in the file.");
        assertThat(accepted.select(".unresolved")).isEmpty();
        assertThat(page.select("button.accept")).isEmpty();
        assertThat(page.select(".accepted-scenarios li").eachText()).containsExactly(
                NEW_TITLE + " (" + EVERY_90_DAYS + ", 2 values changed)");
        assertThat(page.select("textarea#content").val().strip()).isEqualTo(after.strip());
    }

    @Test
    void aTitleLeftEmptyIsRefusedOnTheAcceptScreenWithWhatWasTypedKept() throws Exception {
        draft("relationships", "rules/policy.drl", CADENCE_90, CADENCE_60);
        String before = changes.readFile(StaffForTests.EDITOR, ruleSet, draft, EVERY_90_DAYS);

        mvc.perform(post(base() + "/accept").param("scenario", EVERY_90_DAYS).param("title", " ")
                        .param("description", "kept").session(session).with(editor()).with(csrf()))
                .andExpect(redirectedUrl(base() + "/accept?scenario=scenarios%2Fstandard-journalists-every-90-days.yaml"))
                .andExpect(flash().attribute("alert", org.hamcrest.Matchers.startsWith("Nothing accepted: ")))
                .andExpect(flash().attribute("sentDescription", "kept"));

        assertThat(changes.readFile(StaffForTests.EDITOR, ruleSet, draft, EVERY_90_DAYS)).isEqualTo(before);
    }

    @Test
    void acceptingWhatIsNotAScenarioOfTheDraftAcceptsNothing() throws Exception {
        draft("relationships", "rules/policy.drl", CADENCE_90, CADENCE_60);
        String policy = changes.readFile(StaffForTests.EDITOR, ruleSet, draft, "rules/policy.drl");

        mvc.perform(post(base() + "/accept").param("scenario", "rules/policy.drl").with(editor()).with(csrf()))
                .andExpect(redirectedUrl(base() + "#check-report"))
                .andExpect(flash().attribute("alert", "Nothing accepted: name a scenario file of the draft, "
                        + "e.g. scenarios/cadence-edges.yaml."));
        mvc.perform(post(base() + "/accept").param("scenario", "scenarios/nope.yaml").with(editor()).with(csrf()))
                .andExpect(flash().attribute("alert", "Nothing accepted: The draft has no file scenarios/nope.yaml."));

        assertThat(changes.readFile(StaffForTests.EDITOR, ruleSet, draft, "rules/policy.drl")).isEqualTo(policy);
    }

    @Test
    void aDayThePreviewCannotReadIsSaidAndNothingIsPreviewed() throws Exception {
        draft("relationships", "rules/policy.drl", CADENCE_90, CADENCE_60);

        mvc.perform(preview("26/11/2026").with(editor()).with(csrf()))
                .andExpect(redirectedUrl(base() + "?file=rules%2Fpolicy.drl#preview"))
                .andExpect(flash().attribute("alert", "No preview: '26/11/2026' is not a valid date (YYYY-MM-DD, from 1900 to 2999)."));

        assertThat(draftPage().select("#preview-summary")).isEmpty();
    }

    @Test
    void aPreviewStaysWhileAScenarioChangesAndGoesWhenARuleDoes() throws Exception {
        draft("relationships", "rules/policy.drl", CADENCE_90, CADENCE_60);
        mvc.perform(preview(AS_OF.toString()).with(editor()).with(csrf()));
        String scenario = changes.readFile(StaffForTests.EDITOR, ruleSet, draft, CADENCE_EDGES);
        String policy = changes.readFile(StaffForTests.EDITOR, ruleSet, draft, "rules/policy.drl");

        mvc.perform(save(CADENCE_EDGES, scenario + "\n").with(editor()).with(csrf()));
        assertThat(draftPage().select("#preview-summary")).hasSize(1);

        mvc.perform(save("rules/policy.drl", policy.replace(CADENCE_60, CADENCE_90)).with(editor()).with(csrf()));
        assertThat(draftPage().select("#preview-summary")).isEmpty();
    }

    @Test
    void staffAndViewersMayNotPreviewNorAcceptNorSeeADraft() throws Exception {
        draft("relationships", "rules/policy.drl", CADENCE_90, CADENCE_60);
        String scenario = changes.readFile(StaffForTests.EDITOR, ruleSet, draft, CADENCE_EDGES);

        for (var role : List.of(staff(), viewer())) {
            mvc.perform(get(base()).session(session).with(role)).andExpect(status().isForbidden());
            mvc.perform(preview(AS_OF.toString()).with(role).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(base() + "/accept").param("scenario", CADENCE_EDGES).session(session).with(role).with(csrf()))
                    .andExpect(status().isForbidden());
        }

        assertThat(changes.readFile(StaffForTests.EDITOR, ruleSet, draft, CADENCE_EDGES)).isEqualTo(scenario);
        assertThat(draftPage().select("#preview-summary")).isEmpty();
    }

    @Test
    void withoutTheFormsCsrfTokenAnEditorNeitherPreviewsNorAccepts() throws Exception {
        draft("relationships", "rules/policy.drl", CADENCE_90, CADENCE_60);
        String scenario = changes.readFile(StaffForTests.EDITOR, ruleSet, draft, CADENCE_EDGES);

        mvc.perform(preview(AS_OF.toString()).with(editor())).andExpect(status().isForbidden());
        mvc.perform(post(base() + "/accept").param("scenario", CADENCE_EDGES).session(session).with(editor()))
                .andExpect(status().isForbidden());

        assertThat(changes.readFile(StaffForTests.EDITOR, ruleSet, draft, CADENCE_EDGES)).isEqualTo(scenario);
        assertThat(draftPage().select("#preview-summary")).isEmpty();
    }

    @Test
    void anotherEditorCannotPreviewOrAcceptIntoSomeoneElsesDraft() throws Exception {
        draft("relationships", "rules/policy.drl", CADENCE_90, CADENCE_60);
        String scenario = changes.readFile(StaffForTests.EDITOR, ruleSet, draft, CADENCE_EDGES);
        var ben = user("ben").roles("EDITOR");

        mvc.perform(preview(AS_OF.toString()).with(ben).with(csrf()))
                .andExpect(flash().attribute("alert", org.hamcrest.Matchers.startsWith("No preview: ")));
        mvc.perform(post(base() + "/accept").param("scenario", CADENCE_EDGES).with(ben).with(csrf()))
                .andExpect(flash().attribute("alert", org.hamcrest.Matchers.startsWith("Nothing accepted: ")));

        assertThat(changes.readFile(StaffForTests.EDITOR, ruleSet, draft, CADENCE_EDGES)).isEqualTo(scenario);
    }

    /** A draft of the rule set for the EDITOR, with one change made in one of its files. */
    void draft(String name, String file, String from, String to) {
        ruleSet = name;
        draft = changes.create(StaffForTests.EDITOR, name).id();
        String text = changes.readFile(StaffForTests.EDITOR, name, draft, file);
        assertThat(text).contains(from);
        changes.writeFile(StaffForTests.EDITOR, name, draft, file, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    String base() {
        return "/rules/" + ruleSet + "/drafts/" + draft;
    }

    MockHttpServletRequestBuilder preview(String asOf) {
        return post(base() + "/preview").param("asOf", asOf).param("path", "rules/policy.drl").session(session);
    }

    MockHttpServletRequestBuilder save(String path, String content) {
        return post(base() + "/save").param("path", path).param("content", content).session(session);
    }

    Document draftPage() throws Exception {
        return page(mvc.perform(get(base()).session(session).with(editor())).andExpect(status().isOk()).andReturn());
    }
}
