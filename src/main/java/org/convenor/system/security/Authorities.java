package org.convenor.system.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Roles as Spring Security's authorities ({@code ROLE_EDITOR}), one way for every kind of sign-in. */
final class Authorities {

    private Authorities() {
    }

    static List<GrantedAuthority> of(Set<StaffRole> roles) {
        return roles.stream().sorted().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    /** Whether these authorities are exactly these roles (a session's, against the user's roles now). */
    static boolean same(Collection<? extends GrantedAuthority> authorities, Set<StaffRole> roles) {
        return Set.copyOf(authorities).equals(Set.copyOf(of(roles)));
    }
}
