package org.convenor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The live {@code rules/} and {@code scenarios/} belong to staff: only their own scenarios test them
 * ({@code ScenarioTests}). Any other test or benchmark that names those folders would turn a staff edit
 * that passes the gate into a red build, so naming them anywhere else fails here.
 */
class LiveRulesIsolationTests {

    /**
     * A path built from the live folder or a file inside it ({@code Path.of} or {@code resolve} of
     * {@code "rules"} or {@code "scenarios/fees/a.yaml"}), or a property pointing at it ({@code directory=rules}). Draft
     * paths such as {@code "rules/outcome.drl"} passed to the drafts API are not paths on disk.
     */
    static final Pattern LIVE_FOLDER = Pattern.compile(
            "(Path\\.of|Paths\\.get|new File|\\.resolve)\\(\\s*\"(\\./)?(rules|scenarios)(/[^\"]*)?\"|=(\\./)?(rules|scenarios)\"");
    static final List<String> ALLOWED = List.of("ScenarioTests.java", "LiveRulesIsolationTests.java");

    @Test
    void noTestButTheLiveScenariosReadsTheLiveRules() throws IOException {
        List<String> offenders;
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/test/java")), Files.walk(Path.of("src/bench/java")))) {
            offenders = sources.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !ALLOWED.contains(file.getFileName().toString()))
                    .filter(LiveRulesIsolationTests::namesLiveFolder)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).as("tests that name the live rules/ or scenarios/ (use FrozenPolicy)").isEmpty();
    }

    @Test
    void theGuardRecognisesTheLiveFolders() {
        assertThat(LIVE_FOLDER.matcher("Path.of(\"rules\")").find()).isTrue();
        assertThat(LIVE_FOLDER.matcher("Path.of(\"scenarios/fees/a.yaml\")").find()).isTrue();
        assertThat(LIVE_FOLDER.matcher("root.resolve(\"rules\")").find()).isTrue();
        assertThat(LIVE_FOLDER.matcher("\"--convenor.rules.directory=rules\"").find()).isTrue();
        assertThat(LIVE_FOLDER.matcher("\"--convenor.rules.directory=\" + rules()").find()).isFalse();
        assertThat(LIVE_FOLDER.matcher("drafts.read(draft, \"rules/outcome.drl\")").find()).isFalse();
    }

    private static boolean namesLiveFolder(Path file) {
        try {
            return LIVE_FOLDER.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
