package org.convenor.network;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * A link between two members: a person works at an organisation (with a title), a member was introduced by
 * another, or two members know each other.
 *
 * @param id assigned by the store; ignored in a body sent
 * @param title a WORKS_AT link's job title; no other kind has one
 */
public record Link(
        @Schema(description = "Assigned by the store; ignored in a body sent") @Nullable Long id,
        @Schema(pattern = Schemas.ID, description = "WORKS_AT: the person; INTRODUCED_BY: the member introduced",
                example = "amal-haddad") String from,
        @Schema(pattern = Schemas.ID, description = "WORKS_AT: the organisation; INTRODUCED_BY: who introduced them",
                example = "beirut-press") String to,
        LinkKind kind,
        @Schema(description = "A WORKS_AT link's job title; no other kind has one", example = "Editor")
        @Nullable String title) {

    /** Whether the link joins these two members, either way round. */
    public boolean joins(String one, String other) {
        return from.equals(one) && to.equals(other) || from.equals(other) && to.equals(one);
    }

    /** The member at the other end from {@code memberId}. */
    public String other(String memberId) {
        return from.equals(memberId) ? to : from;
    }
}
