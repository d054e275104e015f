package org.convenor.system.security;

import java.util.Optional;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * The console's second step for a stored user whose password was right: whoever holds a pending sign-in gives a
 * code (or, enrolling, their app's first code), checked behind the same throttle as passwords, so a guesser who
 * knows the password gets a try a minute at most. A right code turns the pending sign-in into the user's own, in
 * a new session id.
 */
public final class SecondFactorSignIn {

    /** How a code was taken. */
    public enum Outcome {
        SIGNED_IN, WRONG, WAIT
    }

    /** @param waitSeconds how long to wait before the next try, when {@link Outcome#WAIT} */
    public record Result(Outcome outcome, long waitSeconds) {
    }

    private final SignInThrottle throttle;
    private final Staff staff;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();
    private final RequestCache pagesAsked = new HttpSessionRequestCache();

    SecondFactorSignIn(SignInThrottle throttle, Staff staff) {
        this.throttle = throttle;
        this.staff = staff;
    }

    /**
     * The page that asked for a sign-in (its path and query on this service), or this week's; asked once, after a
     * right code.
     */
    public String pageAsked(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = pagesAsked.getRequest(request, response);
        pagesAsked.removeRequest(request, response);
        return saved == null ? "/" : ConsoleSecurity.pathAndQuery(saved.getRedirectUrl(), request.getContextPath());
    }

    /** Who is between their password and their code in this request's session, if anyone. */
    public Optional<String> pendingUser() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current instanceof PendingSecondFactor pending ? Optional.of(pending.getName()) : Optional.empty();
    }

    /**
     * Checks a code with {@code codeIsRight} (given the username), behind the throttle; when right, the session
     * becomes the user's, with their roles as they are now.
     */
    public Result complete(HttpServletRequest request, HttpServletResponse response, Predicate<String> codeIsRight) {
        String username = pendingUser().orElseThrow(() -> new IllegalStateException("No sign-in is pending"));
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "");
        attempt.setDetails(details.buildDetails(request));
        try {
            throttle.around(given -> {
                if (!codeIsRight.test(username)) {
                    throw new BadCredentialsException("Wrong code");
                }
                return given;
            }).authenticate(attempt);
        } catch (SignInThrottle.Refused refused) {
            return new Result(Outcome.WAIT, refused.retryAfterSeconds());
        } catch (BadCredentialsException wrong) {
            return new Result(Outcome.WRONG, 0);
        }
        StaffDirectory.Person person = staff.find(username).orElseThrow(() -> new BadCredentialsException(username));
        AbstractAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(username, null,
                Authorities.of(person.roles()));
        signedIn.setDetails(attempt.getDetails());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        return new Result(Outcome.SIGNED_IN, 0);
    }
}
