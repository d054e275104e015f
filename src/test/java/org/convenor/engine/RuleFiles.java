package org.convenor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.engine.compile.RuleVocabulary;

/** Writes DRL files into a temporary rule-set folder for engine tests. */
public final class RuleFiles {

    static final String HEADER = "package demo;\nimport org.convenor.engine.Token;\n";

    /** One rule over the tests' own fact. */
    public static final String HEAVY = """
            rule "Heavy tokens are noticed"
                @description("Weight over 10 matters.")
            when
                $t : Token(weight > 10)
            then
                insert("heavy:" + $t.id());
            end
            """;

    private RuleFiles() {
    }

    /** A compiler whose vocabulary has the tests' own fact, {@link Token}, besides the service's. */
    public static RuleSetCompiler compiler() {
        return new RuleSetCompiler(RuleVocabulary.standard().and(Token.class));
    }

    public static Path write(Path folder, String file, String drl) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(file), HEADER + drl);
        return folder;
    }
}
