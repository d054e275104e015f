package org.convenor.relationships;

/**
 * What joining changes, which staff tune. A record of its own, beside {@link RelationshipPolicy}: older rule
 * versions construct that one with three numbers, and restoring them must still compile.
 *
 * @param firstContactGraceDays a member that joined this many days ago or fewer is not yet flagged as never
 *        contacted
 */
public record JoiningPolicy(int firstContactGraceDays) {

    /** A negative grace would flag a member before it joined. */
    public JoiningPolicy {
        if (firstContactGraceDays < 0) {
            throw new IllegalArgumentException("first contact grace days must be 0 or more, not " + firstContactGraceDays);
        }
    }
}
