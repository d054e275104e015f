package org.convenor.validation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What is wrong with one field of a request, named by its JSON path ({@code members[2].country}); for a CSV
 * body, {@code field} is the column and {@code line} the line where the record starts (the header is line 1).
 */
public record FieldProblem(String field, String message, @JsonInclude(JsonInclude.Include.NON_NULL) Integer line) {

    public FieldProblem(String field, String message) {
        this(field, message, null);
    }
}
