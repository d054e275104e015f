package org.convenor.validation;

/** A request within the size limit that still holds more than a configured limit allows. */
public class LimitExceededException extends RuntimeException {

    private final FieldProblem problem;

    public LimitExceededException(FieldProblem problem) {
        super(problem.field() + ": " + problem.message());
        this.problem = problem;
    }

    public FieldProblem problem() {
        return problem;
    }
}
