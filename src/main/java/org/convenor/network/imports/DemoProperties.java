package org.convenor.network.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Demo mode, off unless asked for.
 *
 * @param demo {@code --convenor.demo=true}: load the demo network into an empty store and, when no user and no
 *        operator is configured, create a {@code demo} EDITOR with a random password printed once in the log
 * @param demoFiles where the demo network's files are: {@code members.csv}, {@code interactions.csv},
 *        {@code coalitions.json}, {@code campaigns.json}, {@code convenor.json}
 */
@ConfigurationProperties("convenor")
public record DemoProperties(boolean demo, @DefaultValue("classpath:demo/") Resource demoFiles) {
}
