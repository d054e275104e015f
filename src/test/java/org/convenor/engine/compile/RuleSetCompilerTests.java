package org.convenor.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.convenor.engine.RuleFiles;
import org.convenor.engine.RuleInfo;
import org.convenor.engine.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetCompilerTests {

    @TempDir
    Path rules;

    final RuleSetCompiler compiler = RuleFiles.compiler();

    @Test
    void compilesRulesWithTheirDescriptionsAndFiles() throws Exception {
        RuleSet ruleSet = compiler.compile("demo", RuleFiles.write(rules.resolve("demo"), "heavy.drl", RuleFiles.HEAVY));

        assertThat(ruleSet.name()).isEqualTo("demo");
        assertThat(ruleSet.rules()).containsExactly(
                new RuleInfo("Heavy tokens are noticed", "Weight over 10 matters.", "demo/heavy.drl"));
    }

    @Test
    void versionIsAContentHashOfTheFiles() throws Exception {
        Path folder = RuleFiles.write(rules.resolve("demo"), "heavy.drl", RuleFiles.HEAVY);
        String first = compiler.compile("demo", folder).version();

        assertThat(compiler.compile("demo", folder).version()).isEqualTo(first);
        RuleFiles.write(folder, "heavy.drl", RuleFiles.HEAVY.replace("weight > 10", "weight > 11"));
        assertThat(compiler.compile("demo", folder).version()).isNotEqualTo(first).hasSize(12);
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() throws Exception {
        Path folder = RuleFiles.write(rules.resolve("demo"), "heavy.drl", RuleFiles.HEAVY);
        RuleFiles.write(folder, "broken.drl", """
                rule "Broken"
                when
                    $t : Token(weight >>> 10
                then
                end
                """);

        RuleSetCompilationException error = catchThrowableOfType(RuleSetCompilationException.class,
                () -> compiler.compile("demo", folder));

        assertThat(error.errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.file()).isEqualTo("demo/broken.drl");
            assertThat(e.line()).isBetween(3, 6);
            assertThat(e.message()).isNotBlank().doesNotStartWith("[ERR");
        });
        assertThat(error.getMessage()).contains("demo/broken.drl:");
    }

    @Test
    void anUnknownTypeIsAnError() throws Exception {
        Path folder = RuleFiles.write(rules.resolve("demo"), "typo.drl", """
                rule "Typo"
                when
                    Tokn()
                then
                end
                """);

        RuleSetCompilationException error = catchThrowableOfType(RuleSetCompilationException.class,
                () -> compiler.compile("demo", folder));

        assertThat(error.errors()).extracting(CompileError::file).contains("demo/typo.drl");
        assertThat(error.errors()).extracting(CompileError::line).contains(5);
    }

    @Test
    void aFolderWithoutRulesDoesNotCompile() throws Exception {
        java.nio.file.Files.createDirectories(rules.resolve("empty"));

        RuleSetCompilationException error = catchThrowableOfType(RuleSetCompilationException.class,
                () -> compiler.compile("empty", rules.resolve("empty")));

        assertThat(error.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("no .drl files"));
    }
}
