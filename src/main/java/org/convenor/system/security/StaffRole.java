package org.convenor.system.security;

/**
 * What a signed-in user may do. VIEWER reads the stored network and its decisions; STAFF also changes the
 * network; EDITOR also changes rule sets (each includes the one before). OPERATOR and ADMIN stand apart and may
 * be given beside another role: OPERATOR reloads rule sets and nothing else; ADMIN manages the users.
 */
public enum StaffRole {
    VIEWER, STAFF, EDITOR, OPERATOR, ADMIN
}
