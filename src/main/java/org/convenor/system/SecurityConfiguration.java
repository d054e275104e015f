package org.convenor.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reading is open; changing the running service needs the operator (HTTP Basic). Decision queries are open
 * unless an API key is configured. Nothing here accepts rule text: rules are only ever read from disk.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String OPERATOR = "OPERATOR";
    private static final List<String> DECISIONS = List.of("/api/fees/**", "/api/coalitions/**",
            "/api/relationships/**");

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties security, ProblemWriter problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problems.write(response,
                        ProblemHandler.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Operator credential needed",
                                "This changes the running service: sign in as the operator (HTTP Basic)."))))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> problems.write(
                        response, ProblemHandler.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                "Only the operator may change the running service."))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/rulesets", "/api/rulesets/*").permitAll()
                        .requestMatchers("/api/rulesets/**").hasRole(OPERATOR)
                        .anyRequest().permitAll());
        if (security.hasApiKey()) {
            http.addFilterBefore(new ApiKeyFilter(security.apiKey(), problems), BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    @Bean
    UserDetailsService operators(SecurityProperties security) {
        if (!security.hasOperator()) {
            return new InMemoryUserDetailsManager();
        }
        String password = security.operatorPassword().startsWith("{") ? security.operatorPassword()
                : "{noop}" + security.operatorPassword();
        UserDetails operator = User.withUsername(security.operatorUsername()).password(password).roles(OPERATOR).build();
        return new InMemoryUserDetailsManager(operator);
    }

    /** Checks {@code X-Api-Key} on decision queries, comparing in constant time. */
    private static final class ApiKeyFilter extends OncePerRequestFilter {

        private final byte[] key;
        private final ProblemWriter problems;

        ApiKeyFilter(String key, ProblemWriter problems) {
            this.key = key.getBytes(StandardCharsets.UTF_8);
            this.problems = problems;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return DECISIONS.stream().noneMatch(pattern -> request.getRequestURI()
                    .startsWith(pattern.substring(0, pattern.length() - 3)));
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
}
