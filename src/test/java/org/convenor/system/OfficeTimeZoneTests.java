package org.convenor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.convenor.ConvenorApplication;
import org.convenor.network.store.StaffApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The office is on Kiritimati (UTC+14): from 10:00 UTC on, its day is already tomorrow in UTC, and "today" in
 * every answer is the office's day.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false", "convenor.time-zone=Pacific/Kiritimati"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
class OfficeTimeZoneTests {

    static final ZoneId OFFICE = ZoneId.of("Pacific/Kiritimati");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Clock clock;

    @Test
    void theOneClockIsInTheOfficesTimeZone() {
        assertThat(clock.getZone()).isEqualTo(OFFICE);
    }

    @Test
    void anAnswerWithoutAsOfIsAsOfTheOfficesDay() {
        LocalDate before = LocalDate.now(OFFICE);
        String asOf = StaffApi.body(new StaffApi(mvc).get("/api/relationships/alerts", StaffApi.VIEWER), 200)
                .get("asOf").asString();
        LocalDate after = LocalDate.now(OFFICE);

        assertThat(asOf).as("the office's day, either side of its midnight").isIn(before.toString(), after.toString());
    }

    @Test
    void aTimeZoneThatIsNoIanaNameStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ConvenorApplication.class).web(WebApplicationType.NONE)
                .run("--convenor.time-zone=Europe/Londn", "--convenor.rules.watch=false",
                        "--spring.datasource.url=jdbc:h2:mem:bad-zone", "--spring.main.banner-mode=off").close())
                .hasStackTraceContaining("convenor.time-zone");
    }
}
