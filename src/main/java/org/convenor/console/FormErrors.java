package org.convenor.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convenor.validation.FieldProblem;
import org.springframework.validation.BindingResult;

/**
 * What is wrong with a form, by field, so a page shows each message beside its field: the store's problems
 * name fields as a single JSON object's would ({@code kind}, {@code targets[1].id}), which is how the form's
 * inputs are named. A problem about the form as a whole is under the empty name.
 */
public final class FormErrors {

    public static final String WHOLE_FORM = "";

    private FormErrors() {
    }

    public static Map<String, String> of(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String field = problem.field() == null ? WHOLE_FORM : problem.field();
            errors.merge(field, problem.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    /** A value the form could not even read (a word no option offers, a number that is not one). */
    public static Map<String, String> of(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                "'" + error.getRejectedValue() + "' is not a value this field takes"));
        return errors;
    }
}
