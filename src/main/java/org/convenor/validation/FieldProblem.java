package org.convenor.validation;

import java.io.Serializable;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one field of a request, named by its JSON path ({@code members[2].country}); for a CSV
 * body, {@code field} is the column and {@code line} the line where the record starts (the header is line 1).
 */
public record FieldProblem(
        @Schema(description = "The JSON path of the field in the body sent (for CSV, the column); empty for the body "
                + "as a whole", example = "members[2].country")
        String field,
        @Schema(description = "What is wrong with it, in plain words",
                example = "'Switzerland' is not an ISO 3166-1 alpha-2 country code (e.g. KE, GB; XK for Kosovo)")
        String message,
        @Schema(description = "For a CSV body, the line where the bad record starts (the header is line 1); left "
                + "out otherwise", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer line) implements Serializable {

    public FieldProblem(String field, String message) {
        this(field, message, null);
    }
}
