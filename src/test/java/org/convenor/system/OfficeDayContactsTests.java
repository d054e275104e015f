package org.convenor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import tools.jackson.databind.JsonNode;

import org.convenor.network.store.StaffApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The office is on Kiritimati (UTC+14) and it is 20:00 UTC on 7 December: 10:00 on 8 December at the office.
 * A contact logged "today", from a member's page, from This week or through the API, lands on the office's day,
 * and the timeline says when it was recorded in the office's time.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false", "convenor.time-zone=Pacific/Kiritimati"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
class OfficeDayContactsTests {

    static final ZoneId OFFICE = ZoneId.of("Pacific/Kiritimati");
    static final Instant EVENING_IN_UTC = Instant.parse("2026-12-07T20:00:00Z");
    static final LocalDate OFFICE_DAY = LocalDate.parse("2026-12-08");

    @TestBean
    Clock clock;

    @Autowired
    MockMvcTester mvc;

    StaffApi api;

    static Clock clock() {
        return Clock.fixed(EVENING_IN_UTC, OFFICE);
    }

    @BeforeEach
    void oneMember() {
        api = new StaffApi(mvc);
        StaffApi.body(api.put("/api/network", """
                {"members": [{"id": "amira", "name": "Amira Haddad", "kind": "PERSON", "roles": ["JOURNALIST"]}]}""",
                StaffApi.STAFF), 200);
    }

    @Test
    void theDayIsADayAheadOfUtc() {
        assertThat(LocalDate.ofInstant(EVENING_IN_UTC, ZoneOffset.UTC)).isEqualTo(OFFICE_DAY.minusDays(1));
        assertThat(LocalDate.now(clock)).isEqualTo(OFFICE_DAY);
    }

    @Test
    void aContactLoggedTodayFromAMembersPageIsOnTheOfficesDay() {
        Document page = page("/network/members/amira");
        assertThat(page.select("#contact-date").val()).isEqualTo(OFFICE_DAY.toString());
        assertThat(page.select("#contact-date").attr("max")).isEqualTo(OFFICE_DAY.toString());

        assertThat(mvc.post().uri("/network/members/amira/interactions").param("date", OFFICE_DAY.toString())
                .param("kind", "CALL").with(user(StaffApi.STAFF).roles("STAFF")).with(csrf()).exchange())
                .hasStatus3xxRedirection().flash().containsEntry("notice", "Logged: Call on 8 Dec 2026.");

        JsonNode logged = interactions().get(0);
        assertThat(logged.get("date").asString()).isEqualTo(OFFICE_DAY.toString());
        assertThat(OffsetDateTime.parse(logged.get("recordedAt").asString()).toInstant()).isEqualTo(EVENING_IN_UTC);
        assertThat(page("/network/members/amira").select("#timeline li .timeline-recorded").text())
                .as("in the office's time").isEqualTo("recorded by staff on 8 Dec 2026 at 10:00");
    }

    @Test
    void aContactLoggedFromThisWeekIsOnTheOfficesDayAndTheAnswersAreAsOfIt() {
        Document week = page("/");
        assertThat(week.select("#asOf").val()).isEqualTo(OFFICE_DAY.toString());
        assertThat(StaffApi.body(api.get("/api/relationships/alerts", StaffApi.VIEWER), 200).get("asOf").asString())
                .isEqualTo(OFFICE_DAY.toString());

        assertThat(mvc.post().uri("/contacts").param("memberId", "amira").param("forAlert", "NEVER_CONTACTED")
                .param("kind", "MEETING").with(user(StaffApi.STAFF).roles("STAFF")).with(csrf()).exchange())
                .hasStatus3xxRedirection().flash().containsEntry("notice",
                        "Logged: meeting with Amira Haddad on 8 Dec 2026.");

        assertThat(interactions().get(0).get("date").asString()).isEqualTo(OFFICE_DAY.toString());
    }

    JsonNode interactions() {
        return StaffApi.body(api.get("/api/network", StaffApi.VIEWER), 200).get("interactions");
    }

    Document page(String path) {
        return Jsoup.parse(new String(mvc.get().uri(path).with(user(StaffApi.STAFF).roles("STAFF")).exchange()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
