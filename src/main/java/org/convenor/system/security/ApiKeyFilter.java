package org.convenor.system.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.convenor.system.problems.ProblemHandler;
import org.convenor.system.problems.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks {@code X-Api-Key} on the POST decision forms, and on nothing else: the GET forms over the stored
 * network need a signed-in user instead. Compares in constant time.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private static final RequestMatcher DECISION_FORMS = new OrRequestMatcher(ApiAccess.RULES.stream()
            .filter(rule -> rule.access() == ApiAccess.Access.DECISION_FORM)
            .flatMap(rule -> rule.patterns().stream()
                    .map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(rule.method(), pattern)))
            .map(RequestMatcher.class::cast).toList());

    private final byte[] key;
    private final ProblemWriter problems;

    ApiKeyFilter(String key, ProblemWriter problems) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !DECISION_FORMS.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader("X-Api-Key");
        if (given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            problems.write(response, ProblemHandler.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "API key needed", "Decision queries need the header X-Api-Key."));
            return;
        }
        chain.doFilter(request, response);
    }
}
