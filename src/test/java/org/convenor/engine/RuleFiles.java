package org.convenor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.convenor.engine.compile.RuleVocabulary;

/** Writes DRL files into a temporary rule-set folder for engine tests. */
final class RuleFiles {

    static final String HEADER = "package demo;\nimport org.convenor.engine.Token;\n";

    private RuleFiles() {
    }

    /** A compiler whose vocabulary has the tests' own fact, {@link Token}, besides the service's. */
    static RuleSetCompiler compiler() {
        return new RuleSetCompiler(RuleVocabulary.standard().and(Token.class));
    }

    static Path write(Path folder, String file, String drl) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(file), HEADER + drl);
        return folder;
    }
}
