package org.convenor.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.console.KnownNetwork.changeForms;
import static org.convenor.console.KnownNetwork.duplicateIds;
import static org.convenor.console.KnownNetwork.operator;
import static org.convenor.console.KnownNetwork.page;
import static org.convenor.console.KnownNetwork.staff;
import static org.convenor.console.KnownNetwork.viewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The network ({@code /network}), a member's page, adding, editing and erasing a member, and CSV import. */
@ConsolePageTest
class NetworkPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    NetworkStore store;
    @Autowired
    Clock clock;

    @BeforeEach
    void knownNetwork() throws Exception {
        KnownNetwork.store(mvc);
    }

    @Test
    void listsTheMembersByNameWithTheirLastContact() throws Exception {
        Document page = page(mvc.perform(get("/network").with(viewer())).andExpect(status().isOk()).andReturn());

        assertThat(page.select(".lead").text()).endsWith(": 11 members, 17 interactions.");
        assertThat(page.select("#member-count").text()).isEqualTo("11 members.");
        assertThat(page.select("#members tbody tr").eachAttr("data-member")).containsExactly("amira", "basil", "dara",
                "geneva", "hanne", "hollin", "jisr", "kisumu", "lumen", "northbridge", "sanad");
        assertThat(page.select("#members tr[data-member=hollin] > *").eachText()).containsExactly(
                "Hollin Legal Aid Trust hollin", "Organisation", "Partner", "Key", "Legal", "GB", "—", "1 Aug 2026");
        assertThat(page.select("#members tr[data-member=dara] td[data-label=Last contact]").text()).isEqualTo("none");
        assertThat(page.select("#members tr[data-member=basil] td[data-label=Country]").text()).isEqualTo("—");
        assertThat(page.select("nav.pager")).isEmpty();
    }

    @Test
    void findsMembersByNameOrIdRoleTierAndSector() throws Exception {
        Document medical = page(mvc.perform(get("/network").param("q", " MEDICAL ").with(viewer())).andReturn());
        assertThat(medical.select("#members tbody tr").eachAttr("data-member")).containsExactly("jisr", "sanad");
        assertThat(medical.select("#member-count").text()).isEqualTo("2 members match.");
        assertThat(medical.select("#q").val()).isEqualTo("MEDICAL");

        assertThat(members("/network?role=PARTNER&tier=KEY")).containsExactly("hollin");
        assertThat(members("/network?sector=MEDIA")).containsExactly("amira", "basil");
        assertThat(members("/network?q=hol&role=ALLY")).isEmpty();
        assertThat(page(mvc.perform(get("/network?q=hol&role=ALLY").with(viewer())).andReturn())
                .select("#member-count").text()).isEqualTo("No member matches.");

        Document unread = page(mvc.perform(get("/network?sector=LAW").with(viewer())).andExpect(status().isOk()).andReturn());
        assertThat(unread.select("#sector ~ .field-error").text()).startsWith("'LAW' is not one of HUMAN_RIGHTS, HUMANITARIAN");
        assertThat(unread.select("#members tbody tr")).hasSize(11);
    }

    @Test
    void aHundredMembersAPageAndTheFiltersKeptFromPageToPage() throws Exception {
        KnownNetwork.store(mvc, "{\"members\": [" + IntStream.rangeClosed(1, 150)
                .mapToObj(i -> "{\"id\": \"m%03d\", \"kind\": \"PERSON\", \"roles\": [\"ALLY\"]}".formatted(i))
                .collect(Collectors.joining(", ")) + "]}");

        Document first = page(mvc.perform(get("/network?role=ALLY").with(viewer())).andReturn());
        assertThat(first.select("#members tbody tr")).hasSize(100);
        assertThat(first.select("nav.pager span").text()).isEqualTo("Members 1–100 of 150 (page 1 of 2)");
        assertThat(first.select("#next-page").attr("href")).isEqualTo("/network?role=ALLY&page=2");
        assertThat(first.select("#role option[selected]").text()).as("the filter stays chosen").isEqualTo("Ally");

        Document second = page(mvc.perform(get("/network?role=ALLY&page=2").with(viewer())).andReturn());
        assertThat(second.select("#members tbody tr").eachAttr("data-member")).hasSize(50).startsWith("m101").endsWith("m150");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/network?role=ALLY&page=1");
    }

    @Test
    void aMembersPageHasItsDetailsTodaysAlertsAndItsInteractionsNewestFirst() throws Exception {
        Document page = page(mvc.perform(get("/network/members/hollin").with(viewer())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Hollin Legal Aid Trust");
        assertThat(page.select("#member-facts dd").eachText()).containsExactly("hollin", "no owner",
                "not restricted", "with us before anything we record", "Organisation", "Partner", "Key", "Legal", "GB",
                "serving: not known; naming: not known", "as the country list says", "2,400,000 in the convenor's currency", "none",
                "no target");
        // Its last contact, on 1 Aug 2026, is far past a key partner's 30 days, whatever day the test runs on.
        assertThat(page.select("#member-alerts .alert-card.severity-critical").eachAttr("data-kind")).contains("NEGLECTED");
        assertThat(page.select("#timeline-heading").text()).isEqualTo("Interactions (3), newest first");
        assertThat(page.select("#timeline li").stream().map(li -> li.select("time").attr("datetime") + " "
                + li.select(".timeline-kind").text() + " " + li.select(".timeline-note").text()).toList())
                .containsExactly("2026-08-01 Meeting Agreed the court brief", "2026-07-20 Intel update ",
                        "2026-06-10 Convening ");
        assertThat(page.select("#timeline time").first().text()).isEqualTo("1 Aug 2026");

        Document dara = page(mvc.perform(get("/network/members/dara").with(viewer())).andReturn());
        assertThat(dara.select("#member-alerts .alert-card").eachAttr("data-kind")).containsExactly("NEVER_CONTACTED");
        assertThat(dara.select("#timeline-heading + .empty").text()).isEqualTo("No interaction is recorded with this member.");
    }

    @Test
    void aMemberThatIsNotStoredIsAPageSayingSo() throws Exception {
        Document page = page(mvc.perform(get("/network/members/nope").with(viewer())).andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.select("main").text()).contains("There is no member 'nope' in our network: it may have been erased.");
    }

    @Test
    void staffAddAMemberTypedAsPeopleTypeIt() throws Exception {
        Document form = page(mvc.perform(get("/network/members/new").with(staff())).andExpect(status().isOk()).andReturn());
        assertThat(form.select("h1").text()).isEqualTo("Add a member");
        assertThat(form.select("input[name=tier][checked]").val()).isEqualTo("STANDARD");
        assertThat(form.select("input[name=reaches]").eachAttr("value")).containsExactly("p5");
        assertThat(form.select("input[name=reaches] + span").text()).isEqualTo("A permanent member (Stop the bombing of hospitals)");
        assertThat(duplicateIds(form)).isEmpty();
        assertThat(form.select("input#joinedOn[type=date]").val()).as("today, in the office's day")
                .isEqualTo(LocalDate.now(clock).toString());
        assertThat(form.select("label[for=joinedOn]").text()).startsWith("Joined on");
        assertThat(form.select("label[for=incomeCurrency]").text()).startsWith("Income currency");
        assertThat(form.select("#annualIncome").parents().first().nextElementSibling().select("input#incomeCurrency"))
                .as("beside the income").hasSize(1);

        mvc.perform(newMember("wanjiru").param("country", " ke ").param("annualIncome", "1,200,000")
                .param("incomeCurrency", " kes ").param("reaches", "p5").param("joinedOn", "2026-12-01").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/wanjiru"))
                .andExpect(flash().attribute("notice", "Member added: Wanjiru Mathai."));

        Member added = member("wanjiru");
        assertThat(added).usingRecursiveComparison().ignoringFields("annualIncome").isEqualTo(new Member("wanjiru",
                "Wanjiru Mathai", MemberKind.PERSON, List.of(Role.ALLY, Role.DONOR), Tier.KEY,
                List.of(Sector.FAITH, Sector.PEACEBUILDING), "KE", null, null, null, List.of("p5"), null, LocalDate.of(2026, 12, 1),
                "KES"));
        assertThat(added.annualIncome()).isEqualByComparingTo("1200000");
    }

    @Test
    void whatCannotBeSavedIsSaidBesideItsFieldAndNothingIsSaved() throws Exception {
        StoredNetwork before = store.read();

        Document page = page(mvc.perform(post("/network/members").param("id", "a b").param("name", "Somebody")
                .param("annualIncome", "lots").param("globalSouth", "maybe").param("country", "Kenya")
                .param("incomeCurrency", "shillings").with(staff()).with(csrf())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#error-id").text()).startsWith("give the member an id of letters, digits");
        assertThat(page.select("#error-kind").text()).isEqualTo("is required");
        assertThat(page.select("#error-roles").text()).isEqualTo("must have at least one element");
        assertThat(page.select("#error-annualIncome").text()).isEqualTo("'lots' is not a number");
        assertThat(page.select("#error-globalSouth").text()).isEqualTo("'maybe' is not one of the choices");
        assertThat(page.select("#error-country").text()).isEqualTo("'KENYA' is not an ISO 3166-1 alpha-2 country code "
                + "(e.g. KE, GB; XK for Kosovo)");
        assertThat(page.select("#error-incomeCurrency").text())
                .isEqualTo("'SHILLINGS' is not an ISO 4217 currency code (e.g. GBP)");
        assertThat(page.select("#error-summary li")).hasSize(7);
        assertThat(page.select("#id").val()).isEqualTo("a b");
        assertThat(page.select("#annualIncome").val()).isEqualTo("lots");
        assertThat(page.select("#name").val()).isEqualTo("Somebody");
        assertThat(page.select("#country").val()).isEqualTo("Kenya");

        page = page(mvc.perform(newMember("hollin").with(staff()).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#error-id").text()).isEqualTo("a member with the id 'hollin' exists already: choose "
                + "another, or edit that one");
        assertThat(page.select("#error-summary li")).hasSize(1);

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void editingShowsTheMemberAndSavesItWholeUnderTheSameId() throws Exception {
        Document form = page(mvc.perform(get("/network/members/hollin/edit").with(staff())).andExpect(status().isOk()).andReturn());
        assertThat(form.select("h1").text()).isEqualTo("Edit member");
        assertThat(form.select("#id").hasAttr("readonly")).isTrue();
        assertThat(form.select("#name").val()).isEqualTo("Hollin Legal Aid Trust");
        assertThat(form.select("input[name=kind][checked]").val()).isEqualTo("ORGANISATION");
        assertThat(form.select("input[name=roles][checked]").eachAttr("value")).containsExactly("PARTNER");
        assertThat(form.select("input[name=tier][checked]").val()).isEqualTo("KEY");
        assertThat(form.select("#annualIncome").val()).isEqualTo("2400000");

        mvc.perform(post("/network/members/hollin").param("id", "other").param("name", "Hollin Legal Aid")
                .param("kind", "ORGANISATION").param("roles", "PARTNER").param("tier", "STANDARD").param("sectors", "LEGAL")
                .param("country", "GB").param("annualIncome", "2400000").param("feeWaiver", "true")
                .with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/hollin"))
                .andExpect(flash().attribute("notice", "Member saved: Hollin Legal Aid."));

        Member saved = member("hollin");
        assertThat(saved.name()).isEqualTo("Hollin Legal Aid");
        assertThat(saved.tier()).isEqualTo(Tier.STANDARD);
        assertThat(saved.feeWaiver()).isTrue();
        assertThat(member("other")).isNull();
        assertThat(store.read().interactions()).filteredOn(i -> i.memberId().equals("hollin")).hasSize(3);
    }

    @Test
    void erasingSaysWhatGoesThenErasesTheMemberAndItsPersonalData() throws Exception {
        Document confirm = page(mvc.perform(get("/network/members/sanad/erase").with(staff())).andExpect(status().isOk())
                .andReturn());
        assertThat(confirm.select("h1").text()).isEqualTo("Erase Sanad Medical Relief");
        assertThat(confirm.select("#erase-interactions, #erase-invitations, #erase-responses").eachText())
                .containsExactly("1 interaction", "1 coalition invitation", "1 response to an invitation");
        assertThat(confirm.select("form[action=/network/members/sanad/erase] button").text())
                .isEqualTo("Erase Sanad Medical Relief");

        mvc.perform(post("/network/members/sanad/erase").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network"))
                .andExpect(flash().attribute("notice", "Erased sanad with 1 interaction, 1 invitation and 1 response. "
                        + "The audit log keeps only that it happened and how many records."));

        StoredNetwork network = store.read();
        assertThat(member("sanad")).isNull();
        assertThat(network.interactions()).noneMatch(i -> i.memberId().equals("sanad"));
        assertThat(network.coalitions().get(0).invited()).containsExactly("jisr");
        assertThat(network.coalitions().get(0).responses()).isEmpty();
    }

    @Test
    void erasingAMemberErasedMeanwhileIsAPageSayingSo() throws Exception {
        mvc.perform(post("/network/members/sanad/erase").with(staff()).with(csrf())).andExpect(redirectedUrl("/network"));

        MvcResult again = mvc.perform(post("/network/members/sanad/erase").with(staff()).with(csrf()))
                .andExpect(status().isNotFound()).andReturn();

        assertThat(again.getResponse().getContentType()).startsWith("text/html");
        assertThat(page(again).select("main").text()).contains("There is no member 'sanad' in our network");
    }

    @Test
    void staffImportMembersAndInteractionsFromCsv() throws Exception {
        mvc.perform(importing("members", "members.csv", """
                id,name,kind,roles,sectors
                hollin,Hollin Legal Aid,ORGANISATION,PARTNER,LEGAL;HUMAN_RIGHTS
                tomas,Tomás Reyes,PERSON,JOURNALIST,MEDIA
                """).with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network"))
                .andExpect(flash().attribute("notice", "Imported members.csv: 1 new member, 1 member updated. The file has"
                        + " no joinedOn column, so these members have no joining day: the alerts treat them as with us"
                        + " before anything we record."));
        assertThat(member("tomas").joinedOn()).isNull();
        mvc.perform(importing("members", "joined.csv", """
                id,name,kind,roles,joinedOn
                newcomer,Newcomer,ORGANISATION,PARTNER,2026-12-01
                """).with(staff()).with(csrf()))
                .andExpect(flash().attribute("notice", "Imported joined.csv: 1 new member, 0 members updated."));
        assertThat(member("newcomer").joinedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(page(mvc.perform(get("/network/members/newcomer").with(viewer())).andReturn())
                .select("#member-joined").text()).isEqualTo("1 Dec 2026");
        assertThat(page(mvc.perform(get("/network/members/tomas").with(viewer())).andReturn())
                .select("#member-joined").text()).isEqualTo("with us before anything we record");
        mvc.perform(importing("interactions", "contacts.csv", """
                memberId,date,kind,note
                tomas,2026-11-02,CALL,First call
                tomas,2099-01-15,MEETING,Lunch in Geneva
                basil,2026-09-12,CALL,
                """).with(staff()).with(csrf()))
                .andExpect(flash().attribute("notice", "Imported contacts.csv: 2 new interactions; 1 already stored, skipped."));

        assertThat(member("hollin").sectors()).containsExactly(Sector.LEGAL, Sector.HUMAN_RIGHTS);
        Document tomas = page(mvc.perform(get("/network/members/tomas").with(viewer())).andReturn());
        assertThat(tomas.select("h1").text()).isEqualTo("Tomás Reyes");
        assertThat(tomas.select("#timeline li").stream().map(li -> li.select("time, .timeline-kind, .tag, .timeline-note")
                .eachText()).toList()).containsExactly(List.of("15 Jan 2099", "Meeting", "planned", "Lunch in Geneva"),
                        List.of("2 Nov 2026", "Call", "First call"));
        assertThat(tomas.select("#timeline li .timeline-recorded").eachText()).as("the importer, in the office's zone")
                .allMatch(recorded -> recorded.matches("recorded by sam on \\d{1,2} \\w{3} \\d{4} at \\d\\d:\\d\\d"));
        assertThat(tomas.select("#timeline li").first().hasClass("future")).isTrue();
    }

    @Test
    void theImportListsItsColumnsWithTheirWordsAndOffersATemplateThatImportsAsItIs() throws Exception {
        Document page = page(mvc.perform(get("/network").with(staff())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#member-columns tr[data-column]").eachAttr("data-column")).containsExactly("id", "name",
                "kind", "roles", "tier", "sectors", "country", "globalSouth", "annualIncome", "feeWaiver", "reaches",
                "owner", "joinedOn", "incomeCurrency", "restricted", "sharedWith", "serving", "publiclyNameable");
        assertThat(page.select("#member-columns tr[data-column=kind] .allowed").text()).isEqualTo("Organisation, Person");
        assertThat(page.select("#member-columns tr[data-column=roles]").text()).contains("required")
                .contains("a list: separate values with ;");

        MvcResult template = mvc.perform(get(page.select("#members-template").attr("href")).with(staff()))
                .andExpect(status().isOk()).andReturn();
        assertThat(template.getResponse().getContentType()).startsWith("text/csv");
        String csv = template.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        mvc.perform(importing("members", "members.csv", csv).with(staff()).with(csrf()))
                .andExpect(flash().attribute("notice", "Imported members.csv: 2 new members, 0 members updated."));
        assertThat(page(mvc.perform(get("/network?q=nairobi-rights").with(staff())).andReturn())
                .select("#member-count").text()).isEqualTo("1 member matches.");
    }

    @Test
    void membersWithoutANameAreImportedAndTheNoticeSaysWhich() throws Exception {
        mvc.perform(importing("members", "members.csv", "id,kind,roles,joinedOn\nno-name,person,ally,\n").with(staff()).with(csrf()))
                .andExpect(flash().attribute("notice", "Imported members.csv: 1 new member, 0 members updated. 1 member "
                        + "has no name and shows by id: no-name."));
    }

    @Test
    void aRefusedFileIsListedByLineAndColumnAndNothingIsImported() throws Exception {
        StoredNetwork before = store.read();

        MvcResult refused = mvc.perform(importing("members", "members.csv", """
                id,name,kind,roles
                ok,Fine,PERSON,ALLY
                bad,Bad,COMPANY,ALLY
                worse,Worse,PERSON,FRIEND
                """).with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network#import"))
                .andExpect(flash().attribute("alert", "Nothing was imported: members.csv has 2 problems, listed below."))
                .andReturn();

        assertThat(store.read()).as("nothing written").isSameAs(before);
        Document page = page(mvc.perform(get("/network").flashAttrs(refused.getFlashMap()).with(staff())).andReturn());
        assertThat(page.select("#problems-heading").text()).isEqualTo("Why members.csv was not imported");
        assertThat(page.select("#import-problems .problem-row").stream().map(row -> row.select("td").eachText()).toList())
                .containsExactly(List.of("3", "kind", "'COMPANY' is not allowed; use one of Organisation, Person (in any case)"),
                        List.of("4", "roles", "'FRIEND' is not allowed; use one of Partner, Prospect, Journalist, "
                                + "Policy maker, Donor, Ally (in any case)"));

        refused = mvc.perform(multipart("/network/import/interactions").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network#import")).andReturn();
        page = page(mvc.perform(get("/network").flashAttrs(refused.getFlashMap()).with(staff())).andReturn());
        assertThat(page.select("#problems-heading").text()).isEqualTo("No file was chosen");
        assertThat(page.select("#import-problems .problem-message").text()).isEqualTo("choose a CSV file to import");

        mvc.perform(importing("coalitions", "k.csv", "id\nk2\n").with(staff()).with(csrf())).andExpect(status().isNotFound());
        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void aViewerSeesNoEditControlsAndIsRefusedEveryChange() throws Exception {
        Document list = page(mvc.perform(get("/network").with(viewer())).andReturn());
        assertThat(list.select("#new-member, #import, input[type=file]")).isEmpty();
        assertThat(changeForms(list)).isEmpty();
        Document member = page(mvc.perform(get("/network/members/hollin").with(viewer())).andReturn());
        assertThat(member.select("#edit-member, #erase-member, a[href*=/edit], a[href$=/erase]")).isEmpty();
        assertThat(changeForms(member)).isEmpty();
        for (String form : List.of("/network/members/new", "/network/members/hollin/edit", "/network/members/hollin/erase")) {
            mvc.perform(get(form).with(viewer())).andExpect(status().isForbidden());
        }
        StoredNetwork before = store.read();

        for (AbstractMockHttpServletRequestBuilder<?> change : changes()) {
            mvc.perform(change.with(viewer()).with(csrf())).andExpect(status().isForbidden());
        }

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void staffSeeTheEditControlsAndAnOperatorNoPage() throws Exception {
        Document list = page(mvc.perform(get("/network").with(staff())).andReturn());
        assertThat(list.select("#new-member").attr("href")).isEqualTo("/network/members/new");
        assertThat(list.select("#import form").eachAttr("action"))
                .containsExactly("/network/import/members", "/network/import/interactions");
        assertThat(duplicateIds(list)).isEmpty();
        Document member = page(mvc.perform(get("/network/members/hollin").with(staff())).andReturn());
        assertThat(member.select("#edit-member").attr("href")).isEqualTo("/network/members/hollin/edit");
        assertThat(member.select("#erase-member").attr("href")).isEqualTo("/network/members/hollin/erase");

        for (String path : List.of("/network", "/network/members/hollin", "/network/members/new")) {
            mvc.perform(get(path).with(operator())).andExpect(status().isForbidden());
        }
    }

    @Test
    void aChangePostedWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        StoredNetwork before = store.read();

        for (AbstractMockHttpServletRequestBuilder<?> change : changes()) {
            mvc.perform(change.with(staff())).andExpect(status().isForbidden());
        }

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    /** Every change the network's pages post, each one that would be saved. */
    static List<AbstractMockHttpServletRequestBuilder<?>> changes() {
        return List.of(newMember("wanjiru"),
                post("/network/members/hollin").param("name", "Renamed").param("kind", "ORGANISATION").param("roles", "PARTNER"),
                post("/network/members/hollin/erase"),
                importing("members", "members.csv", "id,kind,roles\nwanjiru,PERSON,ALLY\n"),
                importing("interactions", "contacts.csv", "memberId,date,kind\ndara,2026-11-20,CALL\n"));
    }

    static MockHttpServletRequestBuilder newMember(String id) {
        return post("/network/members").param("id", id).param("name", "Wanjiru Mathai").param("kind", "PERSON")
                .param("roles", "ALLY", "DONOR").param("tier", "KEY").param("sectors", "FAITH", "PEACEBUILDING")
                .param("globalSouth", "");
    }

    static MockMultipartHttpServletRequestBuilder importing(String what, String name, String csv) {
        return multipart("/network/import/" + what).file(new MockMultipartFile("file", name, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
    }

    List<String> members(String path) throws Exception {
        return page(mvc.perform(get(path).with(viewer())).andReturn()).select("#members tbody tr").eachAttr("data-member");
    }

    Member member(String id) {
        return store.read().members().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }
}
