package org.convenor.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How big a request may be.
 *
 * @param maxRequestSize a larger body is refused with 413 before it is parsed
 */
@ConfigurationProperties("convenor.limits")
public record LimitsProperties(@DefaultValue("10MB") DataSize maxRequestSize) {
}
