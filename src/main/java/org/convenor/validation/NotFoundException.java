package org.convenor.validation;

/** A request names a record that does not exist (a campaign, a member, an interaction): answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " with id '" + id + "'.");
    }
}
