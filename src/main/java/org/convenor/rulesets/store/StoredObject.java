package org.convenor.rulesets.store;

/**
 * A git object of the history as git hashes it: its id, its type (git's numbers: 1 commit, 2 tree, 3 blob) and
 * its content.
 *
 * @param seq its place in the order objects were written
 */
public record StoredObject(long seq, String id, int type, byte[] content) {
}
