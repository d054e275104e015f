package org.convenor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A copy of the frozen default policy (rules and scenarios) in a temporary folder, for tests that change it. */
public record TempRules(Path root) {

    public static TempRules copy(Path root) {
        copyTree(FrozenPolicy.RULES, root.resolve("rule-sets"));
        copyTree(FrozenPolicy.SCENARIOS, root.resolve("scenario-sets"));
        return new TempRules(root);
    }

    public Path rules() {
        return root.resolve("rule-sets");
    }

    public Path scenarios() {
        return root.resolve("scenario-sets");
    }

    /** Where a git export of the history goes, for a test that asks for one. */
    public Path history() {
        return root.resolve("history");
    }

    /** The instance's scratch folder (and its record of which history entry its rules folder was written from). */
    public Path scratch() {
        return root.resolve("scratch");
    }

    /** As command-line arguments, which win over application.properties: rules, scenarios and scratch. */
    public String[] args(String... more) {
        return Stream.concat(Stream.of("--convenor.rules.directory=" + rules(), "--convenor.rules.scenarios=" + scenarios(),
                "--convenor.rule-changes.scratch=" + scratch()), Arrays.stream(more)).toArray(String[]::new);
    }

    /** As the properties of a Spring test's context: rules, scenarios and scratch. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("convenor.rules.directory", () -> rules().toString());
        registry.add("convenor.rules.scenarios", () -> scenarios().toString());
        registry.add("convenor.rule-changes.scratch", () -> scratch().toString());
    }

    /** Replaces text in a rule file ({@code fees/policy.drl}), failing if the text is not there. */
    public void editRule(String file, String from, String to) {
        replace(rules().resolve(file), from, to);
    }

    /** Replaces text in a scenario file ({@code fees/income-bands.yaml}), failing if the text is not there. */
    public void editScenario(String file, String from, String to) {
        replace(scenarios().resolve(file), from, to);
    }

    /** Fails if the text is not there, so a test never edits nothing. */
    private static void replace(Path path, String from, String to) {
        try {
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(path + " does not contain: " + from);
            }
            Files.writeString(path, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
