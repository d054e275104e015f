package org.convenor.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.console.KnownNetwork.changeForms;
import static org.convenor.console.KnownNetwork.duplicateIds;
import static org.convenor.console.KnownNetwork.editor;
import static org.convenor.console.KnownNetwork.page;
import static org.convenor.console.KnownNetwork.staff;
import static org.convenor.console.KnownNetwork.viewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.convenor.StaffForTests;
import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.store.AuditLog;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredInteraction;
import org.convenor.network.store.StoredNetwork;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Owners and contacts on the Network pages: a contact logged, corrected and deleted from a member's page (the
 * timeline saying who recorded each and when, the audit log who changed which), the owner named on the member's
 * page and chosen in its form, and the members a filter finds given to a user. The users who may own members are
 * {@code ana} (EDITOR) and {@code sam} (STAFF); {@code victor} is a VIEWER.
 */
@ConsolePageTest
class OwnersAndContactsPagesTests {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Autowired
    MockMvc mvc;
    @Autowired
    NetworkStore store;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void knownNetwork() throws Exception {
        KnownNetwork.store(mvc);
    }

    @Test
    void staffLogAContactFromAMembersPageAndTheTimelineSaysWhoRecordedIt() throws Exception {
        LocalDate before = today();
        Document page = page(mvc.perform(get("/network/members/basil").with(staff())).andReturn());
        LocalDate after = today();
        Element form = page.selectFirst("form#log-contact");
        assertThat(form.attr("action")).isEqualTo("/network/members/basil/interactions");
        assertThat(form.select("#contact-date").attr("max")).as("any day up to today").isIn(before.toString(),
                after.toString());
        assertThat(form.select("#contact-date").val()).isIn(before.toString(), after.toString());
        assertThat(form.select("#contact-kind option[selected]").val()).isEqualTo("CALL");
        assertThat(duplicateIds(page)).isEmpty();
        LocalDate day = before.minusDays(3);

        mvc.perform(post("/network/members/basil/interactions").param("date", day.toString()).param("kind", "MEETING")
                .param("note", " Coffee after the briefing ").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/basil#timeline"))
                .andExpect(flash().attribute("notice", "Logged: Meeting on " + day.format(DAY) + "."));

        StoredInteraction logged = interactions("basil").get(0);
        assertThat(logged.date()).isEqualTo(day);
        assertThat(logged.kind()).isEqualTo(InteractionKind.MEETING);
        assertThat(logged.note()).isEqualTo("Coffee after the briefing");
        assertThat(logged.recordedBy()).isEqualTo(StaffForTests.STAFF);
        assertThat(logged.recordedAt()).isNotNull();
        Document timeline = page(mvc.perform(get("/network/members/basil").with(viewer())).andReturn());
        Element first = timeline.selectFirst("#timeline li");
        assertThat(first.select("time").attr("datetime")).isEqualTo(day.toString());
        assertThat(first.select(".timeline-kind").text()).isEqualTo("Meeting");
        assertThat(first.select(".timeline-recorded").text()).isEqualTo("recorded by sam on " + logged.recordedAt()
                .format(DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK)));
        assertThat(timeline.select("#timeline li").get(1).select(".timeline-recorded").text())
                .as("stored through the API by sam too").startsWith("recorded by sam on ");
    }

    @Test
    void aContactThatCannotBeLoggedIsSaidBesideItsFieldWithWhatWasTyped() throws Exception {
        StoredNetwork before = store.read();
        LocalDate later = today().plusDays(2);

        MvcResult refused = mvc.perform(post("/network/members/basil/interactions").param("date", later.toString())
                .param("kind", "CALL").param("note", "Lunch").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/basil#log-contact"))
                .andExpect(flash().attribute("alert", "The contact was not logged: a contact cannot be logged on "
                        + later.format(DAY) + ", which has not come yet."))
                .andReturn();
        mvc.perform(post("/network/members/basil/interactions").param("date", "").param("kind", "PIGEON")
                .with(staff()).with(csrf()))
                .andExpect(flash().attribute("alert", "The contact was not logged: say on which day it happened; "
                        + "'PIGEON' is not one of MEETING, CALL, MESSAGE, INTEL_UPDATE, STORY_SHARED, CONVENING, "
                        + "INTRODUCTION."));
        mvc.perform(post("/network/members/nobody/interactions").param("date", "2026-11-01").param("kind", "CALL")
                .with(staff()).with(csrf())).andExpect(status().isNotFound());

        assertThat(store.read()).as("nothing written").isSameAs(before);
        Document page = page(mvc.perform(get("/network/members/basil").flashAttrs(refused.getFlashMap()).with(staff()))
                .andReturn());
        assertThat(page.select("#contact-date-error").text()).startsWith("a contact cannot be logged on");
        assertThat(page.select("#contact-date").attr("aria-describedby")).isEqualTo("contact-date-error");
        assertThat(page.select("#contact-date").val()).isEqualTo(later.toString());
        assertThat(page.select("#contact-note").val()).isEqualTo("Lunch");
    }

    @Test
    void staffCorrectOneInteractionAndDeleteAnotherAndTheAuditLogSaysWhoAndWhich() throws Exception {
        StoredInteraction meeting = interactions("hollin").get(0);
        StoredInteraction convening = interactions("hollin").get(2);
        assertThat(meeting.date()).isEqualTo(LocalDate.parse("2026-08-01"));
        String path = "/network/members/hollin/interactions/" + meeting.id();
        Document page = page(mvc.perform(get("/network/members/hollin").with(staff())).andReturn());
        Element correct = page.selectFirst("#interaction-" + meeting.id() + " form[action=" + path + "]");
        assertThat(correct.select("input[name=date]").val()).isEqualTo("2026-08-01");
        assertThat(correct.select("select[name=kind] option[selected]").val()).isEqualTo("MEETING");
        assertThat(correct.select("input[name=note]").val()).isEqualTo("Agreed the court brief");

        mvc.perform(post(path).param("date", "2026-08-02").param("kind", "CALL").param("note", "Agreed it by phone")
                .with(editor()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/hollin#timeline"))
                .andExpect(flash().attribute("notice", "Corrected: Call on 2 Aug 2026. It is now recorded as yours."));
        StoredInteraction corrected = interactions("hollin").get(0);
        assertThat(corrected.id()).isEqualTo(meeting.id());
        assertThat(List.of(corrected.date(), corrected.kind(), corrected.note(), corrected.recordedBy()))
                .containsExactly(LocalDate.parse("2026-08-02"), InteractionKind.CALL, "Agreed it by phone",
                        StaffForTests.EDITOR);
        AuditLog.Entry edit = audit.entries(1).get(0);
        assertThat(List.of(edit.user(), String.valueOf(edit.action()), String.valueOf(edit.subject()), edit.interaction()))
                .containsExactly(StaffForTests.EDITOR, "EDIT", "INTERACTIONS", meeting.id());

        mvc.perform(post("/network/members/hollin/interactions/" + convening.id() + "/delete").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/hollin#timeline"))
                .andExpect(flash().attribute("notice", "Deleted: Convening on 10 Jun 2026. The audit log keeps who "
                        + "deleted it."));
        assertThat(interactions("hollin")).extracting(StoredInteraction::id).doesNotContain(convening.id()).hasSize(2);
        AuditLog.Entry deletion = audit.entries(1).get(0);
        assertThat(List.of(deletion.user(), String.valueOf(deletion.action()), deletion.interaction()))
                .containsExactly(StaffForTests.STAFF, "DELETE", convening.id());
        Document timeline = page(mvc.perform(get("/network/members/hollin").with(viewer())).andReturn());
        assertThat(timeline.select("#timeline li .timeline-recorded").first().text()).startsWith("recorded by ana on ");

        mvc.perform(post("/network/members/hollin/interactions/" + convening.id() + "/delete").with(staff()).with(csrf()))
                .andExpect(status().isNotFound());
        long amiras = interactions("amira").get(0).id();
        mvc.perform(post("/network/members/hollin/interactions/" + amiras).param("date", "2026-08-02")
                .param("kind", "CALL").with(staff()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aCorrectionThatCannotBeSavedIsSaidBesideItsFieldsInItsOwnForm() throws Exception {
        StoredInteraction meeting = interactions("hollin").get(0);
        StoredNetwork before = store.read();
        LocalDate later = today().plusDays(2);

        MvcResult refused = mvc.perform(post("/network/members/hollin/interactions/" + meeting.id())
                .param("date", later.toString()).param("kind", "CALL").param("note", "moved").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/hollin#interaction-" + meeting.id()))
                .andExpect(flash().attribute("alert", "The correction was not saved: a contact cannot be logged on "
                        + later.format(DAY) + ", which has not come yet."))
                .andReturn();

        assertThat(store.read()).as("nothing written").isSameAs(before);
        Document page = page(mvc.perform(get("/network/members/hollin").flashAttrs(refused.getFlashMap()).with(staff()))
                .andReturn());
        assertThat(page.select("details.correct-contact[open]")).hasSize(1);
        Element open = page.selectFirst("#interaction-" + meeting.id() + " details.correct-contact");
        assertThat(open.hasAttr("open")).isTrue();
        assertThat(open.select("input[name=note]").val()).isEqualTo("moved");
        assertThat(open.select(".field-error").text()).startsWith("a contact cannot be logged on");
        assertThat(page.select("#log-contact .field-error")).as("the new contact's form is not the one").isEmpty();
    }

    @Test
    void theOwnerIsNamedOnTheMembersPageAndOneWhoLeftIsSaidToHave() throws Exception {
        KnownNetwork.store(mvc, KnownNetwork.JSON.replace("{\"id\": \"hollin\",", "{\"id\": \"hollin\", \"owner\": \"sam\",")
                .replace("{\"id\": \"amira\",", "{\"id\": \"amira\", \"owner\": \"ana\","));
        ownerLeaves("ana", "gone");

        Document hollin = page(mvc.perform(get("/network/members/hollin").with(viewer())).andReturn());
        assertThat(hollin.select("#member-owner").text()).isEqualTo("sam");
        assertThat(hollin.select("#member-alerts .alert-owner").text()).as("beside its alerts").isEqualTo("sam");
        Document amira = page(mvc.perform(get("/network/members/amira").with(viewer())).andReturn());
        assertThat(amira.select("#member-owner").text()).isEqualTo("gone (may no longer own members)");
        assertThat(amira.select("#member-owner").hasClass("owner-unowned")).isTrue();
        assertThat(page(mvc.perform(get("/network/members/dara").with(viewer())).andReturn()).select("#member-owner")
                .text()).isEqualTo("no owner");

        Document list = page(mvc.perform(get("/network").with(viewer())).andReturn());
        assertThat(list.select("#members tr[data-member=hollin] td[data-label=Owner]").text()).isEqualTo("sam");
        assertThat(list.select("#members tr[data-member=amira] td[data-label=Owner]").text())
                .isEqualTo("gone (may no longer own members)");
        assertThat(list.select("#owner option").eachAttr("value")).containsExactly("", "none", "ana", "ben", "sam", "gone");
        assertThat(members("/network?owner=none")).as("no owner: never given, or given to one who left")
                .contains("amira", "dara").doesNotContain("hollin");
        assertThat(members("/network?owner=gone")).containsExactly("amira");
        assertThat(members("/network?owner=sam")).containsExactly("hollin");
        Document unknown = page(mvc.perform(get("/network?owner=nobody").with(viewer())).andReturn());
        assertThat(unknown.select("#owner ~ .field-error").text()).isEqualTo("'nobody' owns no member and may not own any");
        assertThat(unknown.select("#members tbody tr")).hasSize(11);
    }

    @Test
    void theMemberFormOffersTheUsersWhoMayOwnMembersAndRefusesAnyoneElse() throws Exception {
        Document form = page(mvc.perform(get("/network/members/hollin/edit").with(staff())).andReturn());
        assertThat(form.select("#owner option").eachAttr("value")).containsExactly("", "ana", "ben", "sam");
        assertThat(form.select("#owner option[selected]").text()).isEqualTo("No owner");

        mvc.perform(edit("hollin").param("owner", "sam").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/hollin"));
        assertThat(member("hollin").owner()).isEqualTo("sam");
        assertThat(page(mvc.perform(get("/network/members/hollin/edit").with(staff())).andReturn())
                .select("#owner option[selected]").val()).isEqualTo("sam");

        Document refused = page(mvc.perform(edit("hollin").param("owner", "victor").with(staff()).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select("#error-owner").text()).isEqualTo("'victor' is not a user who may own members; "
                + "give one of ana, ben, sam");
        assertThat(member("hollin").owner()).isEqualTo("sam");

        ownerLeaves("sam", "gone");
        Document kept = page(mvc.perform(get("/network/members/hollin/edit").with(staff())).andReturn());
        assertThat(kept.select("#owner option[selected]").text()).isEqualTo("gone (may no longer own members)");
        mvc.perform(edit("hollin").param("owner", "gone").param("name", "Hollin Legal Aid").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/hollin"));
        assertThat(member("hollin").owner()).as("kept, visibly unowned, until given to someone").isEqualTo("gone");
    }

    @Test
    void staffGiveTheMembersTheFiltersFindToAUserAndNobodyGivesWhatTheyDidNotSee() throws Exception {
        Document list = page(mvc.perform(get("/network?role=JOURNALIST").with(staff())).andReturn());
        Element give = list.selectFirst("form#give");
        assertThat(give.select("label[for=give-to]").text()).isEqualTo("Give these 2 members to");
        assertThat(give.select("input[type=hidden]").eachAttr("name")).containsExactly("_csrf", "role", "count");
        assertThat(give.select("input[name=count]").val()).isEqualTo("2");
        assertThat(give.select("#give-to option").eachAttr("value")).containsExactly("", "ana", "ben", "sam", "none");
        assertThat(duplicateIds(list)).isEmpty();

        mvc.perform(post("/network/owners").param("role", "JOURNALIST").param("count", "2").param("to", "ana")
                .with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network?role=JOURNALIST"))
                .andExpect(flash().attribute("notice", "Gave 2 members to ana."));
        assertThat(List.of(member("amira").owner(), member("basil").owner())).containsOnly("ana");
        AuditLog.Entry entry = audit.entries(1).get(0);
        assertThat(List.of(entry.user(), String.valueOf(entry.action()), String.valueOf(entry.subject()), entry.records()))
                .containsExactly(StaffForTests.STAFF, "EDIT", "MEMBERS", 2);
        assertThat(members("/network?owner=ana")).containsExactly("amira", "basil");

        StoredNetwork before = store.read();
        mvc.perform(post("/network/owners").param("role", "JOURNALIST").param("count", "3").param("to", "sam")
                .with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network?role=JOURNALIST#give"))
                .andExpect(flash().attribute("alert", "Nobody was given anything: these filters find 2 members now, "
                        + "not the 3 the page showed: look at the list again."));
        mvc.perform(post("/network/owners").param("role", "JOURNALIST").param("count", "2").param("to", "victor")
                .with(staff()).with(csrf()))
                .andExpect(flash().attribute("alert", "Nobody was given anything: 'victor' is not a user who may own "
                        + "members; give one of ana, ben, sam."));
        mvc.perform(post("/network/owners").param("role", "JOURNALIST").param("count", "2").with(staff()).with(csrf()))
                .andExpect(flash().attribute("alert", "Nobody was given anything: choose who to give them to."));
        assertThat(store.read()).as("nothing written").isSameAs(before);

        mvc.perform(post("/network/owners").param("owner", "ana").param("count", "2").param("to", "none")
                .with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network?owner=ana"))
                .andExpect(flash().attribute("notice", "2 members now have no owner."));
        assertThat(List.of(member("amira").owner() == null, member("basil").owner() == null)).containsOnly(true);
    }

    @Test
    void aViewerSeesNoContactOrOwnerFormsAndIsRefusedThemAsIsAFormWithoutItsToken() throws Exception {
        Document member = page(mvc.perform(get("/network/members/hollin").with(viewer())).andReturn());
        assertThat(member.select("#log-contact, details.correct-contact")).isEmpty();
        assertThat(changeForms(member)).isEmpty();
        assertThat(page(mvc.perform(get("/network").with(viewer())).andReturn()).select("#give")).isEmpty();
        StoredNetwork before = store.read();
        long id = interactions("hollin").get(0).id();
        List<Supplier<MockHttpServletRequestBuilder>> changes = List.of(
                () -> post("/network/members/hollin/interactions").param("date", "2026-11-01").param("kind", "CALL"),
                () -> post("/network/members/hollin/interactions/" + id).param("date", "2026-11-01").param("kind", "CALL"),
                () -> post("/network/members/hollin/interactions/" + id + "/delete"),
                () -> post("/network/owners").param("count", "11").param("to", "sam"));

        for (Supplier<MockHttpServletRequestBuilder> change : changes) {
            mvc.perform(change.get().with(viewer()).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(change.get().with(staff())).andExpect(status().isForbidden());
        }

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    /** As the pages read it: the day the test's clock (UTC) says it is. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A member's interactions, newest first, as its page lists them. */
    List<StoredInteraction> interactions(String memberId) {
        return store.read().interactions().stream().filter(i -> i.memberId().equals(memberId))
                .sorted(java.util.Comparator.comparing(StoredInteraction::date).reversed()).toList();
    }

    Member member(String id) {
        return store.read().members().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    List<String> members(String path) throws Exception {
        return page(mvc.perform(get(path).with(viewer())).andReturn()).select("#members tbody tr").eachAttr("data-member");
    }

    static MockHttpServletRequestBuilder edit(String id) {
        return post("/network/members/" + id).param("name", "Hollin Legal Aid Trust").param("kind", "ORGANISATION")
                .param("roles", "PARTNER").param("tier", "KEY").param("sectors", "LEGAL");
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
}
