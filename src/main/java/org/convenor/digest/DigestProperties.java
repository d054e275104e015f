package org.convenor.digest;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weekly digest's settings. Mail itself is Spring Boot's {@code spring.mail.*}: without {@code spring.mail.host}
 * nothing is sent, and the schedule does nothing.
 *
 * @param cron when the digest goes, a Spring cron read in the office's time zone ({@code convenor.time-zone});
 *        {@code -} turns the schedule off
 * @param teamAddress where the alerts of members no user owns go; unset: nowhere (they stay on This week)
 * @param from the sender's address
 * @param maxAttempts a delivery that failed this many times is left failed, for an operator to see
 * @param retryEvery how often failed deliveries are tried again
 */
@ConfigurationProperties("convenor.digest")
public record DigestProperties(@DefaultValue("0 0 8 * * MON") String cron, @Nullable String teamAddress,
        @DefaultValue("convenor@localhost") String from, @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT15M") Duration retryEvery) {
}
