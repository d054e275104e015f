package org.convenor.system;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a request before any rule sees it: the constraints on its records first, then the checks that
 * look across records (duplicate ids, references), which can assume the basics hold.
 */
@Component
public class RequestValidator {

    private final Validator validator;

    public RequestValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> void validate(T request, Function<T, List<FieldProblem>> crossChecks) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("", "a request body is required")));
        }
        List<FieldProblem> problems = validator.validate(request).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (problems.isEmpty()) {
            problems = crossChecks.apply(request);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
