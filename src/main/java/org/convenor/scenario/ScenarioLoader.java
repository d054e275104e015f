package org.convenor.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.stereotype.Component;

/**
 * Reads scenario YAML files. A misspelt key is an error, never silently ignored; dates in {@code given} may be
 * written relative to its {@code asOf} ({@code "91 days before asOf"}).
 */
@Component
public class ScenarioLoader {

    private static final Set<String> KEYS = Set.of("name", "description", "given", "expect", "expectNone");

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    /** Every scenario of one rule set; a folder that does not exist holds none. */
    public List<Scenario> load(Path scenariosDirectory, String ruleSet) {
        return loadFolder(ruleSet, scenariosDirectory.resolve(ruleSet));
    }

    /** Every scenario in the folder, as scenarios of the rule set. */
    public List<Scenario> loadFolder(String ruleSet, Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(ScenarioLoader::isYaml).sorted().toList()) {
                scenarios.add(read(ruleSet, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read scenarios in " + folder, e);
        }
        return scenarios;
    }

    static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** One scenario file of the rule set {@code ruleSet}. */
    public Scenario read(String ruleSet, Path file) {
        try {
            return parse(ruleSet, file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * A scenario from its text, for files that are not where {@link #load} looks (a draft); {@code file} names
     * it in errors and reports. Dates in {@code given} written {@code "N days before asOf"} are resolved here.
     */
    public Scenario parse(String ruleSet, Path file, String text) {
        String location = ruleSet + "/" + file.getFileName();
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JacksonException e) {
            throw new ScenarioFormatException(location, "not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioFormatException(location, "expected a mapping with name, given and expect");
        }
        for (String key : root.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw new ScenarioFormatException(location, "unknown key '" + key + "'; allowed: " + KEYS);
            }
        }
        String name = root.path("name").asString("");
        if (name.isBlank()) {
            throw new ScenarioFormatException(location, "'name' is required");
        }
        if (!root.path("given").isObject()) {
            throw new ScenarioFormatException(location, "'given' is required: the request body");
        }
        ObjectNode expect = objectOrEmpty(location, root, "expect");
        ObjectNode expectNone = objectOrEmpty(location, root, "expectNone");
        if (expect.isEmpty() && expectNone.isEmpty()) {
            throw new ScenarioFormatException(location, "a scenario needs 'expect' or 'expectNone'");
        }
        JsonNode given = RelativeDates.resolve(location, root.get("given"));
        return new Scenario(ruleSet, file, name, root.path("description").asString(""), given, expect, expectNone,
                text);
    }

    private ObjectNode objectOrEmpty(String location, JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return yaml.createObjectNode();
        }
        if (!node.isObject()) {
            throw new ScenarioFormatException(location, "'" + key + "' must map answer fields to what is expected");
        }
        return (ObjectNode) node;
    }
}
