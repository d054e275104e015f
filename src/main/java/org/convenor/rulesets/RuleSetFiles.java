package org.convenor.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.convenor.engine.compile.RuleSetCompiler;

/**
 * The files of one version of one rule set, by path: {@code rules/<file>.drl} and {@code scenarios/<file>.yaml}.
 * This is what a draft holds, what history records and what a publish puts in place.
 */
public record RuleSetFiles(String ruleSet, SortedMap<String, byte[]> files) {

    public static final String RULES = "rules/";
    public static final String SCENARIOS = "scenarios/";

    public RuleSetFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The rule set as it is on disk: the DRL files of its rules folder and the YAML files of its scenarios folder. */
    public static RuleSetFiles read(String ruleSet, Path rulesFolder, Path scenariosFolder) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        readInto(files, RULES, rulesFolder);
        readInto(files, SCENARIOS, scenariosFolder);
        return new RuleSetFiles(ruleSet, files);
    }

    private static void readInto(Map<String, byte[]> files, String prefix, Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.filter(p -> isRuleSetFile(prefix + p.getFileName())).toList()) {
                files.put(prefix + file.getFileName(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
    }

    /** Whether a path names a file a rule set is made of: a DRL file in rules/ or a YAML file in scenarios/. */
    public static boolean isRuleSetFile(String path) {
        return path.startsWith(RULES) && path.endsWith(".drl")
                || path.startsWith(SCENARIOS) && (path.endsWith(".yaml") || path.endsWith(".yml"));
    }

    /** Makes the two folders hold exactly these files: writes each (through a temporary file), deletes the rest. */
    public void writeTo(Path rulesFolder, Path scenariosFolder, FileWriter writer) {
        try {
            Files.createDirectories(rulesFolder);
            Files.createDirectories(scenariosFolder);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                writer.write(folderOf(file.getKey(), rulesFolder, scenariosFolder).resolve(nameOf(file.getKey())),
                        file.getValue());
            }
            deleteOthers(RULES, rulesFolder);
            deleteOthers(SCENARIOS, scenariosFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write rule set " + ruleSet, e);
        }
    }

    private void deleteOthers(String prefix, Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.toList()) {
                String path = prefix + file.getFileName();
                if (isRuleSetFile(path) && !files.containsKey(path)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Path folderOf(String path, Path rulesFolder, Path scenariosFolder) {
        return path.startsWith(RULES) ? rulesFolder : scenariosFolder;
    }

    public static String nameOf(String path) {
        return path.substring(path.indexOf('/') + 1);
    }

    /** The version these files compile to: the content hash of the DRL files, as every answer names it. */
    public String version() {
        SortedMap<String, byte[]> drl = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.startsWith(RULES)) {
                drl.put(nameOf(path), content);
            }
        });
        return RuleSetCompiler.version(drl);
    }

    public boolean sameContent(RuleSetFiles other) {
        if (!files.keySet().equals(other.files.keySet())) {
            return false;
        }
        return files.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.files.get(e.getKey())));
    }

    /** Writes beside the file and moves it over, so a reader never sees half a file. */
    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path written = file.resolveSibling("." + file.getFileName() + ".writing");
        Files.write(written, content);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** How a file is put in place. */
    @FunctionalInterface
    public interface FileWriter {

        void write(Path file, byte[] content) throws IOException;
    }
}
