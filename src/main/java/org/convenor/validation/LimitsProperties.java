package org.convenor.validation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How big a request may be. Past a limit the answer is 413 naming the limit, before any rule runs.
 *
 * @param maxRequestSize a larger body is refused before it is parsed
 * @param maxImportSize the same for a CSV import of members, interactions or links (the API's and the import
 *     page's), which a full-size network needs: 1,000,000 interactions are about 60 MB of CSV
 * @param maxMembers most members in one request
 * @param maxInteractions most interactions in one request
 */
@ConfigurationProperties("convenor.limits")
public record LimitsProperties(
        @DefaultValue("16MB") DataSize maxRequestSize,
        @DefaultValue("128MB") DataSize maxImportSize,
        @DefaultValue("100000") int maxMembers,
        @DefaultValue("1000000") int maxInteractions) {
}
