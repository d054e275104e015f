package org.convenor.system.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What every bad-input answer must be: a problem JSON naming the field, without a trace. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** A problem answer of this status, with its type, title and detail, and no trace. */
    public static void assertProblemStatus(MvcTestResult result, int status) {
        assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .hasPathSatisfying("$.type", v -> v.assertThat().asString().startsWith("urn:convenor:problem:"))
                .hasPathSatisfying("$.title", v -> v.assertThat().asString().isNotBlank())
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo(status))
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().isNotBlank())
                .doesNotHavePath("$.trace");
    }

    public static void assertProblem(MvcTestResult result, int status, String field) {
        assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .hasPathSatisfying("$.title", v -> v.assertThat().asString().isNotBlank())
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo(status))
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().isNotBlank())
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo(field))
                .hasPathSatisfying("$.errors[0].message", v -> v.assertThat().asString().isNotBlank())
                .doesNotHavePath("$.trace");
    }
}
