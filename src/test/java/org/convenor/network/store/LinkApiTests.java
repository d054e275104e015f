package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Links between members through the API, on one database: {@link H2LinkApiTests} on the embedded default,
 * {@link PostgresLinkApiTests} on a real PostgreSQL. Each test starts from the sample network without links.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
abstract class LinkApiTests {

    @Autowired
    MockMvcTester mvc;

    StaffApi api;

    @BeforeEach
    void sampleNetwork() {
        api = new StaffApi(mvc);
        body(api.put("/api/network", SampleNetwork.JSON, STAFF), 200);
    }

    JsonNode links() {
        return body(api.get("/api/network", VIEWER), 200).get("links");
    }

    @Test
    void aLinkIsStoredWithItsIdAndReadBackWithTheNetwork() {
        long id = body(api.post("/api/network/links",
                "{\"from\": \"amira\", \"to\": \"geneva-ngo\", \"kind\": \"WORKS_AT\", \"title\": \"Editor\"}", STAFF), 200)
                .get("id").asLong();

        JsonNode links = links();
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(links.get(0).get("from").asString()).isEqualTo("amira");
        assertThat(links.get(0).get("to").asString()).isEqualTo("geneva-ngo");
        assertThat(links.get(0).get("kind").asString()).isEqualTo("WORKS_AT");
        assertThat(links.get(0).get("title").asString()).isEqualTo("Editor");
    }

    @Test
    void aLinkToAnUnknownMemberOrWithABadIdIsRefusedNamingTheField() {
        JsonNode unknown = body(api.post("/api/network/links",
                "{\"from\": \"amira\", \"to\": \"nobody\", \"kind\": \"KNOWS\"}", STAFF), 400);
        JsonNode badId = body(api.post("/api/network/links",
                "{\"from\": \"a/b\", \"to\": \"amira\", \"kind\": \"KNOWS\"}", STAFF), 400);

        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(unknown.get("errors").get(0).get("message").asString()).contains("unknown member id 'nobody'");
        assertThat(badId.get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(links()).isEmpty();
    }

    @Test
    void onlyAPersonWorksAtAnOrganisationAndOnlyThatLinkHasATitle() {
        JsonNode orgAtOrg = body(api.post("/api/network/links",
                "{\"from\": \"elders\", \"to\": \"geneva-ngo\", \"kind\": \"WORKS_AT\"}", STAFF), 400);
        JsonNode titled = body(api.post("/api/network/links",
                "{\"from\": \"elders\", \"to\": \"geneva-ngo\", \"kind\": \"KNOWS\", \"title\": \"Chair\"}", STAFF), 400);
        JsonNode itself = body(api.post("/api/network/links",
                "{\"from\": \"elders\", \"to\": \"elders\", \"kind\": \"KNOWS\"}", STAFF), 400);

        assertThat(orgAtOrg.get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(titled.get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertThat(itself.get("errors").get(0).get("field").asString()).isEqualTo("to");
    }

    @Test
    void twoMembersKnowEachOtherOnceWhicheverWayRound() {
        body(api.post("/api/network/links", "{\"from\": \"elders\", \"to\": \"amira\", \"kind\": \"KNOWS\"}", STAFF), 200);

        JsonNode again = body(api.post("/api/network/links",
                "{\"from\": \"amira\", \"to\": \"elders\", \"kind\": \"KNOWS\"}", STAFF), 400);

        assertThat(again.get("errors").get(0).get("message").asString()).contains("linked so already");
        assertThat(links()).hasSize(1);
    }

    @Test
    void aLinkIsRemovedByItsIdAndAnUnknownOneIsNotFound() {
        long id = body(api.post("/api/network/links",
                "{\"from\": \"elders\", \"to\": \"amira\", \"kind\": \"INTRODUCED_BY\"}", STAFF), 200).get("id").asLong();

        body(api.delete("/api/network/links/" + id, STAFF), 204);

        assertThat(links()).isEmpty();
        body(api.delete("/api/network/links/" + id, STAFF), 404);
    }

    @Test
    void aViewerMayReadLinksButNotWriteThem() {
        body(api.post("/api/network/links", "{\"from\": \"elders\", \"to\": \"amira\", \"kind\": \"KNOWS\"}", VIEWER), 403);
    }

    @Test
    void erasingAMemberRemovesItsLinksBothWays() {
        body(api.post("/api/network/links", "{\"from\": \"elders\", \"to\": \"amira\", \"kind\": \"KNOWS\"}", STAFF), 200);
        body(api.post("/api/network/links",
                "{\"from\": \"amira\", \"to\": \"geneva-ngo\", \"kind\": \"WORKS_AT\"}", STAFF), 200);
        body(api.post("/api/network/links",
                "{\"from\": \"elders\", \"to\": \"geneva-ngo\", \"kind\": \"KNOWS\"}", STAFF), 200);

        JsonNode erased = body(api.delete("/api/network/members/amira", STAFF), 200);

        assertThat(erased.get("links").asInt()).isEqualTo(2);
        assertThat(links()).hasSize(1);
        assertThat(links().get(0).get("from").asString()).isEqualTo("elders");
    }

    @Test
    void aWholeNetworkCarriesItsLinksAndABadOneChangesNothing() {
        String withLinks = SampleNetwork.JSON.substring(0, SampleNetwork.JSON.lastIndexOf('}'))
                + ", \"links\": [{\"id\": 7, \"from\": \"amira\", \"to\": \"elders\", \"kind\": \"KNOWS\"}]}";
        String badLink = SampleNetwork.JSON.substring(0, SampleNetwork.JSON.lastIndexOf('}'))
                + ", \"links\": [{\"from\": \"amira\", \"to\": \"gone\", \"kind\": \"KNOWS\"}]}";

        assertThat(body(api.put("/api/network", withLinks, STAFF), 200).get("links").asInt()).isEqualTo(1);
        JsonNode refused = body(api.put("/api/network", badLink, STAFF), 400);

        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("links[0].to");
        assertThat(links()).hasSize(1);
        assertThat(links().get(0).get("to").asString()).isEqualTo("elders");
    }

    @Test
    void linksAreImportedFromCsvAndExportedAsTheImportReadsThem() throws Exception {
        JsonNode added = body(api.csv("/api/network/links", """
                from,to,kind,title
                amira,geneva-ngo,Works at,Correspondent
                elders,amira,knows,
                """, STAFF), 200);
        String exported = api.get("/api/network/links", VIEWER).getResponse().getContentAsString();
        body(api.put("/api/network", SampleNetwork.JSON, STAFF), 200);
        body(api.csv("/api/network/links", exported, STAFF), 200);

        assertThat(added.get("created").asInt()).isEqualTo(2);
        assertThat(exported).startsWith("id,from,to,kind,title").contains("amira,geneva-ngo,WORKS_AT,Correspondent");
        assertThat(links()).hasSize(2);
    }

    @Test
    void aBadCsvLinkIsNamedByLineAndColumn() {
        JsonNode refused = body(api.csv("/api/network/links", """
                from,to,kind,title
                elders,amira,KNOWS,
                amira,nobody,KNOWS,
                """, STAFF), 400);

        assertThat(refused.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(links()).isEmpty();
    }

    @Test
    void anIntroductionMadeLinksTheTwoAndLogsItOnEach() {
        JsonNode made = body(api.post("/api/network/introductions",
                "{\"members\": [\"elders\", \"geneva-ngo\"], \"date\": \"2026-11-20\"}", STAFF), 200);

        JsonNode network = body(api.get("/api/network", VIEWER), 200);
        assertThat(network.get("links").get(0).get("id").asLong()).isEqualTo(made.get("id").asLong());
        assertThat(network.get("links").get(0).get("kind").asString()).isEqualTo("KNOWS");
        assertThat(network.get("interactions").findValuesAsString("kind")).filteredOn("INTRODUCTION"::equals).hasSize(2);
        body(api.post("/api/network/introductions", "{\"members\": [\"elders\", \"geneva-ngo\"]}", STAFF), 400);
        assertThat(body(api.get("/api/network", VIEWER), 200).get("interactions").findValuesAsString("kind"))
                .filteredOn("INTRODUCTION"::equals).as("nothing of a refused introduction is kept").hasSize(2);
    }
}
