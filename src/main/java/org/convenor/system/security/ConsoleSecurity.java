package org.convenor.system.security;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
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
 * failures throttled as the API's are; nothing else is remembered. Users come from whatever
 * {@code UserDetailsService} the application defines. VIEWER, STAFF and EDITOR read every page; changing the
 * network (and opening a form that would) needs STAFF or EDITOR; changing a rule set needs EDITOR; any other
 * change is refused until the page that makes it names its role here. OPERATOR alone opens no page: it reloads
 * rule sets, nothing else.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
// Imported, not only scanned: a page test that takes this chain alone needs the throttle it signs in behind.
@Import(ThrottleConfiguration.class)
class ConsoleSecurity {

    private static final String VIEWER = "VIEWER";
    private static final String STAFF = "STAFF";
    private static final String EDITOR = "EDITOR";

    /**
     * Left to the API's chain (stateless HTTP Basic, problem answers, no session) or the open one. {@code /bench/**}
     * is the bench profile's no-op endpoints, in the API's chain like the decision forms they are measured against
     * (absent otherwise).
     */
    static final RequestMatcher NOT_PAGES = new OrRequestMatcher(path("/api/**"), path("/actuator/**"),
            path("/v3/api-docs"), path("/v3/api-docs.yaml"), path("/v3/api-docs/**"), path("/swagger-ui/**"),
            path("/swagger-ui.html"), path("/bench/**"));

    /** The forms that change the network: a VIEWER is refused the form as well as what it posts. */
    private static final String[] NETWORK_FORMS = {"/campaigns/new", "/campaigns/*/edit", "/network/members/new",
        "/network/members/*/edit", "/network/members/*/erase"};

    /**
     * What those forms post; logging a contact from this week's alerts or a member's page, correcting and deleting
     * one; giving members an owner.
     */
    private static final String[] NETWORK_CHANGES = {"/contacts", "/campaigns", "/campaigns/*",
        "/network/members", "/network/members/*", "/network/members/*/erase", "/network/import/*", "/fees/income",
        "/network/members/*/interactions", "/network/members/*/interactions/*",
        "/network/members/*/interactions/*/delete", "/network/owners"};

    /** Scripts and styles come from this service only; CodeMirror sets styles on its elements, hence inline styles. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain console(HttpSecurity http, UserDetailsService users, SignInThrottle throttle) throws Exception {
        http.securityMatcher(new NegatedRequestMatcher(NOT_PAGES))
                .authenticationManager(SecurityConfiguration.signIn(users, throttle))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/rules/*/drafts/**", "/rules/*/history/*/restore")
                        .hasRole(EDITOR)
                        .requestMatchers(HttpMethod.GET, NETWORK_FORMS).hasAnyRole(STAFF, EDITOR)
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(VIEWER, STAFF, EDITOR)
                        .requestMatchers(HttpMethod.POST, NETWORK_CHANGES).hasAnyRole(STAFF, EDITOR)
                        .requestMatchers(HttpMethod.POST, "/rules/**").hasRole(EDITOR)
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(backToThePageAsked())
                        .failureHandler(failure()))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .headers(SecurityConfiguration.referrerSameOrigin())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
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
    private static String pathAndQuery(String url, String contextPath) {
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

    /** A wrong password says so; a throttled attempt says to wait ({@link SignInThrottle}). */
    private static AuthenticationFailureHandler failure() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(SignInThrottle.Refused.class.getName(), "/login?throttled"));
        return handler;
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
