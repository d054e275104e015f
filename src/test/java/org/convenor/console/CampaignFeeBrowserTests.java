package org.convenor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Campaigns and the fee book in a real browser, on the demo network: a campaign whose first recommended voice
 * nobody in the network can lend (the gap, its warning and the chart that shows it), a new campaign made with
 * the form, and the fee book's share of our income against the rules' 8% and 10% lines. The pages are compared
 * with what the API answers for the same network.
 */
@BrowserTest
class CampaignFeeBrowserTests {

    /** The demo's campaign that needs military voices, which none of our partners, allies or prospects has. */
    static final String HOSPITALS = "hospitals-are-not-targets";

    static RunningApp app;

    @BeforeAll
    static void start() {
        app = ConsoleDemo.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theCampaignsAreListedWithTheirConflictThemesAndTargets() {
        JsonNode campaigns = ConsoleDemo.api(app, "/api/network").get("campaigns");
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.VIEWER)) {
            browser.open("/campaigns");

            assertThat(browser.text("h1")).isEqualTo("Campaigns");
            assertThat(browser.text("#campaigns-caption")).isEqualTo(campaigns.size() + " campaigns");
            assertThat(browser.all("#campaigns tbody tr").stream().map(row -> row.getAttribute("data-campaign")).toList())
                    .containsExactlyElementsOf(campaigns.valueStream().map(c -> c.get("id").asString()).toList());
            JsonNode hospitals = campaigns.valueStream().filter(c -> c.get("id").asString().equals(HOSPITALS))
                    .findFirst().orElseThrow();
            String row = "#campaigns tr[data-campaign=" + HOSPITALS + "] ";
            assertThat(browser.text(row + "th a")).isEqualTo(hospitals.get("name").asString());
            assertThat(browser.text(row + "td[data-label=Themes]")).isEqualTo("Attacks on healthcare, Protection of civilians");
            assertThat(browser.text(row + "td[data-label=Targets]")).contains(hospitals.at("/targets/0/name").asString());
            assertThat(browser.all("#new-campaign")).as("a VIEWER makes no campaign").isEmpty();
            browser.screenshot("campaigns");

            browser.clickThrough(row + "th a");
            assertThat(browser.path()).isEqualTo("/campaigns/" + HOSPITALS);
        }
    }

    @Test
    void aCampaignShowsTheVoiceNobodyCanLendAsAGapWithItsWarningAndTheChartCountsWhoHoldsEachSector() {
        JsonNode answer = ConsoleDemo.api(app, "/api/campaigns/" + HOSPITALS + "/recommendations");
        JsonNode first = answer.get("recommendations").get(0);
        assertThat(first.get("sector").asString()).isEqualTo("MILITARY");
        assertThat(first.get("gap").asBoolean()).isTrue();
        JsonNode warning = answer.get("warnings").valueStream()
                .filter(w -> w.get("kind").asString().equals("NO_CONNECTIONS")).findFirst().orElseThrow();
        JsonNode members = ConsoleDemo.api(app, "/api/network").get("members");
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.VIEWER)) {
            browser.open("/campaigns/" + HOSPITALS);

            assertThat(browser.text("h1")).isEqualTo("Hospitals are not targets");
            assertThat(browser.text("#warnings li[data-kind=NO_CONNECTIONS][data-sector=MILITARY]"))
                    .isEqualTo("No connections (Military): " + warning.get("message").asString());
            List<String> ranked = browser.all(".sector-card").stream().map(card -> card.getAttribute("data-sector")).toList();
            assertThat(ranked).containsExactlyElementsOf(
                    answer.get("recommendations").valueStream().map(r -> r.get("sector").asString()).toList());
            WebElement military = browser.find(".sector-card[data-sector=MILITARY]");
            assertThat(military.findElement(By.cssSelector("h3")).getText()).startsWith("1. Military")
                    .contains("gap: no voice we can ask");
            assertThat(military.findElement(By.cssSelector(".sector-warning")).getText())
                    .isEqualTo("No connections: " + warning.get("message").asString());
            assertThat(military.findElements(By.cssSelector(".candidates"))).isEmpty();
            JsonNode medical = answer.get("recommendations").get(1);
            assertThat(browser.text(".sector-card[data-sector=" + medical.get("sector").asString() + "] .candidates summary"))
                    .isEqualTo(medical.get("candidates").size() + " candidates");

            long holdMilitary = holding(members, "MILITARY");
            assertThat(holdMilitary).as("journalists and policy-makers on military affairs, none a voice").isPositive();
            assertThat(browser.find("figure.chart svg").getAttribute("role")).isEqualTo("img");
            assertThat(browser.text("g[data-sector-bar='1. Military'] .chart-count")).isEqualTo(holdMilitary + ", none a voice");
            assertThat(browser.find("#chart-desc").getAttribute("textContent")).startsWith("1. Military: " + holdMilitary
                    + " members (a gap: none of them a voice we can ask); 2. " + words(medical.get("sector").asString())
                    + ": " + holding(members, medical.get("sector").asString()) + " members");
            assertThat(browser.all("#targets tbody tr")).hasSize(2);
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("campaign");
        }
    }

    @Test
    void staffMakeACampaignWithTheFormAndItsPageShowsTheGapItOpens() {
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/campaigns").clickThrough("#new-campaign");
            assertThat(browser.text("h1")).isEqualTo("New campaign");
            assertThat(browser.all(".target-row")).hasSize(2);
            browser.find("#id").sendKeys("red-sea-ports");
            browser.find("#name").sendKeys("Keep the Red Sea ports open");
            browser.find("input[name=themes][value=HUMANITARIAN_ACCESS]").click();
            browser.find("#target-0-id").sendKeys("red-sea-naval-command");
            browser.find("#target-0-name").sendKeys("The coalition's naval command");
            new Select(browser.find("#target-0-kind")).selectByValue("MILITARY_COMMAND");
            browser.find("input[name='targets[0].listensTo'][value=MILITARY]").click();
            browser.clickThrough("#add-target");

            assertThat(browser.all(".target-row")).as("one more row, no script needed").hasSize(3);
            assertThat(browser.find("#target-0-id").getAttribute("value")).isEqualTo("red-sea-naval-command");
            browser.find("#target-1-id").sendKeys("red-sea-port-authority");
            browser.find("#target-1-name").sendKeys("The ports' government");
            new Select(browser.find("#target-1-kind")).selectByValue("HEAD_OF_GOVERNMENT");
            browser.find("input[name='targets[1].listensTo'][value=HUMANITARIAN]").click();
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("campaign-form");
            browser.clickThrough("#save");

            assertThat(browser.path()).isEqualTo("/campaigns/red-sea-ports");
            assertThat(browser.text(".flash-ok")).isEqualTo("Campaign created: Keep the Red Sea ports open.");
            assertThat(browser.text("#warnings li[data-sector=MILITARY]")).startsWith("No connections (Military): ");
            assertThat(browser.text(".sector-card[data-sector=MILITARY] h3")).contains("gap: no voice we can ask");
            assertThat(browser.all("#targets tbody tr")).hasSize(2);
        }
        JsonNode answer = ConsoleDemo.api(app, "/api/campaigns/red-sea-ports/recommendations");
        assertThat(answer.get("warnings").valueStream()
                .anyMatch(w -> w.get("kind").asString().equals("NO_CONNECTIONS") && w.get("sector").asString().equals("MILITARY")))
                .isTrue();
    }

    @Test
    void theFeeBookShowsItsShareOfOurIncomeAgainstTheWarningAndCapLinesAndFollowsARecordedIncome() {
        JsonNode book = ConsoleDemo.api(app, "/api/fees/assessments");
        JsonNode portfolio = book.get("portfolio");
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/fees");

            assertThat(browser.text("h1")).isEqualTo("Fee book");
            String share = percent(portfolio.get("share").decimalValue());
            assertThat(share).isEqualTo("2.9%");
            assertThat(browser.text("#share")).isEqualTo("Fees are " + share
                    + " of our income: within the cap (a warning from 8%, the cap at 10%).");
            assertThat(browser.text(".meter .label-warning")).isEqualTo("8% warning");
            assertThat(browser.text(".meter .label-cap")).isEqualTo("10% cap");
            assertThat(browser.find(".meter").getAttribute("aria-label")).isEqualTo("Fees are " + share
                    + " of our income; the warning line is at 8%, the cap at 10%");
            assertThat(left(browser, ".line-warning")).isLessThan(left(browser, ".line-cap"));
            assertThat(width(browser, ".meter-fill")).isLessThan(left(browser, ".line-warning"));
            // The demo's restricted member belongs to another user: the total counts it, and says so.
            assertThat(browser.text("#total")).isEqualTo("£" + String.format(Locale.UK, "%,d",
                    portfolio.get("totalFees").asLong()) + " (includes 1 restricted, not listed for you; the share"
                    + " counts them too)");
            assertThat(browser.text("#income")).isEqualTo("£2,600,000");
            int notCounted = portfolio.get("notCounted").size();
            assertThat(browser.text("#not-counted")).startsWith(notCounted
                    + (notCounted == 1 ? " partner whose" : " partners whose") + " fee is not known yet: ");
            assertThat(browser.all("#not-counted a").stream().map(a -> a.getAttribute("href").replaceFirst(".*/", "")).toList())
                    .containsExactlyInAnyOrderElementsOf(portfolio.get("notCounted").valueStream().map(JsonNode::asString).toList());
            assertThat(browser.all("#needs-information li").stream().map(li -> li.getAttribute("data-member")).toList())
                    .containsExactlyInAnyOrderElementsOf(book.get("assessments").valueStream()
                            .filter(a -> a.get("status").asString().equals("NEEDS_INFORMATION"))
                            .map(a -> a.get("memberId").asString()).toList());
            assertThat(browser.all("#assessments tbody tr")).isNotEmpty();
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("fees");

            long total = portfolio.get("totalFees").asLong();
            recordIncome(browser, "900,000");
            assertThat(browser.text("#share")).isEqualTo("Fees are " + percent(BigDecimal.valueOf(total)
                    .divide(BigDecimal.valueOf(900_000), 6, RoundingMode.HALF_EVEN))
                    + " of our income: close to the cap (a warning from 8%, the cap at 10%).");
            assertThat(width(browser, ".meter-fill")).isBetween(left(browser, ".line-warning"), left(browser, ".line-cap"));
            recordIncome(browser, "700000");
            assertThat(browser.text("#share")).contains("over the cap");
            assertThat(width(browser, ".meter-fill")).isGreaterThan(left(browser, ".line-cap"));
            recordIncome(browser, "2600000");
            assertThat(browser.text("#share")).startsWith("Fees are " + share + " of our income: within the cap");
        }
    }

    /** Opens "Change our recorded income", types the amount over the old one and presses Enter. */
    private static void recordIncome(Browser browser, String amount) {
        browser.find("#income-form summary").click();
        WebElement income = browser.find("#annualIncome");
        income.clear();
        income.sendKeys(amount);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("annualIncome");
        browser.typeThrough(Keys.ENTER);
        assertThat(browser.text(".flash-ok")).isEqualTo("Our income is recorded: the fee book is measured against it.");
    }

    /** As the fee book writes a share: two decimals under 10%, one from there, no trailing zeros. */
    static String percent(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2);
        return percent.setScale(percent.compareTo(BigDecimal.TEN) < 0 ? 2 : 1, RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString() + "%";
    }

    private static double left(Browser browser, String css) {
        WebElement line = browser.find(".meter " + css);
        return line.getRect().getX() - browser.find(".meter-track").getRect().getX();
    }

    private static double width(Browser browser, String css) {
        return browser.find(".meter " + css).getRect().getWidth();
    }

    private static long holding(JsonNode members, String sector) {
        return members.valueStream().filter(m -> m.get("sectors").valueStream().anyMatch(s -> s.asString().equals(sector)))
                .count();
    }

    private static String words(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
