package org.convenor.engine.compile;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set's files did not compile; every error is listed as {@code file:line: message}. */
public class RuleSetCompilationException extends RuntimeException {

    private final String ruleSet;
    private final List<CompileError> errors;

    public RuleSetCompilationException(String ruleSet, List<CompileError> errors) {
        super("Rule set '" + ruleSet + "' does not compile:\n"
                + errors.stream().map(CompileError::toString).collect(Collectors.joining("\n")));
        this.ruleSet = ruleSet;
        this.errors = List.copyOf(errors);
    }

    public String ruleSet() {
        return ruleSet;
    }

    public List<CompileError> errors() {
        return errors;
    }
}
