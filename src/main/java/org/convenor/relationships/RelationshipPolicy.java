package org.convenor.relationships;

/**
 * The windows staff tune, in days.
 *
 * @param exclusionWindowDays coalitions formed this recently count when asking whether a partner was left out
 * @param intelUpdateDays a partner should get an intel update at least this often
 * @param conveningDays a partner should be invited to a convening at least this often
 */
public record RelationshipPolicy(int exclusionWindowDays, int intelUpdateDays, int conveningDays) {
}
