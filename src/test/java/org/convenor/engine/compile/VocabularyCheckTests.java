package org.convenor.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.convenor.FrozenPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule vocabulary as the compiler enforces it: what a rule may not do is a compile error at its line, in a
 * condition and in an action alike, and everything the shipped rules do still compiles.
 */
class VocabularyCheckTests {

    final RuleSetCompiler compiler = new RuleSetCompiler();

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            System.exit(3);                                                | rules may not call System.exit
            Runtime.getRuntime().exec("touch pwned");                      | rules may not call Runtime.getRuntime
            new ProcessBuilder("touch", "pwned").start();                  | rules may not call new ProcessBuilder(...)
            Files.writeString(Path.of("pwned"), "x");                      | rules may not call Files.writeString
            throw new IllegalStateException(Files.readString(Path.of("x"))); | rules may not call Files.readString
            insert($m.getClass().getMethods());                            | rules may not call Object.getClass
            insert(Class.forName("java.lang.Runtime"));                    | rules may not call Class.forName
            new Thread().start();                                          | rules may not call new Thread(...)
            Thread.sleep(1000);                                            | rules may not call Thread.sleep
            new java.net.URL("http://localhost:1").openConnection();       | rules may not call new URL(...)
            insert(LocalDate.now());                                       | rules may not call LocalDate.now
            System.out.println($m);                                        | rules may not use System.out
            $m.wait();                                                     | rules may not call Object.wait
            while (true) { }                                               | rules may not loop in an action
            for (int i = 0; i < 3; i++) { insert(i); }                     | rules may not loop in an action
            synchronized ($m) { insert("x"); }                             | rules may not lock objects
            java.util.function.Supplier s = () -> "x"; insert(s);          | rules may not use lambdas
            insert(java.util.stream.Stream.generate(() -> "x"));           | rules may not call Stream.generate
            insert("x".repeat($m.id().length()));                          | String.repeat takes only a small number
            java.math.BigDecimal x = java.math.BigDecimal.TEN; x = x.multiply(x); | rules may not call BigDecimal.multiply
            } static { System.exit(3); } static void more() {              | rules may not call System.exit
            """)
    void anActionOutsideTheVocabularyIsRefusedAtItsLine(String action, String message) throws IOException {
        assertThat(refused("", action)).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("fees/hostile.drl");
            assertThat(error.line()).isEqualTo(HostileRule.ACTION_LINE);
            assertThat(error.message()).startsWith(message);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            id == Runtime.getRuntime().exec("touch pwned").toString()      | rules may not call Runtime.getRuntime
            id == new ProcessBuilder("touch", "pwned").start().toString()  | rules may not call new ProcessBuilder(...)
            id == Files.writeString(Path.of("pwned"), "x").toString()      | rules may not call Path.of
            id == Files.readString(Path.of("x"))                           | rules may not call Path.of
            id == java.nio.file.Files.readString(java.nio.file.Path.of("x")) | rules may not call Path.of
            this.getClass().getMethods().length > 0                        | rules may not call Member.getClass
            id == $m.class.name                                            | rules may not call Member.getClass
            id == Class.forName("java.lang.Runtime").getName()             | rules may not call Class.forName
            id == new Thread().getName()                                   | rules may not call new Thread(...)
            id == new java.net.URL("http://localhost:1").openConnection().toString() | rules may not call new URL(...)
            id == LocalDate.now().toString()                               | rules may not call LocalDate.now
            id == System.getProperty("user.home")                          | rules may not call System.getProperty
            id matches "(a+)+$"                                            | rules may not use
            id == "x".repeat(name.length())                                | String.repeat takes only a number
            """)
    void aConditionOutsideTheVocabularyIsRefusedAtItsLine(String condition, String message) throws IOException {
        assertThat(refused(condition, "")).anySatisfy(error -> {
            assertThat(error.line()).isEqualTo(HostileRule.CONDITION_LINE);
            assertThat(error.message()).startsWith(message);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "eval(System.currentTimeMillis() > 0)",
        "$x : String() from Files.readString(Path.of(\"x\"))",
        "$x : Object() from Class.forName(\"java.lang.Runtime\")",
        "accumulate(Member($n : name); $c : collectList(System.getenv(\"HOME\")))"})
    void evalFromAndAccumulateAreCheckedLikeConstraints(String condition) throws IOException {
        List<CompileError> errors = refused(") " + condition + " Member(", "");

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(HostileRule.CONDITION_LINE);
            assertThat(error.message()).startsWith("rules may not call");
        });
    }

    @Test
    void aFunctionIsCheckedAndMayNotCallItself() throws IOException {
        List<CompileError> errors = compileErrors("""
                package fees;

                function int countdown(int n) {
                    return n == 0 ? 0 : countdown(n - 1);
                }

                function String home() {
                    return System.getenv("HOME");
                }
                """);

        assertThat(errors).extracting(CompileError::line, CompileError::message).containsExactly(
                tuple(4, "rules may not call countdown from itself (recursion): it could"
                        + " call itself without end"),
                tuple(8, "rules may not call System.getenv"));
    }

    @Test
    void whatTheVocabularyCannotCheckIsRefused() throws IOException {
        List<CompileError> errors = compileErrors("""
                package fees;
                import org.convenor.network.Member;

                declare Secret
                    text : String
                end

                rule "In MVEL"
                    dialect "mvel"
                when
                    $m : Member()
                then
                    insert($m);
                end

                rule "Inline accumulate"
                when
                    $n : Number() from accumulate(Member(), init(int i = 0;), action(i++;), result(i))
                then
                end

                rule "On a timer"
                    timer (int: 1s 1s)
                when
                    Member()
                then
                end
                """);

        assertThat(errors).extracting(CompileError::line, CompileError::message).contains(
                tuple(4, "rules may not declare new fact types: ask a developer for a fact"
                        + " class"),
                tuple(9, "rules must be written in Java (dialect \"java\"), which the rule"
                        + " vocabulary can check"),
                tuple(18, "accumulate may use its functions (sum, count, min, max,"
                        + " collectList, ...), not code of its own: the rule vocabulary cannot check it"),
                tuple(23, "rules may not run on a timer (timer)"));
    }

    @Test
    void whatBuildingWouldRunIsRefusedBeforeTheBuild() throws IOException {
        List<CompileError> errors = compileErrors("""
                package fees;
                import org.convenor.network.Member;

                declare Secret
                    text : String = System.setProperty("convenor.pwned", "by a declared type")
                end

                query byId(String id)
                    Member(id == id)
                end

                rule "Annotated"
                    @note(System.setProperty("convenor.pwned", "by an annotation"))
                when
                    byId(System.setProperty("convenor.pwned", "by a query's argument"); )
                then
                end
                """);

        assertThat(System.getProperty("convenor.pwned")).isNull();
        assertThat(errors).extracting(CompileError::line, CompileError::message).containsExactly(
                tuple(4, "rules may not declare new fact types: ask a developer for a fact class"),
                tuple(13, "an annotation (@note) may hold text, numbers and names, not code"),
                tuple(15, "rules may not call queries"));
    }

    @Test
    void whatARuleMayDoStillCompiles() throws IOException {
        assertThat(refused("""
                id != null, roles contains org.convenor.network.Role.PARTNER, id.length() > 2, name == $m.name,
                        $s : sectors, sectors.size() >= 0""", """
                String label = $m.id() == null ? "none" : $m.id().toUpperCase().strip();
                insert(label + LocalDate.of(2026, 1, 1).plusDays(3) + "-".repeat(3));
                insert(java.math.BigDecimal.ONE.movePointRight(2).add(java.math.BigDecimal.TEN).negate());
                insert(java.util.List.of($m.id(), "x").size() + Math.max(1, 2));
                update(drools.getFactHandle($m), $m);
                modify($m) { }
                delete($m);
                """)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"coalitions", "fees", "introductions", "relationships"})
    void everyShippedRuleSetKeepsToTheVocabulary(String ruleSet) {
        assertThat(compiler.compile(ruleSet, FrozenPolicy.rules(ruleSet)).rules()).isNotEmpty();
    }

    /** The errors of the hostile rule with this condition and action, or none when it compiles. */
    List<CompileError> refused(String condition, String action) throws IOException {
        return compileErrors(HostileRule.of(condition, action));
    }

    List<CompileError> compileErrors(String drl) throws IOException {
        Path fees = Files.createDirectories(folder.resolve("fees"));
        Files.writeString(fees.resolve("hostile.drl"), drl);
        RuleSetCompilationException refused = catchThrowableOfType(RuleSetCompilationException.class,
                () -> compiler.compile("fees", fees));
        return refused == null ? List.of() : refused.errors();
    }
}
