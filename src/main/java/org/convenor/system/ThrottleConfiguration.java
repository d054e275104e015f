package org.convenor.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sign-in throttle both security chains check passwords behind, and the clock it tells time by. Tests put a
 * clock they move in its place rather than waiting.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SignInLimits.class)
class ThrottleConfiguration {

    @Bean
    SignInThrottle signInThrottle(SignInLimits limits, Clock clock) {
        return new SignInThrottle(limits, clock);
    }

    /** Until the service has its one {@code Clock} (issue 19: today in {@code convenor.time-zone}); then delete this. */
    @Bean
    Clock throttleClock() {
        return Clock.systemUTC();
    }
}
