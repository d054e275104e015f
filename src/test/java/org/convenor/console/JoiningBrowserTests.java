package org.convenor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member's first day, in a real browser on the demo network: a partner imported today with {@code joinedOn}
 * today has none of the alerts its joining explains (never contacted, benefits lapsed, left out of coalitions
 * formed before it came); the same partner imported from a file without the column is with us from before
 * anything we record, keeps today's alerts, and the import says why.
 */
@BrowserTest
class JoiningBrowserTests {

    static RunningApp app;

    @TempDir
    static Path files;

    @BeforeAll
    static void start() {
        app = ConsoleDemo.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aPartnerImportedOnItsFirstDayHasNoAlertItsJoiningExplainsOneWithoutTheColumnKeepsThem() throws Exception {
        String today = ConsoleDemo.api(app, "/api/relationships/alerts").get("asOf").asString();
        Path joined = files.resolve("joined-today.csv");
        Files.writeString(joined, "id,name,kind,roles,sectors,joinedOn\n"
                + "vale-street-clinic,Vale Street Clinic,ORGANISATION,PARTNER,MEDICAL;HUMANITARIAN," + today + "\n");
        Path without = files.resolve("no-joining-day.csv");
        Files.writeString(without, "id,name,kind,roles,sectors\n"
                + "orrin-clinic,Orrin Clinic,ORGANISATION,PARTNER,MEDICAL;HUMANITARIAN\n");

        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/network");
            browser.find("#members-file").sendKeys(joined.toString());
            browser.clickThrough("#import-members");
            assertThat(browser.text(".flash-ok")).isEqualTo("Imported joined-today.csv: 1 new member, 0 members updated.");

            browser.open("/network");
            browser.find("#members-file").sendKeys(without.toString());
            browser.clickThrough("#import-members");
            assertThat(browser.text(".flash-ok")).isEqualTo("Imported no-joining-day.csv: 1 new member, 0 members "
                    + "updated. The file has no joinedOn column, so these members have no joining day: the alerts "
                    + "treat them as with us before anything we record.");

            browser.open("/network/members/vale-street-clinic");
            assertThat(browser.text("#member-joined")).isNotEqualTo("with us before anything we record");
            assertThat(kinds(browser)).as("nothing its first day explains").isEmpty();
            assertThat(alertKinds("vale-street-clinic")).isEmpty();

            browser.open("/network/members/orrin-clinic");
            assertThat(browser.text("#member-joined")).isEqualTo("with us before anything we record");
            assertThat(kinds(browser)).contains("NEVER_CONTACTED", "BENEFITS_LAPSED")
                    .containsExactlyElementsOf(alertKinds("orrin-clinic"));
            browser.screenshot("member-without-joining-day");
        }
    }

    private static List<String> kinds(Browser browser) {
        return browser.all("#member-alerts li").stream().map(li -> li.getAttribute("data-kind")).toList();
    }

    private static List<String> alertKinds(String memberId) {
        return ConsoleDemo.api(app, "/api/relationships/alerts").get("alerts").valueStream()
                .filter(alert -> alert.get("memberId").asString().equals(memberId))
                .map(alert -> alert.get("kind").asString()).toList();
    }
}
