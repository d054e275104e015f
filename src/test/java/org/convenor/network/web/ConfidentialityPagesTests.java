package org.convenor.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.console.KnownNetwork.editor;
import static org.convenor.console.KnownNetwork.page;
import static org.convenor.console.KnownNetwork.staff;
import static org.convenor.console.KnownNetwork.viewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.convenor.StaffForTests;
import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Restricted members and confidential notes on every page: Hollin (restricted, owned by sam, shared with ana) and
 * Hanne Berg (restricted, sam's alone) are absent for victor (VIEWER) and ben (EDITOR), present for their owner
 * and for whom they are shared with; Amira's first note is confidential. Every member stays owned by sam, who
 * stores each test's network, so nothing is kept hidden from the next test.
 */
@ConsolePageTest
class ConfidentialityPagesTests {

    static final String NETWORK = KnownNetwork.JSON
            .replace("\"annualIncome\": 2400000},", "\"annualIncome\": 2400000, \"owner\": \"sam\", \"restricted\": true,"
                    + " \"sharedWith\": [\"ana\"]},")
            .replace("\"sectors\": [\"DIPLOMATIC\"], \"country\": \"NO\"}", "\"sectors\": [\"DIPLOMATIC\"], \"country\": \"NO\","
                    + " \"owner\": \"sam\", \"restricted\": true}")
            .replace("\"country\": \"LB\"},", "\"country\": \"LB\", \"owner\": \"sam\", \"sharedWith\": [\"ana\"]},")
            .replace("\"note\": \"Sources on the port\"}", "\"note\": \"Sources on the port\", \"confidential\": true}");

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void network() throws Exception {
        assertThat(NETWORK).contains("\"restricted\": true, \"sharedWith\"", "\"confidential\": true",
                "\"owner\": \"sam\", \"restricted\": true}");
        KnownNetwork.store(mvc, NETWORK);
    }

    @Test
    void theNetworkAndAMembersPageShowOnlyWhomTheReaderMaySee() throws Exception {
        assertThat(read("/network", viewer()).text()).doesNotContain("Hollin", "Hanne").contains("Amira Haddad");
        assertThat(read("/network", staff()).text()).contains("Hollin", "Hanne");
        mvc.perform(get("/network/members/hollin").with(viewer())).andExpect(status().isNotFound());
        mvc.perform(get("/network/members/hollin/edit").with(second())).andExpect(status().isNotFound());
        mvc.perform(get("/network/members/hollin/erase").with(second())).andExpect(status().isNotFound());
        Document owners = read("/network/members/hollin", staff());
        assertThat(owners.select("#member-confidentiality").text()).startsWith("restricted").contains("shared with ana");

        Document withheld = read("/network/members/amira", viewer());
        assertThat(withheld.text()).doesNotContain("Sources on the port").contains("A confidential note you may not read.");
        Document shared = read("/network/members/amira", editor());
        assertThat(shared.text()).contains("Sources on the port");
        assertThat(shared.select("#timeline .tag").eachText()).contains("confidential");
        assertThat(read("/network/members/hollin", editor()).select("h1").text()).isEqualTo("Hollin Legal Aid Trust");

        Document log = read("/network/reads", admin());
        assertThat(log.select("#reads tr[data-user]").eachAttr("data-member")).containsExactly("hollin", "amira");
        assertThat(log.select("#reads tr[data-user]").eachAttr("data-user")).containsOnly(StaffForTests.EDITOR);
        mvc.perform(get("/network/reads").with(viewer())).andExpect(status().isForbidden());
    }

    @Test
    void theListFindsCountsAndPagesOnlyTheMembersItsReaderMaySee() throws Exception {
        Document viewers = read("/network", viewer());
        assertThat(viewers.select("#member-count").text()).isEqualTo("9 members.");
        assertThat(viewers.select("#members tbody tr").eachAttr("data-member")).hasSize(9)
                .doesNotContain("hollin", "hanne");
        assertThat(read("/network", staff()).select("#member-count").text()).isEqualTo("11 members.");
        assertThat(read("/network?owner=sam", viewer()).select("#members tbody tr").eachAttr("data-member"))
                .containsExactly("amira");
        assertThat(read("/network?owner=sam", staff()).select("#member-count").text()).isEqualTo("3 members match.");
        assertThat(read("/network?q=hollin", viewer()).select("#member-count").text()).isEqualTo("No member matches.");
        assertThat(read("/network?q=hollin", editor()).select("#member-count").text()).as("shared with ana")
                .isEqualTo("1 member matches.");
        assertThat(read("/network?q=hollin", second()).select("#member-count").text()).isEqualTo("No member matches.");
        assertThat(lead(viewers)).as("hidden members' interactions are not counted either")
                .isLessThan(lead(read("/network", staff())));

        KnownNetwork.store(mvc, "{\"members\": [" + IntStream.rangeClosed(1, 150)
                .mapToObj(i -> ("{\"id\": \"m%03d\", \"kind\": \"PERSON\", \"roles\": [\"ALLY\"]"
                        + (i % 5 == 0 ? ", \"owner\": \"sam\", \"restricted\": true}" : "}")).formatted(i))
                .collect(Collectors.joining(", ")) + "]}");
        Document second = read("/network?page=2", viewer());
        assertThat(second.select("nav.pager span").text()).isEqualTo("Members 101–120 of 120 (page 2 of 2)");
        assertThat(second.select("#members tbody tr").eachAttr("data-member")).hasSize(20).startsWith("m126")
                .noneMatch(id -> Integer.parseInt(id.substring(1)) % 5 == 0);
        assertThat(read("/network?page=9", staff()).select("nav.pager span").text())
                .as("a page past the end is the last").isEqualTo("Members 101–150 of 150 (page 2 of 2)");
    }

    /** The interactions the list's lead sentence counts. */
    private static int lead(Document page) {
        String lead = page.select("p.lead").text();
        return Integer.parseInt(lead.replaceAll(".* members, ([0-9,]+) interactions.*", "$1").replace(",", ""));
    }

    @Test
    void theFeeBookAndItsInvoicesCountHollinButListItOnlyForWhoMaySeeIt() throws Exception {
        Document viewers = read("/fees", viewer());
        Document owners = read("/fees", staff());

        assertThat(viewers.select("#total").text()).isEqualTo(owners.select("#total").text()
                + " (includes 2 restricted, not listed for you; the share counts them too)");
        assertThat(viewers.text()).doesNotContain("Hollin");
        assertThat(owners.text()).contains("Hollin");
        String hidden = mvc.perform(get("/fees/invoices.csv").with(viewer())).andReturn().getResponse()
                .getContentAsString();
        String shown = mvc.perform(get("/fees/invoices.csv").with(staff())).andReturn().getResponse()
                .getContentAsString();
        assertThat(hidden).doesNotContain("hollin").contains("northbridge");
        assertThat(shown).contains("hollin", "northbridge");
    }

    @Test
    void thisWeekAndTheCampaignNeverNameWhomTheReaderMayNotSee() throws Exception {
        String week = "/?asOf=" + KnownNetwork.AS_OF;
        assertThat(read(week, viewer()).text()).doesNotContain("Hollin").contains("Amira Haddad");
        assertThat(read(week, staff()).text()).contains("Hollin");

        String campaign = "/campaigns/hospitals?asOf=" + KnownNetwork.AS_OF;
        assertThat(read(campaign, staff()).text()).contains("Hanne Berg");
        assertThat(read(campaign, second()).text()).doesNotContain("Hanne");
    }

    private Document read(String path, RequestPostProcessor who) throws Exception {
        return page(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn());
    }

    private static RequestPostProcessor second() {
        return user(StaffForTests.SECOND_EDITOR).roles("EDITOR");
    }

    private static RequestPostProcessor admin() {
        return user(StaffForTests.ADMIN).roles("ADMIN");
    }
}
