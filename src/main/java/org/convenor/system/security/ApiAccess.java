package org.convenor.system.security;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what in the API's filter chain, as one table: the chain guards the paths with it, and the API
 * description says each operation's security and role from it, so the two cannot disagree. The first rule that
 * matches a request decides; a path no rule names needs a signed-in user (and is then a 404).
 */
public final class ApiAccess {

    /** What a rule asks of the caller. */
    public enum Access {
        /** Anyone. */
        OPEN,
        /** Anyone, unless {@code convenor.security.api-key} is set: then the {@code X-Api-Key} header. */
        DECISION_FORM,
        VIEWER,
        STAFF,
        EDITOR,
        OPERATOR,
        ADMIN,
        /** Any signed-in user, whatever their roles: what is theirs alone (their API tokens). */
        SIGNED_IN;

        /** Needs someone signed in (HTTP Basic or an API token), not open to anyone. */
        public boolean needsSignIn() {
            return this != OPEN && this != DECISION_FORM;
        }

        /** A role of staff that must be held. */
        public boolean isRole() {
            return needsSignIn() && this != SIGNED_IN;
        }
    }

    /** @param method {@code null} for every method */
    public record Rule(@Nullable HttpMethod method, Access access, List<String> patterns) {
    }

    public static final List<Rule> RULES = List.of(
            rule(HttpMethod.GET, Access.OPEN, "/api/rulesets", "/api/rulesets/*", "/api/rulesets/*/tables"),
            rule(HttpMethod.POST, Access.OPERATOR, "/api/rulesets/reload"),
            rule(HttpMethod.GET, Access.VIEWER, "/api/rulesets/*/history"),
            // Reviews: any EDITOR; that an author never approves their own draft is the service's to say.
            rule(HttpMethod.POST, Access.EDITOR, "/api/rulesets/*/drafts/*/ask-approval",
                    "/api/rulesets/*/drafts/*/approve", "/api/rulesets/*/drafts/*/send-back"),
            rule(HttpMethod.GET, Access.EDITOR, "/api/rulesets/*/drafts/*", "/api/rulesets/*/drafts/*/changes"),
            rule(null, Access.EDITOR, "/api/rulesets/*/drafts", "/api/rulesets/*/drafts/**",
                    "/api/rulesets/*/history/*/restore"),
            rule(HttpMethod.POST, Access.DECISION_FORM, "/api/fees/assessments", "/api/coalitions/recommendations",
                    "/api/relationships/alerts", "/api/introductions"),
            // The bench profile's no-op endpoints, measured against the decision forms, pass the same chain.
            rule(HttpMethod.POST, Access.OPEN, "/bench/**"),
            rule(HttpMethod.GET, Access.VIEWER, "/api/fees/assessments", "/api/relationships/alerts",
                    "/api/campaigns/*/recommendations", "/api/introductions"),
            rule(HttpMethod.GET, Access.EDITOR, "/api/network/audit"),
            rule(HttpMethod.GET, Access.ADMIN, "/api/network/members/*/export", "/api/network/export"),
            rule(HttpMethod.GET, Access.ADMIN, "/api/network/reads"),
            rule(HttpMethod.GET, Access.VIEWER, "/api/network", "/api/network/**"),
            // Links and introductions made are records of the network like any other: STAFF writes them.
            rule(null, Access.STAFF, "/api/network/links", "/api/network/links/*", "/api/network/introductions"),
            rule(null, Access.STAFF, "/api/network", "/api/network/**"),
            rule(null, Access.SIGNED_IN, "/api/users/me/tokens", "/api/users/me/tokens/*"),
            rule(HttpMethod.GET, Access.SIGNED_IN, "/api/digests/me"),
            rule(HttpMethod.GET, Access.EDITOR, "/api/digests/*"),
            rule(HttpMethod.POST, Access.EDITOR, "/api/digests/*/send"),
            rule(HttpMethod.GET, Access.OPERATOR, "/api/digest-deliveries"),
            rule(null, Access.ADMIN, "/api/users", "/api/users/**"),
            rule(HttpMethod.GET, Access.OPEN, "/actuator/health", "/actuator/health/**", "/actuator/info"));

    private static final PathPatternParser PATTERNS = PathPatternParser.defaultInstance;

    private ApiAccess() {
    }

    /**
     * What the first rule naming this method and path asks; a path template ({@code /api/network/members/{id}})
     * is matched as the requests it stands for.
     */
    public static Optional<Access> of(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return RULES.stream()
                .filter(rule -> rule.method() == null || rule.method().equals(method))
                .filter(rule -> rule.patterns().stream().anyMatch(p -> PATTERNS.parse(p).matches(container)))
                .map(Rule::access).findFirst();
    }

    private static Rule rule(@Nullable HttpMethod method, Access access, String... patterns) {
        return new Rule(method, access, List.of(patterns));
    }
}
