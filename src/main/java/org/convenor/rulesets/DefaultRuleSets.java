package org.convenor.rulesets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.convenor.engine.RulesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Rule sets added after deployments began, shipped in the jar as their defaults ({@code defaults/<name>/rules} and
 * {@code .../scenarios}). A deployment whose rules folder lacks one gets it at start-up, before the gate loads
 * anything: the gate then judges it like any rule set on disk, and the history records it as its first version.
 * A folder that exists is never touched, even empty: what is on disk is the staff's.
 */
@Component
class DefaultRuleSets {

    static final List<String> SHIPPED = List.of("introductions");

    private static final Logger log = LoggerFactory.getLogger(DefaultRuleSets.class);

    private final RulesProperties properties;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    DefaultRuleSets(RulesProperties properties) {
        this.properties = properties;
    }

    /** @return the rule sets created */
    List<String> createMissing() {
        List<String> created = new ArrayList<>();
        for (String name : SHIPPED) {
            Path rules = properties.directory().resolve(name);
            if (Files.exists(rules)) {
                continue;
            }
            copy("defaults/" + name + "/rules/*.drl", rules);
            Path scenarios = properties.scenarios().resolve(name);
            if (!Files.exists(scenarios)) {
                copy("defaults/" + name + "/scenarios/*.yaml", scenarios);
            }
            log.info("Rule set {} was missing from {}: created with its defaults", name, properties.directory());
            created.add(name);
        }
        return created;
    }

    private void copy(String pattern, Path folder) {
        try {
            Files.createDirectories(folder);
            for (Resource resource : resources.getResources("classpath:" + pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, folder.resolve(resource.getFilename()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the default rule set in " + folder, e);
        }
    }
}
