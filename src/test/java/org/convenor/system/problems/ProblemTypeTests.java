package org.convenor.system.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.system.problems.ProblemAssertions.assertProblem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every refusal has a {@code type} a client can act on, and says what went wrong in our words: never the
 * JSON parser's, which name Java classes and parser settings.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemTypeTests {

    static final String FEES = "/api/fees/assessments";
    static final String MEMBER = """
            {"id": "geneva-ngo", "kind": "ORGANISATION", "roles": ["PARTNER"], "country": "CH", "annualIncome": 30000000}""";

    @Autowired
    MockMvcTester mvc;

    MvcTestResult post(String body) {
        return mvc.post().uri(FEES).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    static void assertTyped(MvcTestResult result, int status, String type) {
        assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .hasPathSatisfying("$.type", v -> v.assertThat().isEqualTo("urn:convenor:problem:" + type))
                .hasPathSatisfying("$.title", v -> v.assertThat().asString().isNotBlank())
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo(status))
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().isNotBlank());
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        MvcTestResult result = mvc.get().uri("/api/nothing-here").with(user("victor").roles("VIEWER")).exchange();

        assertTyped(result, 404, "not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .contains("/api/nothing-here").contains("/v3/api-docs").doesNotContain("static resource");
    }

    @Test
    void anUnknownRuleSetIsANotFoundProblem() {
        assertTyped(mvc.get().uri("/api/rulesets/no-such-set").exchange(), 404, "not-found");
    }

    @Test
    void aMethodThePathDoesNotTakeIsAMethodNotAllowedProblem() {
        assertTyped(mvc.put().uri(FEES).with(user("victor").roles("VIEWER")).exchange(), 405, "method-not-allowed");
    }

    @Test
    void anAcceptThatRulesOutJsonIsANotAcceptableProblem() {
        assertTyped(mvc.post().uri(FEES).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_XML)
                .content("{\"members\": []}").exchange(), 406, "not-acceptable");
    }

    @Test
    void theApiDoesNotSpeakYaml() {
        assertTyped(mvc.post().uri(FEES).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_YAML)
                .content("{\"members\": []}").exchange(), 406, "not-acceptable");
        assertTyped(mvc.post().uri(FEES).contentType(MediaType.APPLICATION_YAML).content("members: []").exchange(), 415,
                "unsupported-media-type");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() {
        assertTyped(mvc.post().uri(FEES).contentType(MediaType.TEXT_PLAIN).content("members: none").exchange(), 415,
                "unsupported-media-type");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            truncated          | {"members": [{"id":                    | members[0] | the JSON ends before it is complete (line 1, column 20)
            stray bracket      | {"members": [}                         | members    | unexpected '}' (line 1, column 14)
            bare word          | {"members": [nope]}                    | members    | 'nope' is not a JSON value (text needs double quotes) (line 1, column 14)
            trailing garbage   | {"members": []}}                       | ``         | unexpected '}' (line 1, column 16)
            """)
    void malformedJsonIsDescribedInOurWordsWithItsPlace(String name, String body, String field, String message) {
        MvcTestResult result = post(body);

        assertProblem(result, 400, field);
        assertTyped(result, 400, "invalid-input");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo(message).doesNotContain("Source", "REDACTED", "code", "tools.jackson", "org.convenor");
    }

    @Test
    void aNumberTooLongToReadIsRefusedInOurWords() {
        MvcTestResult result = post("{\"members\": [" + MEMBER.replace("30000000", "1".repeat(1_500)) + "]}");

        assertTyped(result, 400, "invalid-input");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .startsWith("a value is too long").doesNotContain("StreamReadConstraints");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a number for a role     | "roles": ["PARTNER"]      | "roles": [3]                     | members[0].roles[0]     | '3' is not allowed; use one of PARTNER
            a number for an id      | "id": "geneva-ngo"        | "id": 7                          | members[0].id           | expected string, not 7
            a string for an amount  | "annualIncome": 30000000  | "annualIncome": "30000000"       | members[0].annualIncome | expected number
            a number for a yes/no   | "country": "CH"           | "country": "CH", "feeWaiver": 1  | members[0].feeWaiver    | expected true or false, not 1
            """)
    void aValueOfTheWrongTypeIsRefusedNotConverted(String name, String from, String to, String field, String message) {
        MvcTestResult result = post("{\"members\": [" + MEMBER.replace(from, to) + "]}");

        assertProblem(result, 400, field);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().startsWith(message);
    }

    @ParameterizedTest(name = "asOf: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            20000            | expected date (YYYY-MM-DD, from 1900 to 2999)
            []               | expected date (YYYY-MM-DD, from 1900 to 2999)
            [2026, 11, 25]   | expected date (YYYY-MM-DD, from 1900 to 2999)
            "25/11/2026"     | '25/11/2026' is not a valid date (YYYY-MM-DD, from 1900 to 2999)
            "+99999-12-31"   | '+99999-12-31' is not a valid date (YYYY-MM-DD, from 1900 to 2999)
            "2026-02-30"     | '2026-02-30' is not a valid date (YYYY-MM-DD, from 1900 to 2999)
            "0000-01-01"     | is not a valid date (YYYY-MM-DD, from 1900 to 2999)
            "1899-12-31"     | is not a valid date (YYYY-MM-DD, from 1900 to 2999)
            "3000-01-01"     | is not a valid date (YYYY-MM-DD, from 1900 to 2999)
            """)
    void aDateIsOnlyYearMonthDay(String asOf, String message) {
        MvcTestResult result = mvc.post().uri("/api/relationships/alerts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"asOf\": " + asOf + ", \"members\": [], \"interactions\": []}").exchange();

        assertProblem(result, 400, "asOf");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().isEqualTo(message);
    }
}
