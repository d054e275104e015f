package org.convenor.system.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Someone whose password was right, in the console, who has still to give their authenticator's code (or enrol
 * one): they hold no role, only the way to the second-factor pages.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

    static final String AUTHORITY = "SECOND_FACTOR_PENDING";

    private final String username;

    PendingSecondFactor(String username) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.username = username;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingSecondFactor pending && pending.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
