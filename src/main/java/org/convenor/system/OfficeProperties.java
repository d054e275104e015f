package org.convenor.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the convenor's office is.
 *
 * @param timeZone the office's time zone, an IANA name ({@code Europe/London}, {@code America/New_York}): "today"
 *        everywhere (a contact logged this evening, the default {@code asOf}, the date pickers) is the day there
 */
@ConfigurationProperties("convenor")
public record OfficeProperties(@DefaultValue("UTC") ZoneId timeZone) {

    /** The one clock every "today" and "now" comes from: the system's time, read in the office's zone. */
    public Clock clock() {
        return Clock.system(timeZone);
    }
}
