package org.convenor.system.problems;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.validation.FieldProblem;

/**
 * What every 4xx and 5xx answer holds (RFC 9457), as the service writes Spring's {@code ProblemDetail}. Only
 * the API description uses this record; the API tests check every problem the service answers against it.
 */
@Schema(description = "What went wrong, as RFC 9457 problem details. Bad input names each field in `errors`.")
public record Problem(
        @Schema(description = "The kind of problem, stable for clients to act on",
                example = "urn:convenor:problem:invalid-input")
        URI type,
        @Schema(description = "A short summary of the kind of problem", example = "Invalid input")
        String title,
        @Schema(description = "The HTTP status", example = "400")
        int status,
        @Schema(description = "What happened in this case, in plain words", example = "One field is invalid.")
        String detail,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, format = "uri-reference",
                description = "The path that was asked for")
        URI instance,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED,
                description = "For bad input and counts over a limit: each field in error, named by its JSON path")
        List<FieldProblem> errors) {
}
