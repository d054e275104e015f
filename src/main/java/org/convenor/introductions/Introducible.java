package org.convenor.introductions;

import java.time.LocalDate;
import java.util.List;

import org.convenor.engine.Fact;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.jspecify.annotations.Nullable;

/**
 * A member as the introduction rules see it: what it is, where it is based, when it joined, and whether it is
 * restricted (seen only by its owner and those it is shared with, so never suggested to anyone).
 */
public record Introducible(String memberId, @Nullable String name, MemberKind kind, List<Role> roles,
        @Nullable String country, @Nullable Boolean globalSouth, @Nullable LocalDate joinedOn, boolean restricted)
        implements Fact {

    public Introducible {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public String factId() {
        return memberId;
    }
}
