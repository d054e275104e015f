package org.convenor.validation;

import io.swagger.v3.oas.annotations.media.Schema;

/** What is wrong with one field of a request, named by its JSON path ({@code members[2].country}). */
public record FieldProblem(
        @Schema(description = "The JSON path of the field in the body sent; empty for the body as a whole",
                example = "members[2].country")
        String field,
        @Schema(description = "What is wrong with it, in plain words",
                example = "'Switzerland' is not an ISO 3166-1 alpha-2 country code (e.g. KE, GB; XK for Kosovo)")
        String message) {
}
