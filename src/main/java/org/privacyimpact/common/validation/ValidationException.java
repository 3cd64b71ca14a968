package org.privacyimpact.common.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be saved; nothing was written. Lists every problem found, not only the first. */
public class ValidationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Input with one bad field. */
    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
