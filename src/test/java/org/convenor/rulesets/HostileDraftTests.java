package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

import org.convenor.TempRules;
import org.convenor.engine.compile.HostileRule;
import org.convenor.network.store.StaffApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Drafts an editor (or whoever has an editor's password) writes to stop, read or occupy the service, checked
 * through the API: each is refused at check with its line, before any of it runs, so nothing it asks for happens
 * (this very JVM would have exited on the first) and the report holds nothing it could have read; and after ten
 * checks of a draft that would spin for ever, no thread of the service is left busy.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
class HostileDraftTests {

    static final String FEES = "/api/rulesets/fees";
    static final String SECRET = "what-only-the-server-may-read";

    static TempRules rules;
    static Path out;

    @DynamicPropertySource
    static void rulesInATemporaryFolder(DynamicPropertyRegistry registry) throws IOException {
        rules = TempRules.copy(Files.createTempDirectory("hostile-drafts"));
        out = Files.createDirectories(rules.root().resolve("out"));
        Files.writeString(out.resolve("secret"), SECRET);
        rules.register(registry);
    }

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            System.exit(3);                                                          | rules may not call System.exit
            Runtime.getRuntime().exec(new String[] {"touch", "OUT/exec"});           | rules may not call Runtime.getRuntime
            new ProcessBuilder("touch", "OUT/process").start();                      | rules may not call new ProcessBuilder(...)
            Files.writeString(Path.of("OUT/written"), "x");                          | rules may not call Path.of
            throw new IllegalStateException(Files.readString(Path.of("OUT/secret"))); | rules may not call Path.of
            insert($m.getClass().getMethods()[0].getName());                         | rules may not call Object.getClass
            insert(Class.forName("java.lang.Runtime"));                              | rules may not call Class.forName
            new Thread(() -> System.exit(3)).start();                                | rules may not use lambdas
            new java.net.URL("http://localhost:1/").openConnection().connect();      | rules may not call new URL(...)
            insert(LocalDate.now());                                                 | rules may not call LocalDate.now
            while (true) { }                                                         | rules may not loop in an action
            """)
    void anActionThatReachesOutsideTheVocabularyIsRefusedAtCheck(String action, String message) {
        assertRefusedAt(HostileRule.ACTION_LINE, message, check(HostileRule.of("", action)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            id == Runtime.getRuntime().exec(new String[] {"touch", "OUT/exec"}).toString() | rules may not call Runtime.getRuntime
            id == new ProcessBuilder("touch", "OUT/process").start().toString()      | rules may not call new ProcessBuilder(...)
            id == Files.writeString(Path.of("OUT/written"), "x").toString()          | rules may not call Path.of
            id == Files.readString(Path.of("OUT/secret"))                            | rules may not call Path.of
            this.getClass().getMethods().length > 0                                  | rules may not call Member.getClass
            id == Class.forName("java.lang.Runtime").getName()                       | rules may not call Class.forName
            id == new Thread().getName()                                             | rules may not call new Thread(...)
            id == new java.net.URL("http://localhost:1/").openConnection().toString() | rules may not call new URL(...)
            id == LocalDate.now().toString()                                         | rules may not call LocalDate.now
            """)
    void aConditionThatReachesOutsideTheVocabularyIsRefusedAtCheck(String condition, String message) {
        assertRefusedAt(HostileRule.CONDITION_LINE, message, check(HostileRule.of(condition, "")));
    }

    @Test
    void whatBuildingADraftWouldRunIsRefusedBeforeTheBuild() {
        assertRefusedAt(5, "an annotation (@note) may hold text, numbers and names, not code", check("""
                package fees;
                import org.convenor.network.Member;

                rule "Annotated"
                    @note(new java.io.File("OUT/annotated").createNewFile())
                when
                    Member()
                then
                end
                """));
    }

    @Test
    void tenDraftsThatWouldSpinForeverLeaveNoThreadBusy() throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            assertRefusedAt(HostileRule.ACTION_LINE, "rules may not loop in an action",
                    check(HostileRule.of("", "while (true) { }")));
        }

        Map<Long, Long> used = cpuOverOneQuietSecond();
        long spinning = used.remove(-1L);

        // A thread left spinning would use about what a thread spinning on purpose beside it used.
        assertThat(spinning).isPositive();
        assertThat(used.values()).allSatisfy(cpu -> assertThat(cpu).isLessThan(spinning / 4));
    }

    /**
     * Checks a draft of the fees rule set with this hostile file added, and answers the check's report; OUT in the
     * file is a folder only this test writes to.
     */
    JsonNode check(String drl) {
        StaffApi api = new StaffApi(mvc);
        String draft = FEES + "/drafts/" + body(api.post(FEES + "/drafts", "", EDITOR), 201).get("id").asString();
        assertThat(mvc.put().uri(URI.create(draft + "/files/rules/hostile.drl")).contentType(MediaType.TEXT_PLAIN)
                .content(drl.replace("OUT", out.toString())).with(httpBasic(EDITOR, StaffApi.PASSWORD)).exchange())
                .hasStatus(204);
        return body(api.post(draft + "/check", "", EDITOR), 200);
    }

    void assertRefusedAt(int line, String message, JsonNode report) {
        assertThat(report.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(report.get("errors")).anySatisfy(error -> {
            assertThat(error.get("file").asString()).isEqualTo("rules/hostile.drl");
            assertThat(error.get("line").asInt()).isEqualTo(line);
            assertThat(error.get("message").asString()).startsWith(message);
        });
        assertThat(report.toString()).doesNotContain(SECRET);
        try (var made = Files.list(out)) {
            assertThat(made.map(path -> path.getFileName().toString())).containsExactly("secret");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The CPU time each live thread used over one second in which nothing is asked of the service, with, under the
     * key -1, what a thread spinning on purpose through the same second used: on a shared machine the yardstick.
     */
    static Map<Long, Long> cpuOverOneQuietSecond() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicBoolean spin = new AtomicBoolean(true);
        AtomicLong spun = new AtomicLong();
        Thread spinner = new Thread(() -> {
            long start = threads.getCurrentThreadCpuTime();
            while (spin.get()) {
                Thread.onSpinWait();
            }
            spun.set(threads.getCurrentThreadCpuTime() - start);
        });
        Map<Long, Long> before = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            before.put(id, threads.getThreadCpuTime(id));
        }
        spinner.start();
        Thread.sleep(1000);
        spin.set(false);
        spinner.join();
        Map<Long, Long> used = new HashMap<>();
        before.forEach((id, cpu) -> {
            long now = threads.getThreadCpuTime(id);
            if (cpu >= 0 && now >= 0) {
                used.put(id, now - cpu);
            }
        });
        used.put(-1L, spun.get());
        return used;
    }
}
