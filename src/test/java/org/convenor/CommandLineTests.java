package org.convenor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as staff run them: {@code check} and {@code preview}, each opening no database. */
class CommandLineTests {

    /** A journalist last heard from 70 days before 2026-11-25: within 90 days, past 60. */
    static final String NETWORK = """
            {"convenor": null,
             "members": [{"id": "amira-journalist", "name": "Amira", "kind": "PERSON", "roles": ["JOURNALIST"]}],
             "interactions": [{"memberId": "amira-journalist", "date": "2026-09-16", "kind": "STORY_SHARED"}]}
            """;

    @TempDir
    Path root;

    record Run(int exitCode, String output) {
    }

    static Run preview(TempRules live, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Commands.preview(live.args(args), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkPassesWithADatabaseThatCannotBeOpened() {
        // Port 1 on loopback refuses every connection: a command that tried to connect would fail.
        assertThat(Commands.check(TempRules.copy(root).args("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"),
                System.out)).isZero();
    }

    @Test
    void previewListsTheAlertsAChangedCadenceAddsAndWhetherTheGateWouldTakeIt() throws IOException {
        TempRules live = TempRules.copy(root.resolve("live"));
        TempRules changed = TempRules.copy(root.resolve("changed"));
        changed.editRule("relationships/policy.drl", "insert(new Cadence(Role.JOURNALIST,    60,   90));",
                "insert(new Cadence(Role.JOURNALIST,    60,   60));");
        Path network = Files.writeString(root.resolve("network.json"), NETWORK);

        Run run = preview(live, "--rules=" + changed.rules(), "--scenarios=" + changed.scenarios(),
                "--network=" + network, "--as-of=2026-11-25");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("Rule set fees:").contains("Rule set coalitions:")
                .containsPattern("Rule set relationships: \\w+ -> \\w+, as of 2026-11-25")
                .containsPattern("(?m)^  1 added, 0 removed, 0 changed, \\d+ unchanged$")
                .containsPattern("(?m)^  ADDED +amira-journalist .*: severity \\w+")
                .as("the shipped scenarios still expect the old cadence").contains("gate: REJECTED");
    }

    @Test
    void previewWithoutANetworkSaysHowToRunIt() {
        Run run = preview(TempRules.copy(root), "--rules=" + root);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).startsWith("Usage: preview --rules=DIR --network=FILE");
    }

    @Test
    void previewOfAnUnreadableNetworkSaysWhichFile() throws IOException {
        Path network = Files.writeString(root.resolve("network.json"), "{\"members\": [{\"id\": 7}]}");

        Run run = preview(TempRules.copy(root.resolve("live")), "--rules=" + root, "--network=" + network);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).startsWith("Cannot read " + network);
    }

    @Test
    void previewOfANetworkTheServiceWouldRefuseNamesEachProblem() throws IOException {
        Path network = Files.writeString(root.resolve("network.json"),
                "{\"members\": [{\"id\": \"amira\", \"roles\": [\"JOURNALIST\"]}]}");

        TempRules live = TempRules.copy(root.resolve("live"));

        Run run = preview(live, "--rules=" + live.rules(), "--network=" + network);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("The network in " + network + " is not one the service would take:")
                .contains("members[0].kind: ");
    }
}
