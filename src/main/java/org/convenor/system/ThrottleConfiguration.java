package org.convenor.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock {@link SignInThrottle} tells time by, until the service has its one {@code Clock} (issue 19: today in
 * {@code convenor.time-zone}); then delete this class, and the throttle takes that one. Tests put a clock they
 * move in its place rather than waiting.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ThrottleConfiguration {

    @Bean
    Clock throttleClock() {
        return Clock.systemUTC();
    }
}
