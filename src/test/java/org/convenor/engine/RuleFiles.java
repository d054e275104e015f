package org.convenor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes DRL files into a temporary rule-set folder for engine tests. */
final class RuleFiles {

    static final String HEADER = "package demo;\nimport org.convenor.engine.Token;\n";

    private RuleFiles() {
    }

    static Path write(Path folder, String file, String drl) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(file), HEADER + drl);
        return folder;
    }
}
