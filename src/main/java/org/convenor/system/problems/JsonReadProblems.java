package org.convenor.system.problems;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

import org.convenor.system.JsonFormat;
import org.convenor.validation.Dates;
import org.convenor.validation.FieldProblem;

/**
 * A body Jackson could not read, as one field problem: where (the JSON path, {@code members[2].country}) and
 * what is wrong, in our words. Jackson's own name Java classes and parser settings, nothing a client can act on.
 */
final class JsonReadProblems {

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Unexpected character \\(('.*?') \\(code");
    private static final Pattern UNEXPECTED_CLOSE = Pattern.compile("^Unexpected close marker ('.')");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*?)\"");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");

    private JsonReadProblems() {
    }

    static FieldProblem of(JacksonException e) {
        return new FieldProblem(pathOf(e), describe(e));
    }

    private static String describe(JacksonException e) {
        if (e instanceof StreamReadException || e instanceof StreamConstraintsException) {
            return notWellFormed(e);
        }
        if (e instanceof PropertyBindingException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return "unknown field '" + unknown.getPropertyName() + "'"
                    + (known == null ? "" : "; allowed: " + known.stream().map(String::valueOf).sorted().toList());
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "'" + format.getValue() + "' is not allowed; use one of "
                    + Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class
                && format.getValue() instanceof String) {
            return JsonFormat.HALF_A_CHARACTER;
        }
        if (e instanceof InvalidFormatException format && !(format.getValue() instanceof String)) {
            return "expected " + friendly(format.getTargetType()) + ", not " + format.getValue();
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not a valid " + friendly(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + friendly(mismatch.getTargetType());
        }
        return "this value could not be read";
    }

    /** What is wrong with the JSON text, and where, in our words rather than the parser's. */
    private static String notWellFormed(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher character = UNEXPECTED_CHARACTER.matcher(message);
        Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
        Matcher closing = UNEXPECTED_CLOSE.matcher(message);
        Matcher duplicate = DUPLICATE.matcher(message);
        String what;
        if (message.startsWith("Unexpected end-of-input")) {
            what = "the JSON ends before it is complete";
        } else if (e instanceof StreamConstraintsException) {
            what = message.contains("nesting depth") ? "the JSON is nested too deeply" : "a value is too long";
        } else if (duplicate.find()) {
            what = "'" + duplicate.group(1) + "' is given twice in one object";
        } else if (closing.find()) {
            what = "unexpected " + closing.group(1);
        } else if (character.find()) {
            what = "unexpected character " + character.group(1);
        } else if (token.find()) {
            what = "'" + token.group(1) + "' is not a JSON value (text needs double quotes)";
        } else {
            what = "not well-formed JSON";
        }
        TokenStreamLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? what
                : what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    static String friendly(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == LocalDate.class) {
            return Dates.RULE;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "object";
    }

    /** {@code members[2].country}, from Jackson's path of property names and indexes. */
    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
