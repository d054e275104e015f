package org.convenor.validation;

/** What is wrong with one field of a request, named by its JSON path ({@code members[2].country}). */
public record FieldProblem(String field, String message) {
}
