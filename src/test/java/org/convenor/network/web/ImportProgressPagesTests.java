package org.convenor.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.console.KnownNetwork.page;
import static org.convenor.console.KnownNetwork.staff;
import static org.convenor.console.KnownNetwork.viewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.convenor.network.store.NetworkStore;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A large file imported from the network page runs in the background, on a page of its own that shows how far it
 * has got and then what it did, or why nothing was imported; only whoever started it sees it.
 */
@ConsolePageTest
class ImportProgressPagesTests {

    /** Enough rows to pass the 1 MB above which an import runs in the background. */
    private static final int ROWS = 16_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    NetworkStore store;

    @BeforeEach
    void knownNetwork() throws Exception {
        KnownNetwork.store(mvc);
    }

    @Test
    void aLargeFileIsImportedInTheBackgroundOnAPageOfItsOwn() throws Exception {
        int before = store.read().interactions().size();
        String progress = mvc.perform(NetworkPagesTests.importing("interactions", "contacts.csv", contacts(null))
                .with(staff()).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(progress).startsWith("/network/imports/");

        Document done = finished(progress);

        assertThat(done.select("h1").text()).isEqualTo("Importing contacts.csv");
        assertThat(done.select("#import-notice").text())
                .isEqualTo("Imported contacts.csv: 16000 new interactions; 0 already stored, skipped.");
        assertThat(store.read().interactions()).hasSize(before + ROWS);
        Document mine = page(mvc.perform(get("/network/imports").with(staff())).andReturn());
        assertThat(mine.select("#imports li").eachText()).containsExactly("contacts.csv: imported");
        mvc.perform(get(progress).with(viewer())).andExpect(status().isNotFound());
        assertThat(page(mvc.perform(get("/network/imports").with(viewer())).andReturn()).select("#no-imports"))
                .hasSize(1);
    }

    @Test
    void aLargeFileRefusedSaysWhyByLineAndColumnAndNothingIsImported() throws Exception {
        int before = store.read().interactions().size();
        String progress = mvc.perform(NetworkPagesTests.importing("interactions", "contacts.csv", contacts(9_000))
                .with(staff()).with(csrf())).andReturn().getResponse().getRedirectedUrl();

        Document refused = finished(progress);

        assertThat(refused.select("#import-problems h2").text()).isEqualTo("Why contacts.csv was not imported");
        assertThat(refused.select(".problem-row").stream().map(row -> row.select("td").eachText()).toList())
                .containsExactly(java.util.List.of("9002", "memberId", "unknown member id 'nobody': it is not in members"));
        assertThat(store.read().interactions()).hasSize(before);
    }

    /** The progress page, read until what it shows is finished (it asks the browser to look again till then). */
    private Document finished(String progress) throws Exception {
        for (int look = 0; look < 1200; look++) {
            Document page = page(mvc.perform(get(progress).with(staff())).andExpect(status().isOk()).andReturn());
            if (page.select("[data-refresh-seconds]").isEmpty()) {
                return page;
            }
            assertThat(page.select("#rows-read, #rows-stored, #time-left")).hasSize(3);
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    /** Calls to basil, one a row, each note distinct; the row after {@code bad} data lines names no stored member. */
    private static String contacts(Integer bad) {
        StringBuilder csv = new StringBuilder("memberId,date,kind,note\n");
        for (int i = 0; i < ROWS; i++) {
            String member = bad != null && i == bad ? "nobody" : "basil";
            csv.append(member).append(',').append(LocalDate.of(2025, 1, 1).plusDays(i % 600)).append(",CALL,")
                    .append("A call about the coalition's next steps: number ").append(i).append('\n');
        }
        assertThat(csv.length()).isGreaterThan(ImportPage.BACKGROUND_BYTES);
        return csv.toString();
    }
}
