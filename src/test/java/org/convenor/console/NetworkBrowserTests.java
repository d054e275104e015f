package org.convenor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The network pages in a real browser, on the demo network: the members and a search, a member's page, adding,
 * editing and erasing a member, and a CSV import refused for one bad row. Each test compares the page with what
 * the API answers at that moment and works on members no other test changes, so they pass in any order; they run
 * in this one so that the screenshots show the demo network before anything is added, erased or imported.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkBrowserTests {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    static RunningApp app;

    @TempDir
    static Path files;

    @BeforeAll
    static void start() {
        // The import form's own limit at the request limit's, so a 17 MB file shows the refusal.
        app = ConsoleDemo.start("--convenor.limits.max-import-size=16MB");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void theNetworkCountsItsMembersAndFindsOneByPartOfItsNameWithTheKeyboard() {
        JsonNode network = ConsoleDemo.api(app, "/api/network");
        int members = network.get("members").size();
        JsonNode wanted = network.get("members").get(0);
        String id = wanted.get("id").asString();
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.VIEWER)) {
            browser.open("/network");

            assertThat(browser.text("h1")).isEqualTo("Network");
            assertThat(browser.text(".lead")).isEqualTo("Our members, their contact history and current alerts: "
                    + members + " members, " + String.format(Locale.US, "%,d", network.get("interactions").size())
                    + " interactions.");
            assertThat(browser.text("#member-count")).isEqualTo(members + " members.");
            assertThat(browser.all("#members tbody tr")).hasSize(Math.min(members, 100));
            assertThat(browser.text(".pager span")).isEqualTo("Members 1–100 of " + members + " (page 1 of "
                    + (members + 99) / 100 + ")");
            assertThat(browser.unlabelledControls()).isEmpty();
            assertThat(browser.all("#import")).as("a VIEWER imports nothing").isEmpty();
            browser.screenshot("network");

            String name = wanted.get("name").asString();
            browser.find("#q").sendKeys(name.substring(0, name.length() - 1).toUpperCase(Locale.ROOT));
            browser.typeThrough(Keys.ENTER);

            assertThat(browser.text("#member-count")).isEqualTo("1 member matches.");
            WebElement row = browser.find("#members tbody tr");
            assertThat(row.getAttribute("data-member")).isEqualTo(id);
            assertThat(browser.text("#members tbody tr th a")).isEqualTo(name);
            assertThat(browser.text("#members tbody tr td[data-label='Last contact']"))
                    .isEqualTo(lastContact(network, id).format(DAY));
        }
    }

    @Test
    @Order(2)
    void aMembersPageShowsItsDetailsTodaysAlertsAndItsInteractionsNewestFirst() {
        JsonNode alert = ConsoleDemo.api(app, "/api/relationships/alerts").get("alerts").get(0);
        String id = alert.get("memberId").asString();
        JsonNode network = ConsoleDemo.api(app, "/api/network");
        JsonNode member = ConsoleDemo.member(app, id);
        List<JsonNode> interactions = network.get("interactions").valueStream()
                .filter(i -> i.get("memberId").asString().equals(id)).toList();
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.VIEWER)) {
            browser.open("/network?q=" + id).clickThrough("#members tbody tr[data-member='" + id + "'] th a");

            assertThat(browser.path()).isEqualTo("/network/members/" + id);
            assertThat(browser.text("h1")).isEqualTo(member.get("name").asString());
            assertThat(browser.text("#member-facts code")).isEqualTo(id);
            assertThat(browser.text("#member-roles").toUpperCase(Locale.ROOT).replaceAll("[ -]", "_"))
                    .isEqualTo(String.join(", ", member.get("roles").valueStream().map(JsonNode::asString).toList()));
            assertThat(browser.all("#member-alerts li").stream().map(li -> li.getAttribute("data-kind")).toList())
                    .contains(alert.get("kind").asString());
            assertThat(browser.text("#member-alerts li[data-kind=" + alert.get("kind").asString() + "] dd"))
                    .isEqualTo(alert.get("message").asString());
            assertThat(browser.text("#timeline-heading")).isEqualTo("Interactions (" + interactions.size()
                    + "), newest first");
            assertThat(browser.all("#timeline li")).hasSize(interactions.size());
            assertThat(browser.text("#timeline li time")).isEqualTo(lastContact(network, id).format(DAY));
            assertThat(browser.all("#edit-member")).as("a VIEWER edits nothing").isEmpty();
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("member");
        }
    }

    @Test
    @Order(3)
    void staffAddAMemberCorrectingWhatThePageSaysBesideItsFieldThenEditIt() {
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/network").clickThrough("#new-member");
            assertThat(browser.text("h1")).isEqualTo("Add a member");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.find("#id").sendKeys("marta-quiroga");
            browser.find("#name").sendKeys("Marta Quiroga");
            browser.find("input[name=kind][value=PERSON]").click();
            browser.find("input[name=roles][value=JOURNALIST]").click();
            browser.find("input[name=tier][value=STANDARD]").click();
            browser.find("input[name=sectors][value=HUMAN_RIGHTS]").click();
            browser.find("#country").sendKeys("QQ");
            browser.find("#annualIncome").sendKeys("a lot");
            browser.clickThrough("#save");

            assertThat(browser.text("h1")).isEqualTo("Add a member");
            assertThat(browser.text("#error-summary h2")).isEqualTo("2 things to correct");
            assertThat(browser.text("#error-country")).contains("QQ");
            assertThat(browser.text("#error-annualIncome")).isNotBlank();
            assertThat(browser.find("#name").getAttribute("value")).as("what was typed stays").isEqualTo("Marta Quiroga");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("member-form");
            assertThat(ConsoleDemo.api(app, "/api/network").get("members").valueStream()
                    .filter(m -> m.get("id").asString().equals("marta-quiroga"))).as("nothing saved").isEmpty();

            browser.find("#country").clear();
            browser.find("#country").sendKeys("AR");
            browser.find("#annualIncome").clear();
            browser.clickThrough("#save");

            assertThat(browser.path()).isEqualTo("/network/members/marta-quiroga");
            assertThat(browser.text(".flash-ok")).isEqualTo("Member added: Marta Quiroga.");
            assertThat(browser.text("#member-roles")).isEqualTo("Journalist");
            // The form offered today as the day it joined: a newcomer is not "never contacted" within its grace.
            assertThat(browser.text("#member-alerts")).contains("None: this relationship is tended.");

            browser.clickThrough("#edit-member");
            assertThat(browser.text("h1")).isEqualTo("Edit member");
            assertThat(browser.find("#id").getAttribute("readonly")).isNotNull();
            browser.find("input[name=tier][value=KEY]").click();
            browser.clickThrough("#save");

            assertThat(browser.text(".flash-ok")).isEqualTo("Member saved: Marta Quiroga.");
            assertThat(browser.text("#member-facts")).contains("Tier\nKey");
        }
        assertThat(ConsoleDemo.member(app, "marta-quiroga").get("tier").asString()).isEqualTo("KEY");
    }

    @Test
    @Order(4)
    void erasingAMemberSaysFirstWhatGoesWithItThenRemovesItAll() {
        JsonNode network = ConsoleDemo.api(app, "/api/network");
        JsonNode coalitions = network.get("coalitions");
        String id = network.get("members").valueStream().map(m -> m.get("id").asString())
                .filter(m -> responses(coalitions, m) > 0).max(Comparator.comparingLong(m -> invitations(coalitions, m)))
                .orElseThrow();
        long interactions = network.get("interactions").valueStream()
                .filter(i -> i.get("memberId").asString().equals(id)).count();
        String name = ConsoleDemo.name(app, id);
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/network/members/" + id).clickThrough("#erase-member");

            assertThat(browser.text("h1")).isEqualTo("Erase " + name);
            assertThat(browser.text("#erase-interactions")).isEqualTo(interactions + " interactions");
            assertThat(browser.text("#erase-invitations")).isEqualTo(invitations(coalitions, id) + " coalition invitations");
            assertThat(browser.text("#erase-responses")).startsWith(responses(coalitions, id) + " response");
            assertThat(browser.text("#erase")).isEqualTo("Erase " + name);
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("erase");
            browser.clickThrough("#erase");

            assertThat(browser.path()).isEqualTo("/network");
            assertThat(browser.text(".flash-ok")).startsWith("Erased " + id + " with " + interactions + " interactions, "
                    + invitations(coalitions, id) + " invitations and ");
            browser.open("/network?q=" + id);
            assertThat(browser.text("#member-count")).isEqualTo("No member matches.");
        }
        JsonNode after = ConsoleDemo.api(app, "/api/network");
        assertThat(after.get("members").valueStream().filter(m -> m.get("id").asString().equals(id))).isEmpty();
        assertThat(after.get("interactions").valueStream().filter(i -> i.get("memberId").asString().equals(id))).isEmpty();
        assertThat(invitations(after.get("coalitions"), id)).isZero();
    }

    @Test
    @Order(5)
    void aMembersFileInStaffsOwnWordsWithABadWordAndABadCountryGetsOneCompleteReportThenImports() throws Exception {
        int before = ConsoleDemo.api(app, "/api/network").get("members").size();
        Path file = files.resolve("new-partners.csv");
        Files.writeString(file, """
                id,name,kind,roles,tier,sectors,country,annualIncome
                vale-street-clinic,Vale Street Clinic,organisation,partner,standard,medical,KE,800000
                orrin-legal-desk,Orrin Legal Desk,ORG,Partner,Standard,Legal;human rights,Britain,450000
                """);
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/network");
            assertThat(browser.unlabelledControls()).isEmpty();
            assertThat(browser.find("#members-template").getAttribute("href")).endsWith("/network/import/members-template.csv");
            browser.find("#member-columns summary").click();
            assertThat(browser.text("#member-columns tr[data-column=roles]")).contains("required")
                    .contains("Partner, Prospect, Journalist, Policy maker, Donor, Ally");
            browser.find("#members-file").sendKeys(file.toString());
            browser.clickThrough("#import-members");

            assertThat(browser.text(".flash-problem")).isEqualTo(
                    "Nothing was imported: new-partners.csv has 2 problems, listed below.");
            assertThat(browser.text("#problems-heading")).isEqualTo("Why new-partners.csv was not imported");
            List<String> problems = browser.all("#import-problems .problem-row").stream().map(row ->
                    row.findElement(By.cssSelector(".problem-line")).getText() + " "
                            + row.findElement(By.cssSelector(".problem-column")).getText() + " "
                            + row.findElement(By.cssSelector(".problem-message")).getText()).toList();
            assertThat(problems).containsExactly(
                    "3 kind 'ORG' is not allowed; use one of Organisation, Person (in any case)",
                    "3 country 'Britain' is not an ISO 3166-1 alpha-2 country code (e.g. KE, GB; XK for Kosovo)");
            assertThat(browser.text("#member-count")).isEqualTo(before + " members.");
            browser.open("/network?q=vale-street");
            assertThat(browser.text("#member-count")).as("the good row was not imported either").isEqualTo("No member matches.");
            browser.open("/network");
            browser.find("#members-file").sendKeys(file.toString());
            browser.clickThrough("#import-members");
            browser.find("#import-problems");
            browser.screenshot("import-errors");
            browser.width(Browser.PHONE_WIDTH).open("/network");
            browser.find("#member-columns summary").click();
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the network page, its import columns open, fits a phone's width").isEqualTo(true);
            browser.screenshot("import-columns-phone");
            browser.width(Browser.WIDTH);

            Files.writeString(file, Files.readString(file).replace(",ORG,", ",Organisation,").replace("Britain", "GB"));
            browser.open("/network");
            browser.find("#members-file").sendKeys(file.toString());
            browser.clickThrough("#import-members");

            assertThat(browser.text(".flash-ok")).isEqualTo("Imported new-partners.csv: 2 new members, 0 members updated."
                    + " The file has no joinedOn column, so these members have no joining day: the alerts treat them as"
                    + " with us before anything we record.");
            assertThat(browser.text("#member-count")).isEqualTo((before + 2) + " members.");
            assertThat(browser.all("#import-problems")).isEmpty();
            browser.open("/network?q=vale-street");
            assertThat(browser.text("#member-count")).isEqualTo("1 member matches.");
        }
        JsonNode orrin = ConsoleDemo.member(app, "orrin-legal-desk");
        assertThat(orrin.get("kind").asString()).isEqualTo("ORGANISATION");
        assertThat(orrin.get("sectors").toString()).isEqualTo("[\"LEGAL\",\"HUMAN_RIGHTS\"]");
    }

    @Test
    @Order(6)
    void aFileOverTheRequestLimitIsRefusedInWordsOnTheNetworkPage() throws Exception {
        int before = ConsoleDemo.api(app, "/api/network").get("members").size();
        Path file = files.resolve("everyone.csv");
        String row = "vale-street-clinic,Vale Street Clinic,organisation,partner,standard,medical,KE,800000\n";
        Files.writeString(file, "id,name,kind,roles,tier,sectors,country,annualIncome\n"
                + row.repeat(17 * 1024 * 1024 / row.length()));
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/network?q=a");
            browser.find("#members-file").sendKeys(file.toString());
            browser.clickThrough("#import-members");

            assertThat(browser.text(".flash-problem")).isEqualTo("Nothing was received: what you sent is larger than"
                    + " 16 MB, the most one request may carry. Split the file into smaller ones and import them one after"
                    + " another: members are updated by id and interactions already stored are skipped.");
            assertThat(browser.find("#member-count").getText()).as("back on the network page it was sent from")
                    .isNotBlank();
        }
        assertThat(ConsoleDemo.api(app, "/api/network").get("members").size()).isEqualTo(before);
    }

    static LocalDate lastContact(JsonNode network, String id) {
        return network.get("interactions").valueStream().filter(i -> i.get("memberId").asString().equals(id))
                .map(i -> LocalDate.parse(i.get("date").asString())).max(LocalDate::compareTo).orElseThrow();
    }

    static long invitations(JsonNode coalitions, String id) {
        return coalitions.valueStream().filter(c -> c.get("invited").valueStream().anyMatch(m -> m.asString().equals(id)))
                .count();
    }

    static long responses(JsonNode coalitions, String id) {
        return coalitions.valueStream().flatMap(c -> c.get("responses").valueStream())
                .filter(r -> r.get("memberId").asString().equals(id)).count();
    }
}
