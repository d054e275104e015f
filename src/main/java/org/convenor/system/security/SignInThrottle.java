package org.convenor.system.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows password guessing, for HTTP Basic and the sign-in form alike. After {@code usernameFailures} (5) failed
 * sign-ins of one username, or {@code addressFailures} (50) from one client address, every attempt for it is
 * refused, unchecked and uncounted, for 1 s; each further failure doubles the wait, up to 60 s. A count is
 * forgotten 15 minutes after its last failure, and a username's at its next successful sign-in. So someone who
 * mistypes waits a minute at most, while a guesser gets about one try a minute per username, and per address
 * once past its larger budget (an office behind one address shares it).
 * <p>
 * A check that ends while its username or address has begun to wait (a parallel guess failed meanwhile) is
 * refused too, even when the password was right, so a burst of parallel guesses learns no more than one would.
 * Memory is bounded: at most 10,000 usernames and 10,000 addresses, the least recently failed forgotten first,
 * and a name or address counts by its first 64 characters.
 */
class SignInThrottle {

    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final int MOST_TRACKED = 10_000;
    private static final int LONGEST_KEY = 64;

    private final SignInLimits limits;
    private final Clock clock;
    private final Map<String, Failures> byUsername = leastRecentFirst();
    private final Map<String, Failures> byAddress = leastRecentFirst();

    SignInThrottle(SignInLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** An attempt refused: the client should wait {@link #retryAfterSeconds()}. */
    static final class Refused extends AuthenticationException {

        private final Duration retryAfter;

        Refused(Duration retryAfter) {
            super("Too many failed sign-ins");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, rounded up: what {@code Retry-After} says. */
        long retryAfterSeconds() {
            return Math.max(1, retryAfter.plusNanos(999_999_999).toSeconds());
        }
    }

    /** How one username or address has failed lately. */
    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    /** The password check, behind this throttle. */
    AuthenticationManager around(AuthenticationManager passwords) {
        return attempt -> attempt(attempt, passwords);
    }

    private Authentication attempt(Authentication attempt, AuthenticationManager passwords) {
        String username = key(attempt.getName());
        String address = key(attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null);
        refuseIfWaiting(username, address);
        Authentication signedIn = null;
        BadCredentialsException failure = null;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            failure = e;
        }
        synchronized (this) {
            // Asked again: parallel guesses may have begun a wait while this password was being checked.
            Duration wait = waiting(username, address);
            if (failure != null) {
                failed(byUsername, username, limits.usernameFailures());
                failed(byAddress, address, limits.addressFailures());
            }
            if (!wait.isZero()) {
                throw new Refused(wait);
            }
            if (failure != null) {
                throw failure;
            }
            byUsername.remove(username);
            return signedIn;
        }
    }

    private synchronized void refuseIfWaiting(String username, String address) {
        Duration wait = waiting(username, address);
        if (!wait.isZero()) {
            throw new Refused(wait);
        }
    }

    private Duration waiting(String username, String address) {
        Instant now = clock.instant();
        Duration byName = waiting(byUsername, username, now);
        Duration byPlace = waiting(byAddress, address, now);
        return byName.compareTo(byPlace) >= 0 ? byName : byPlace;
    }

    private static Duration waiting(Map<String, Failures> failures, String key, Instant now) {
        Failures known = failures.get(key);
        if (known == null) {
            return Duration.ZERO;
        }
        if (known.last().plus(FORGET_AFTER).isBefore(now)) {
            failures.remove(key);
            return Duration.ZERO;
        }
        return known.waitUntil().isAfter(now) ? Duration.between(now, known.waitUntil()) : Duration.ZERO;
    }

    private void failed(Map<String, Failures> failures, String key, int allowed) {
        Instant now = clock.instant();
        Failures known = failures.get(key);
        int count = known == null || known.last().plus(FORGET_AFTER).isBefore(now) ? 1 : known.count() + 1;
        failures.put(key, new Failures(count, now, now.plus(wait(count, allowed))));
    }

    /** None before the allowed failures are used up; then 1 s, doubling with each failure, at most 60 s. */
    static Duration wait(int failures, int allowed) {
        if (failures < allowed) {
            return Duration.ZERO;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(failures - allowed, 16));
        return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
    }

    /** How many usernames and addresses are remembered: never more than twice {@link #MOST_TRACKED}. */
    synchronized int tracked() {
        return byUsername.size() + byAddress.size();
    }

    private static String key(String name) {
        String key = name == null ? "" : name;
        return key.length() <= LONGEST_KEY ? key : key.substring(0, LONGEST_KEY);
    }

    private static Map<String, Failures> leastRecentFirst() {
        return new LinkedHashMap<>(16, 0.75f, true) {

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > MOST_TRACKED;
            }
        };
    }
}
