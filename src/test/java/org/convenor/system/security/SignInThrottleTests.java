package org.convenor.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.convenor.MovableClock;
import org.convenor.system.problems.ProblemAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing is slowed, over HTTP Basic and the sign-in form alike, with the numbers the service ships:
 * 5 failures for a username or 50 from an address, then a wait of 1 s doubling to 60 s. Time is moved by hand.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false", "convenor.security.sign-in.username-failures=5",
    "convenor.security.sign-in.address-failures=50"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
class SignInThrottleTests {

    static final String NETWORK = "/api/network";

    @TestConfiguration
    static class Clocks {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
        }
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    SignInThrottle throttle;

    /** Each test starts with every count forgotten. */
    @BeforeEach
    void anHourLater() {
        clock.advance(Duration.ofHours(1));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MvcTestResult network(String user, String password, String address) {
        return mvc.get().uri(NETWORK).with(httpBasic(user, password)).with(from(address)).exchange();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsThenWorks() {
        for (int i = 0; i < 5; i++) {
            assertThat(network(EDITOR, "guess-" + i, "198.51.100.1")).hasStatus(401);
        }

        MvcTestResult refused = network(EDITOR, PASSWORD, "198.51.100.1");
        ProblemAssertions.assertProblemStatus(refused, 429);
        assertThat(refused).hasHeader("Retry-After", "1").bodyJson().extractingPath("$.type")
                .isEqualTo("urn:convenor:problem:sign-in-throttled");
        assertThat(network(EDITOR, PASSWORD, "198.51.100.2")).as("from another address too").hasStatus(429);

        clock.advance(Duration.ofSeconds(1));
        assertThat(network(EDITOR, PASSWORD, "198.51.100.1")).hasStatus(200);
        for (int i = 0; i < 4; i++) {
            assertThat(network(EDITOR, "guess-" + i, "198.51.100.1")).as("a sign-in starts the count again")
                    .hasStatus(401);
        }
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToAMinute() {
        for (int i = 0; i < 5; i++) {
            network("staff", "guess-" + i, "198.51.100.3");
        }
        List<String> waits = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String wait = network("staff", PASSWORD, "198.51.100.3").getResponse().getHeader("Retry-After");
            waits.add(wait);
            clock.advance(Duration.ofSeconds(Long.parseLong(wait)));
            assertThat(network("staff", "guess-again", "198.51.100.3")).hasStatus(401);
        }

        assertThat(waits).containsExactly("1", "2", "4", "8", "16", "32", "60", "60", "60");
    }

    @Test
    void failuresAreForgottenAQuarterOfAnHourAfterTheLast() {
        for (int i = 0; i < 5; i++) {
            network("viewer", "guess-" + i, "198.51.100.4");
        }
        assertThat(network("viewer", PASSWORD, "198.51.100.4")).hasStatus(429);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        for (int i = 0; i < 4; i++) {
            assertThat(network("viewer", "guess-" + i, "198.51.100.4")).hasStatus(401);
        }
        assertThat(network("viewer", PASSWORD, "198.51.100.4")).hasStatus(200);
    }

    @Test
    void oneAddressTryingManyUsernamesWaitsAfterFifty() {
        for (int i = 0; i < 50; i++) {
            assertThat(network("someone" + i, "guess", "203.0.113.9")).hasStatus(401);
        }

        assertThat(network(EDITOR, PASSWORD, "203.0.113.9")).hasStatus(429).hasHeader("Retry-After", "1");
        assertThat(network(EDITOR, PASSWORD, "203.0.113.10")).as("another address").hasStatus(200);
    }

    @Test
    void theSignInFormSaysToWaitAndThenLetsTheRightPasswordIn() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(formLogin().user(EDITOR).password("guess-" + i))).hasRedirectedUrl("/login?error");
        }

        assertThat(mvc.perform(formLogin().user(EDITOR).password(PASSWORD))).hasRedirectedUrl("/login?throttled");
        String page = mvc.get().uri("/login?throttled").exchange().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#login-throttled").text()).startsWith("Too many failed sign-ins");

        clock.advance(Duration.ofSeconds(1));
        assertThat(mvc.perform(formLogin().user(EDITOR).password(PASSWORD))).hasRedirectedUrl("/");
    }

    static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }

    @Test
    void aRightPasswordWhoseCheckEndsAfterParallelGuessesFailedIsRefusedToo() {
        AuthenticationManager[] check = new AuthenticationManager[1];
        check[0] = throttle.around(attempt -> {
            if (!"right".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            for (int i = 0; i < 5; i++) {
                catchThrowable(() -> check[0].authenticate(attempt("target", "guess", "192.0.2.2")));
            }
            return UsernamePasswordAuthenticationToken.authenticated("target", null, List.of());
        });

        assertThat(catchThrowable(() -> check[0].authenticate(attempt("target", "right", "192.0.2.1"))))
                .isInstanceOf(SignInThrottle.Refused.class);
    }

    @Test
    void aFloodOfMadeUpUsernamesAndAddressesIsForgottenOldestFirst() {
        AuthenticationManager check = throttle.around(attempt -> {
            throw new BadCredentialsException("no such user");
        });
        for (int i = 0; i < SignInThrottle.MOST_TRACKED * 2; i++) {
            UsernamePasswordAuthenticationToken attempt = attempt("made-up-" + i + "-".repeat(500), "guess",
                    "10.0." + (i / 250) + "." + (i % 250));
            assertThat(catchThrowable(() -> check.authenticate(attempt))).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(throttle.tracked()).isLessThanOrEqualTo(SignInThrottle.MOST_TRACKED * 2);
    }
}
