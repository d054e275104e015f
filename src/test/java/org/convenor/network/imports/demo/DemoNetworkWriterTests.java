package org.convenor.network.imports.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files in {@code docs/demo} are what the writer writes, byte for byte: a change to the demo network is made
 * in the writer and the files written again (docs/demo/README.md, "Regenerate"), never by hand in the files.
 */
class DemoNetworkWriterTests {

    static final Path DEMO = Path.of("docs/demo");
    static final List<String> FILES = List.of("members.csv", "interactions.csv", "coalitions.json", "campaigns.json",
            "convenor.json", "links.csv");

    @TempDir
    Path written;

    @Test
    void writesTheCommittedFiles() throws IOException {
        new DemoNetworkWriter().write(written);

        assertThat(written.toFile().list()).containsExactlyInAnyOrderElementsOf(FILES);
        for (String file : FILES) {
            assertThat(written.resolve(file)).as(file).hasSameBinaryContentAs(DEMO.resolve(file));
        }
    }
}
