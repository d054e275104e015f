package org.convenor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The curl examples of docs/api.md give the answers it shows. */
@SpringBootTest
@AutoConfigureMockMvc
class ExamplesTests {

    @Autowired
    MockMvcTester mvc;

    MvcTestResult post(String uri, String example) throws Exception {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .content(Files.readString(Path.of("docs/examples", example))).exchange();
    }

    @Test
    void feeExample() throws Exception {
        assertThat(post("/api/fees/assessments", "fee-query.json")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.assessments[0].amount", v -> v.assertThat().isEqualTo(2500))
                .hasPathSatisfying("$.assessments[1].exemption", v -> v.assertThat().isEqualTo("GLOBAL_SOUTH"))
                .hasPathSatisfying("$.portfolio.share", v -> v.assertThat().isEqualTo(0.000625));
    }

    @Test
    void coalitionExample() throws Exception {
        assertThat(post("/api/coalitions/recommendations", "coalition-query.json")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.recommendations[*].sector",
                        v -> v.assertThat().asList().containsExactly("DIPLOMATIC", "MEDICAL", "LEGAL"))
                .hasPathSatisfying("$.recommendations[1].gap", v -> v.assertThat().isEqualTo(true))
                .hasPathSatisfying("$.warnings[0].kind", v -> v.assertThat().isEqualTo("NO_CONNECTIONS"));
    }

    @Test
    void relationshipExample() throws Exception {
        assertThat(post("/api/relationships/alerts", "relationship-query.json")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.alerts[*].memberId", v -> v.assertThat().asList().containsExactly("amira-journalist"))
                .hasPathSatisfying("$.alerts[0].daysSinceContact", v -> v.assertThat().isEqualTo(208))
                .hasPathSatisfying("$.alerts[0].severity", v -> v.assertThat().isEqualTo("CRITICAL"));
    }
}
