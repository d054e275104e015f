package org.convenor.system.security;

import org.convenor.system.problems.ProblemHandler;
import org.convenor.system.problems.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The API's ({@code /api/**} and the actuator) is stateless, signing in at every request with
 * HTTP Basic or an API token ({@code Authorization: Bearer}; the only way in for a user with a second factor),
 * answering 401 and 403 as problems, with the roles of {@link ApiAccess}: the stored network and its decisions need a signed-in
 * user of the role named, the POST decision forms stay open (unless an API key is set), reading rule sets and the
 * health status stay open, and anything not named needs a signed-in user. The other chain serves the OpenAPI
 * description and its browser, open; the console's own chain takes the pages. Rule text comes in only through an
 * EDITOR's draft. Failed sign-ins are throttled ({@link SignInThrottle}): a refused attempt is a 429 problem with
 * {@code Retry-After}.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String VIEWER = StaffRole.VIEWER.name();
    private static final String STAFF = StaffRole.STAFF.name();
    private static final String EDITOR = StaffRole.EDITOR.name();

    /** EDITOR includes STAFF, which includes VIEWER; OPERATOR stands apart. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role(EDITOR).implies(STAFF).role(STAFF).implies(VIEWER)
                .build();
    }

    /** Both chains check passwords alike, behind the throttle: the configured and stored users' encoded passwords. */
    static AuthenticationManager signIn(UserDetailsService users, SignInThrottle throttle) {
        return throttle.around(new ProviderManager(new DaoAuthenticationProvider(users)));
    }

    /**
     * The API's password check: as the console's, but a user who has a second factor is refused even with the
     * right password (said only once the password was found right, so it tells a guesser nothing).
     */
    static AuthenticationManager apiSignIn(UserDetailsService users, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPostAuthenticationChecks(account -> {
            if (account instanceof SignInAccount stored && stored.secondFactor()) {
                throw new PasswordNotForApi();
            }
        });
        return throttle.around(new ProviderManager(passwords));
    }

    /** A right password of a user with a second factor, sent to the API: their API tokens open it, it does not. */
    static final class PasswordNotForApi extends AccountStatusException {

        PasswordNotForApi() {
            super("This user has a second factor: their password does not open the API");
        }
    }

    /** Links followed out of the service do not carry its addresses, which name members and drafts. */
    static Customizer<HeadersConfigurer<HttpSecurity>> referrerSameOrigin() {
        return headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SecurityProperties security, ProblemWriter problems,
            UserDetailsService users, SignInThrottle throttle, Staff staff, ObjectProvider<StoredUsers> stored)
            throws Exception {
        AuthenticationEntryPoint refused = refused(problems);
        // The bench profile's no-op endpoints pass the same chain as the decision forms they are measured against.
        http.securityMatcher("/api/**", "/actuator/**", "/bench/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(apiSignIn(users, throttle))
                .headers(referrerSameOrigin())
                .httpBasic(basic -> basic.authenticationEntryPoint(refused))
                .addFilterBefore(new BearerTokens(stored, staff, refused), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> problems.write(
                        response, ProblemHandler.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                "Your role does not allow this: VIEWER reads the network and its decisions, STAFF"
                                        + " also changes the network, EDITOR also reads its audit log and drafts, publishes"
                                        + " and restores rule sets, OPERATOR reloads rule sets, ADMIN manages users."))))
                .authorizeHttpRequests(requests -> {
                    for (ApiAccess.Rule rule : ApiAccess.RULES) {
                        String[] patterns = rule.patterns().toArray(String[]::new);
                        var matched = rule.method() == null ? requests.requestMatchers(patterns)
                                : requests.requestMatchers(rule.method(), patterns);
                        if (rule.access().isRole()) {
                            matched.hasRole(rule.access().name());
                        } else if (rule.access().needsSignIn()) {
                            matched.authenticated();
                        } else {
                            matched.permitAll();
                        }
                    }
                    // A path named nowhere in ApiAccess is for a signed-in user to find missing (404); roles
                    // belong there, and ApiRolesTests checks each endpoint's.
                    requests.anyRequest().authenticated();
                });
        if (security.hasApiKey()) {
            http.addFilterBefore(new ApiKeyFilter(security.apiKey(), problems), BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    /** 401 and 429 as problems: a sign-in missing or wrong, a password where a token is needed, or a wait. */
    private static AuthenticationEntryPoint refused(ProblemWriter problems) {
        return (request, response, e) -> {
            if (e instanceof SignInThrottle.Refused refused) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
                problems.write(response, ProblemHandler.problem(HttpStatus.TOO_MANY_REQUESTS,
                        "sign-in-throttled", "Too many failed sign-ins", "Too many failed sign-ins for this "
                                + "username or from this address: try again in " + refused.retryAfterSeconds()
                                + " s."));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"convenor\"");
            problems.write(response, ProblemHandler.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "Sign-in needed", e instanceof PasswordNotForApi ? "This user has a second factor, so their "
                            + "password does not open the API: send one of their API tokens as 'Authorization: "
                            + "Bearer <token>' (made on their Account page or with POST /api/users/me/tokens)."
                            : "Sign in (HTTP Basic, or an API token as 'Authorization: Bearer <token>') as a user "
                                    + "whose role allows this."));
        };
    }

    /** An address the firewall refuses (an encoded slash, a '..') is answered as a problem too. */
    @Bean
    RequestRejectedHandler requestRejected(ProblemWriter problems) {
        return (request, response, e) -> problems.write(response, ProblemHandler.problem(HttpStatus.BAD_REQUEST,
                "request-rejected", "Address refused", "This address is not one the service takes: encoded "
                        + "slashes, '..' and the like are refused."));
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .headers(referrerSameOrigin())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
