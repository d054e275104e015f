package org.convenor.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.util.List;

import org.convenor.network.store.StaffApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A member's page offers "Export everything we hold" to an ADMIN only, and the download it links to is theirs
 * alone. The page needs a role that reads pages too: {@code keeper} is STAFF and ADMIN; {@code admin}, ADMIN
 * alone, downloads the export but opens no member page.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false",
    "convenor.security.users.keeper.password={noop}" + StaffApi.PASSWORD,
    "convenor.security.users.keeper.roles=STAFF,ADMIN"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
class MemberExportPageTests {

    static final String PAGE = "/network/members/amira";

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void oneMember() {
        StaffApi.body(new StaffApi(mvc).put("/api/network", """
                {"members": [{"id": "amira", "name": "Amira Haddad", "kind": "PERSON", "roles": ["JOURNALIST"]}],
                 "interactions": [{"memberId": "amira", "date": "2026-11-02", "kind": "CALL", "note": "off the record"}]}""",
                StaffApi.STAFF), 200);
    }

    @Test
    void anAdminSeesTheExportOnAMembersPage() throws UnsupportedEncodingException {
        Document page = page("keeper", "STAFF", "ADMIN");

        assertThat(page.select("#member-export h2").text()).isEqualTo("Everything we hold");
        assertThat(page.select("#export-member").attr("href")).isEqualTo(PAGE + "/export");
        assertThat(page.select("#export-member").text()).isEqualTo("Export everything we hold (JSON)");
        assertThat(page.select("#export-member-csv").attr("href")).isEqualTo(PAGE + "/export?format=csv");
    }

    @Test
    void nobodyElseSeesIt() throws UnsupportedEncodingException {
        for (List<String> someone : List.of(List.of("viewer", "VIEWER"), List.of("staff", "STAFF"),
                List.of("editor", "EDITOR"))) {
            Document page = page(someone.get(0), someone.get(1));
            assertThat(page.select("h1").text()).as(someone.get(0)).isEqualTo("Amira Haddad");
            assertThat(page.select("#member-export, #export-member, #export-member-csv, a[href*=export]"))
                    .as(someone.get(0)).isEmpty();
        }
    }

    @Test
    void theDownloadIsAnAdminsAlone() throws UnsupportedEncodingException {
        MvcTestResult json = download(PAGE + "/export", "keeper", "STAFF", "ADMIN");
        assertThat(json).hasStatusOk().hasContentType("application/json");
        assertThat(json.getResponse().getHeader("Content-Disposition")).contains("member-amira.json");
        assertThat(json.getResponse().getContentAsString()).contains("\"note\":\"off the record\"");

        MvcTestResult zip = download(PAGE + "/export?format=csv", "admin", "ADMIN");
        assertThat(zip).hasStatusOk().hasContentType("application/zip");
        assertThat(zip.getResponse().getHeader("Content-Disposition")).contains("member-amira.zip");

        assertThat(download(PAGE + "/export", "editor", "EDITOR")).hasStatus(403);
        assertThat(download(PAGE + "/export", "viewer", "VIEWER")).hasStatus(403);
        assertThat(download("/network/members/nobody/export", "admin", "ADMIN")).hasStatus(404);
    }

    private MvcTestResult download(String path, String username, String... roles) {
        return mvc.get().uri(path).with(user(username).roles(roles)).exchange();
    }

    private Document page(String username, String... roles) throws UnsupportedEncodingException {
        MvcTestResult result = mvc.get().uri(PAGE).with(user(username).roles(roles)).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
