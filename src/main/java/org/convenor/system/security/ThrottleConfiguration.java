package org.convenor.system.security;

import java.time.Clock;

import org.convenor.system.OfficeClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The sign-in throttle both security chains check passwords behind. It tells time by the office's clock, imported
 * with it so a page test that takes the console's chain alone has both; tests put a clock they move in its place
 * rather than waiting.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SignInLimits.class)
@Import(OfficeClock.class)
class ThrottleConfiguration {

    @Bean
    SignInThrottle signInThrottle(SignInLimits limits, Clock clock) {
        return new SignInThrottle(limits, clock);
    }
}
