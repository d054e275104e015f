package org.convenor.validation;

/**
 * The one id rule, for every id in a request body or a path (members, campaigns, coalitions, targets and every
 * reference to them): {@code [A-Za-z0-9][A-Za-z0-9._-]{0,99}}, the API description's {@code Schemas.ID}. An id
 * goes into addresses ({@code /network/members/{id}}), file names and CSV cells: a slash, a backslash, a
 * {@code %}, a {@code ;}, a line break, {@code .} or {@code ..} would make a record that cannot be opened or
 * erased by its address. Written out rather than a regular expression: a million interactions each name one.
 */
public final class Ids {

    public static final int MAX_LENGTH = 100;
    public static final String RULE = "an id is 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or"
            + " a digit";

    private Ids() {
    }

    /** An id from a request's address, as it is when it keeps the rule; otherwise a 400 naming {@code field}. */
    public static String require(String field, String id) {
        Problems problems = new Problems();
        problems.id(field, id);
        problems.throwIfAny();
        return id;
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || !alphanumeric(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!alphanumeric(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
