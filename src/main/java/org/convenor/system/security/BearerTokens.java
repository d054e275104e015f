package org.convenor.system.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} in the API's chain: an API token signs its owner in for this request, with
 * their roles as they are now, if the owner may still sign in (a disabled user's tokens open nothing). A token is
 * 256 random bits, so guessing one is hopeless and no throttle is needed; a wrong one is a 401 like a wrong password.
 */
final class BearerTokens extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ObjectProvider<StoredUsers> stored;
    private final Staff staff;
    private final AuthenticationEntryPoint refused;

    BearerTokens(ObjectProvider<StoredUsers> stored, Staff staff, AuthenticationEntryPoint refused) {
        this.stored = stored;
        this.staff = staff;
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        StoredUsers users = stored.getIfAvailable();
        Optional<StaffDirectory.Person> owner = users == null ? Optional.empty()
                : users.tokenOwner(token).flatMap(staff::find);
        if (owner.isEmpty()) {
            refused.commence(request, response, new BadCredentialsException("Unknown or revoked token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.get().username(), null,
                Authorities.of(owner.get().roles())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
