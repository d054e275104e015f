package org.convenor.system.security;

import java.net.URI;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The console's filter chain, beside the API's: every path that is not the API's, the actuator's or the OpenAPI
 * description's. Staff sign in with the form at {@code /login} (a session, CSRF on every form, sign-out by POST),
 * failures throttled as the API's are; nothing else is remembered. A stored EDITOR or ADMIN, and anyone with an
 * authenticator app, then gives its code (enrolling one at their first sign-in). Where the organisation's
 * identity provider is configured ({@code spring.security.oauth2.client.*}), its sign-in sits beside the form.
 * Users come from whatever {@code UserDetailsService} the application defines, and are checked again at every
 * request ({@link SessionCheck}). VIEWER, STAFF and EDITOR read every page; changing the
 * network (and opening a form that would) needs STAFF or EDITOR; changing a rule set needs EDITOR; any other
 * change is refused until the page that makes it names its role here. OPERATOR alone opens no page: it reloads
 * rule sets, nothing else. ADMIN opens the Users page and downloads a member's export; anyone with a page role opens their Account page.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
// Imported, not only scanned: a page test that takes this chain alone needs the throttle it signs in behind, and
// the users it checks every request against.
@Import({ThrottleConfiguration.class, StaffUsers.class})
class ConsoleSecurity {

    private static final String VIEWER = "VIEWER";
    private static final String STAFF = "STAFF";
    private static final String EDITOR = "EDITOR";
    private static final String ADMIN = "ADMIN";
    /** Where a user with a second factor gives their code, or enrols an app, between their password and the pages. */
    static final String SECOND_FACTOR = "/login/second-factor";

    /**
     * Left to the API's chain (stateless HTTP Basic, problem answers, no session) or the open one. {@code /bench/**}
     * is the bench profile's no-op endpoints, in the API's chain like the decision forms they are measured against
     * (absent otherwise).
     */
    static final RequestMatcher NOT_PAGES = new OrRequestMatcher(path("/api/**"), path("/actuator/**"),
            path("/v3/api-docs"), path("/v3/api-docs.yaml"), path("/v3/api-docs/**"), path("/swagger-ui/**"),
            path("/swagger-ui.html"), path("/bench/**"));

    /** The forms that change the network: a VIEWER is refused the form as well as what it posts. */
    private static final String[] NETWORK_FORMS = {"/campaigns/new", "/campaigns/*/edit", "/campaigns/*/close",
        "/network/members/new",
        "/network/members/*/edit", "/network/members/*/erase"};

    /**
     * What those forms post; logging a contact from this week's alerts or a member's page, correcting and deleting
     * one; giving members an owner; a member's links, added and removed, and an introduction logged.
     */
    private static final String[] NETWORK_CHANGES = {"/contacts", "/campaigns", "/campaigns/*", "/campaigns/*/close",
        "/campaigns/*/coalitions", "/campaigns/*/coalitions/*/invitations", "/campaigns/*/coalitions/*/responses",
        "/network/members", "/network/members/*", "/network/members/*/erase", "/network/import/*", "/fees/income",
        "/network/members/*/interactions", "/network/members/*/interactions/*",
        "/network/members/*/interactions/*/delete", "/network/owners", "/network/members/*/links",
        "/network/members/*/links/*/delete", "/network/members/*/introductions"};

    /** Scripts and styles come from this service only; CodeMirror sets styles on its elements, hence inline styles. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecondFactorSignIn secondFactorSignIn(SignInThrottle throttle, Staff staff) {
        return new SecondFactorSignIn(throttle, staff);
    }

    @Bean
    @Order(0)
    SecurityFilterChain console(HttpSecurity http, UserDetailsService users, SignInThrottle throttle, Staff staff,
            ObjectProvider<ClientRegistrationRepository> organisation) throws Exception {
        AuthenticationManager passwords = secondFactorWhereNeeded(SecurityConfiguration.signIn(users, throttle));
        AuthenticationProvider identities = organisation.getIfAvailable() == null ? null
                : new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                        new OrganisationSignIn(staff));
        http.securityMatcher(new NegatedRequestMatcher(NOT_PAGES))
                // One manager for both ways in, with no parent to fall back on: a password refused here is never
                // tried again unthrottled, nor let in without its second factor.
                .authenticationManager(attempt -> attempt instanceof OAuth2LoginAuthenticationToken && identities != null
                        ? identities.authenticate(attempt) : passwords.authenticate(attempt))
                .addFilterBefore(new SessionCheck(staff), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers(SECOND_FACTOR, SECOND_FACTOR + "/**").hasAuthority(PendingSecondFactor.AUTHORITY)
                        .requestMatchers("/users", "/users/**", "/network/reads").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/network/members/*/export").hasRole(ADMIN)
                        .requestMatchers("/digests", "/digests/**").hasRole(EDITOR)
                        .requestMatchers("/account", "/account/**").hasAnyRole(VIEWER, STAFF, EDITOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/rules/*/drafts/**", "/rules/*/history/*/restore")
                        .hasRole(EDITOR)
                        .requestMatchers(HttpMethod.GET, NETWORK_FORMS).hasAnyRole(STAFF, EDITOR)
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(VIEWER, STAFF, EDITOR)
                        .requestMatchers(HttpMethod.POST, NETWORK_CHANGES).hasAnyRole(STAFF, EDITOR)
                        .requestMatchers(HttpMethod.POST, "/rules/**").hasRole(EDITOR)
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(secondFactorOrBack())
                        .failureHandler(failure()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(secondFactorFirst()))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .headers(SecurityConfiguration.referrerSameOrigin())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        if (identities != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login").successHandler(backToThePageAsked())
                    .failureHandler(failure()));
        }
        return http.build();
    }

    /**
     * A stored EDITOR or ADMIN (or anyone who has enrolled an authenticator app) whose password was right is not
     * yet signed in: they hold a pending sign-in until their code is taken ({@link SecondFactorSignIn}).
     */
    private static AuthenticationManager secondFactorWhereNeeded(AuthenticationManager passwords) {
        return attempt -> {
            Authentication signedIn = passwords.authenticate(attempt);
            return signedIn.getPrincipal() instanceof SignInAccount account && account.needsSecondFactor()
                    ? new PendingSecondFactor(account.getUsername()) : signedIn;
        };
    }

    private static AuthenticationSuccessHandler secondFactorOrBack() {
        AuthenticationSuccessHandler back = backToThePageAsked();
        return (request, response, authentication) -> {
            if (authentication instanceof PendingSecondFactor) {
                response.sendRedirect(request.getContextPath() + SECOND_FACTOR);
            } else {
                back.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** Someone between their password and their code is sent to give the code, wherever they go. */
    private static AccessDeniedHandler secondFactorFirst() {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, e) -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor) {
                response.sendRedirect(request.getContextPath() + SECOND_FACTOR);
            } else {
                forbidden.handle(request, response, e);
            }
        };
    }

    /**
     * After sign-in, the page that asked for it (or this week's): by its path and query only. Spring remembers
     * that page as a whole URL built from the request's {@code Host}, which a client may forge.
     */
    private static AuthenticationSuccessHandler backToThePageAsked() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        handler.setRedirectStrategy((request, response, url) ->
                response.sendRedirect(request.getContextPath() + pathAndQuery(url, request.getContextPath())));
        return handler;
    }

    /** The path (after the context path) and query of a URL of this service; anything else is this week's page. */
    static String pathAndQuery(String url, String contextPath) {
        try {
            URI target = URI.create(url);
            String path = target.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.startsWith(contextPath + "//")) {
                return "/";
            }
            path = path.substring(contextPath.length());
            return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /**
     * A wrong password says so; a throttled attempt says to wait ({@link SignInThrottle}); an identity the
     * organisation's provider vouched for but that is no enabled user's says that.
     */
    private static AuthenticationFailureHandler failure() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(SignInThrottle.Refused.class.getName(), "/login?throttled"));
        return (request, response, e) -> {
            if (e instanceof OAuth2AuthenticationException oidc) {
                response.sendRedirect(request.getContextPath() + (OrganisationSignIn.NOT_A_USER.equals(
                        oidc.getError().getErrorCode()) ? "/login?notAUser" : "/login?providerError"));
            } else {
                handler.onAuthenticationFailure(request, response, e);
            }
        };
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
