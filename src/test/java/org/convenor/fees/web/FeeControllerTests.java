package org.convenor.fees.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.system.problems.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(properties = {"convenor.limits.max-request-size=4KB", "convenor.limits.max-members=5"})
@AutoConfigureMockMvc
class FeeControllerTests {

    static final String GENEVA = """
            {"id": "geneva-ngo", "kind": "ORGANISATION", "roles": ["PARTNER"], "country": "CH", "annualIncome": 30000000}""";

    @Autowired
    MockMvcTester mvc;

    MvcTestResult post(String body) {
        return mvc.post().uri("/api/fees/assessments").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    static String request(String... members) {
        return "{\"convenor\": {\"annualIncome\": 4000000}, \"members\": [" + String.join(",", members) + "]}";
    }

    @Test
    void assessesAPartnerAndExplainsWhy() {
        assertThat(post(request(GENEVA))).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.ruleSet.name", v -> v.assertThat().isEqualTo("fees"))
                .hasPathSatisfying("$.ruleSet.version", v -> v.assertThat().asString().hasSize(12))
                .hasPathSatisfying("$.assessments[0].amount", v -> v.assertThat().isEqualTo(2500))
                .hasPathSatisfying("$.assessments[0].feePayable", v -> v.assertThat().isEqualTo(true))
                .hasPathSatisfying("$.portfolio.totalFees", v -> v.assertThat().isEqualTo(2500))
                .hasPathSatisfying("$.firedRules[?(@.rule == \"The fee is set by the member's income band\")].facts[0]",
                        v -> v.assertThat().asList().containsExactly("geneva-ngo"))
                .hasPathSatisfying("$.firedRules[0].description", v -> v.assertThat().asString().isNotBlank());
    }

    @Test
    void rejectsMalformedJson() {
        assertProblem(post("{\"convenor\": {\"annualIncome\": 4000000}, \"members\": [{\"id\": "), 400, "members[0]");
    }

    @Test
    void rejectsAnUnknownField() {
        assertProblem(post(request(GENEVA.replace("\"country\"", "\"colour\": \"red\", \"country\""))), 400,
                "members[0].colour");
    }

    @Test
    void rejectsAnUnknownEnumWordListingTheAllowedOnes() {
        MvcTestResult result = post(request(GENEVA.replace("ORGANISATION", "COMPANY")));

        assertProblem(result, 400, "members[0].kind");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .contains("COMPANY").contains("ORGANISATION, PERSON");
    }

    @Test
    void rejectsAnUnknownRole() {
        assertProblem(post(request(GENEVA.replace("[\"PARTNER\"]", "[\"PARTNER\", \"FRIEND\"]"))), 400,
                "members[0].roles[1]");
    }

    @Test
    void rejectsAMissingRequiredField() {
        assertProblem(post(request(GENEVA.replace("\"id\": \"geneva-ngo\", ", ""))), 400, "members[0].id");
    }

    @Test
    void rejectsAMemberWithoutRoles() {
        assertProblem(post(request(GENEVA.replace("[\"PARTNER\"]", "[]"))), 400, "members[0].roles");
    }

    @Test
    void withoutTheConvenorsIncomeTheFeeBookIsTotalledButNotMeasured() {
        assertThat(post("{\"members\": [" + GENEVA + "]}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.portfolio.totalFees", v -> v.assertThat().isEqualTo(2500))
                .hasPathSatisfying("$.portfolio.share", v -> v.assertThat().isNull())
                .hasPathSatisfying("$.portfolio.withinCap", v -> v.assertThat().isNull())
                .hasPathSatisfying("$.portfolio.scope", v -> v.assertThat().isEqualTo("REQUEST"))
                .hasPathSatisfying("$.alerts[0].kind", v -> v.assertThat().isEqualTo("CONVENOR_INCOME_UNKNOWN"))
                .hasPathSatisfying("$.alerts[0].severity", v -> v.assertThat().isEqualTo("INFO"));
    }

    @Test
    void rejectsANegativeIncome() {
        assertProblem(post(request(GENEVA.replace("30000000", "-5"))), 400, "members[0].annualIncome");
    }

    @Test
    void rejectsAConvenorWithoutIncome() {
        assertProblem(post("{\"convenor\": {\"annualIncome\": 0}, \"members\": []}"), 400, "convenor.annualIncome");
    }

    @Test
    void rejectsAWrongType() {
        assertProblem(post(request(GENEVA.replace("30000000", "\"lots\""))), 400, "members[0].annualIncome");
    }

    @Test
    void rejectsAnUnknownCountryCode() {
        assertProblem(post(request(GENEVA.replace("\"CH\"", "\"Switzerland\""))), 400, "members[0].country");
    }

    @Test
    void rejectsDuplicateMemberIds() {
        assertProblem(post(request(GENEVA, GENEVA)), 400, "members[1].id");
    }

    @Test
    void rejectsAnOversizedBody() {
        MvcTestResult result = post(request(GENEVA) + " ".repeat(5000));

        assertThat(result).hasStatus(413).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().contains("limit");
    }

    @Test
    void rejectsAnAbsurdAmount() {
        assertProblem(post(request(GENEVA.replace("30000000", "1e999999999"))), 400, "members[0].annualIncome");
        assertProblem(post(request(GENEVA.replace("30000000", "0.0000001"))), 400, "members[0].annualIncome");
    }

    @Test
    void refusesMoreMembersThanTheLimitWith413NamingIt() {
        MvcTestResult result = post(request(GENEVA, GENEVA, GENEVA, GENEVA, GENEVA, GENEVA));

        assertThat(result).hasStatus(413).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("members"))
                .hasPathSatisfying("$.errors[0].message", v -> v.assertThat().asString()
                        .contains("6 is more than the limit of 5").contains("convenor.limits.max-members"));
    }

    @Test
    void rejectsAMissingBody() {
        assertProblem(mvc.post().uri("/api/fees/assessments").contentType(MediaType.APPLICATION_JSON).exchange(), 400,
                "");
    }
}
