package org.convenor.system.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Roles as Spring Security's authorities ({@code ROLE_EDITOR}), one way for every kind of sign-in. */
final class Authorities {

    private static final String PREFIX = "ROLE_";

    private Authorities() {
    }

    static List<GrantedAuthority> of(Set<StaffRole> roles) {
        return roles.stream().sorted().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(PREFIX + role.name()))
                .toList();
    }

    /**
     * Whether these authorities hold exactly these roles (a session's, against the user's roles now); other
     * authorities (how they signed in) are not roles.
     */
    static boolean same(Collection<? extends GrantedAuthority> authorities, Set<StaffRole> roles) {
        Set<String> held = authorities.stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(PREFIX)).collect(Collectors.toSet());
        return held.equals(roles.stream().map(role -> PREFIX + role.name()).collect(Collectors.toSet()));
    }
}
