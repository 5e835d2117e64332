package org.xuncha.platform.problem;

import java.util.List;
import java.util.Map;

/** 400: the request's content breaks a rule; each broken rule names its field. */
public class InvalidInput extends DomainException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("validation", describe(errors), Map.of());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        return errors.size() == 1
                ? "The request is invalid: " + errors.get(0).field() + " " + errors.get(0).message()
                : "The request is invalid in " + errors.size() + " fields";
    }
}
