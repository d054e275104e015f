package org.convenor.system.security;

/**
 * What a signed-in user may do. VIEWER reads the stored network and its decisions; STAFF also changes the
 * network; EDITOR also changes rule sets (each includes the one before). OPERATOR is apart: it reloads rule
 * sets and nothing else, and may be given beside another role.
 */
public enum StaffRole {
    VIEWER, STAFF, EDITOR, OPERATOR
}
