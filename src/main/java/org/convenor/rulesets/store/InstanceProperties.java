package org.convenor.rulesets.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the instances sharing a database follow each other.
 *
 * @param id this instance's name in {@code GET /api/rulesets} and the change log; blank: the host's name and a
 *        few random letters, new at every start
 * @param poll how often this instance reads the change log (a publish elsewhere is active here within about this)
 * @param liveFor how long an instance not heard from still counts as up ({@code GET /api/rulesets} shows those)
 */
@ConfigurationProperties("convenor.instances")
public record InstanceProperties(
        @DefaultValue("") String id,
        @DefaultValue("500ms") Duration poll,
        @DefaultValue("30s") Duration liveFor) {
}
