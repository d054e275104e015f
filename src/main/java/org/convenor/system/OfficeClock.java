package org.convenor.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's one {@link Clock}; no other code asks the system for the date or the time. */
@Configuration
@EnableConfigurationProperties(OfficeProperties.class)
public class OfficeClock {

    @Bean
    Clock clock(OfficeProperties office) {
        return office.clock();
    }
}
