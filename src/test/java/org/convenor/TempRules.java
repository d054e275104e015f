package org.convenor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of the project's rules and scenarios in a temporary folder, for tests that change them. */
public record TempRules(Path root) {

    public static TempRules copy(Path root) {
        copyTree(Path.of("rules"), root.resolve("rules"));
        copyTree(Path.of("scenarios"), root.resolve("scenarios"));
        return new TempRules(root);
    }

    public Path rules() {
        return root.resolve("rules");
    }

    public Path scenarios() {
        return root.resolve("scenarios");
    }

    /** As command-line arguments, which win over application.properties. */
    public String[] args(String... more) {
        String[] args = java.util.Arrays.copyOf(new String[] {"--convenor.rules.directory=" + rules(),
            "--convenor.rules.scenarios=" + scenarios()}, 2 + more.length);
        System.arraycopy(more, 0, args, 2, more.length);
        return args;
    }

    /** Replaces text in a file, failing if the text is not there, so a test never edits nothing. */
    public void edit(String file, String from, String to) {
        Path path = root.resolve(file);
        try {
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
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
