package org.convenor.system.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At every console request, the signed-in user as they are now, not as they were at sign-in: a user disabled (or
 * removed from configuration) meanwhile is signed out there and then, and one whose roles changed has the new
 * ones from this request on. The API needs no such check: it signs in afresh at every request.
 */
final class SessionCheck extends OncePerRequestFilter {

    private final Staff staff;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionCheck(Staff staff) {
        this.staff = staff;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            Optional<StaffDirectory.Person> person = staff.find(current.getName());
            if (person.isEmpty()) {
                end(request);
            } else if (!(current instanceof PendingSecondFactor)
                    && !Authorities.same(current.getAuthorities(), person.get().roles())) {
                UsernamePasswordAuthenticationToken now = UsernamePasswordAuthenticationToken.authenticated(
                        current.getName(), null, Authorities.of(person.get().roles()));
                now.setDetails(current.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(now);
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
