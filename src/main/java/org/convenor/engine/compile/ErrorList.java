package org.convenor.engine.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.convenor.engine.compile.PlainWords.Said;

/**
 * The errors of one failed build as staff should read them: each mistake once, at its line, in file and line order.
 * Drools reports one mistake in several ways (a Java syntax error, then the calls it broke; an error with a line,
 * then the same file again without one), so the errors are collected as they are placed and thinned out once all
 * are in.
 */
final class ErrorList {

    private final Map<String, DrlSource> sources;
    private final List<Located> errors = new ArrayList<>();

    /**
     * One error placed and worded; for a Java problem, the line the compiler gave it (before the wording moves
     * a missing comma to the end of the line before) and whether it is a syntax error.
     */
    private record Located(CompileError error, int javaLine, boolean syntax) {
    }

    ErrorList(Map<String, DrlSource> sources) {
        this.sources = sources;
    }

    void add(String file, int line, String message, String detail) {
        errors.add(new Located(new CompileError(file, line, message, clean(detail)), 0, false));
    }

    /** A Java problem in an action, which the compiler gave at {@code javaLine}, as the wording said it. */
    void addJavaProblem(String file, int javaLine, Said said, String javaText) {
        errors.add(new Located(new CompileError(file, said.line(), said.message(), clean(javaText)), javaLine,
                javaText.startsWith("Syntax error")));
    }

    /**
     * What staff should read: each mistake once, at its line, in file and line order. Dropped: errors without a
     * line in a file that has located ones ("Parser returned a null Package"), and, in a statement with a Java
     * syntax error, the errors it causes ("The constructor Cadence(Role, int) is undefined" after a missing comma).
     */
    List<CompileError> finish() {
        List<Located> syntax = errors.stream().filter(Located::syntax).toList();
        Set<String> filesWithLines = errors.stream().filter(e -> e.error().line() > 0)
                .map(e -> e.error().file()).collect(Collectors.toSet());
        Map<String, CompileError> kept = new LinkedHashMap<>();
        for (Located located : errors) {
            CompileError error = located.error();
            if (isFollowOn(located) && syntax.stream().anyMatch(s -> s.error().file().equals(error.file())
                    && sameStatement(sources.get(error.file()), s.javaLine(), located.javaLine()))) {
                continue;
            }
            if (error.line() <= 0 && filesWithLines.contains(error.file())) {
                continue;
            }
            kept.putIfAbsent(error.file() + ":" + error.line() + ":" + error.message(), error);
        }
        return kept.values().stream()
                .sorted(Comparator.comparing(CompileError::file).thenComparingInt(CompileError::line))
                .toList();
    }

    /** What the Java compiler says about a call whose arguments a syntax error broke. */
    private static boolean isFollowOn(Located located) {
        return located.javaLine() > 0 && !located.syntax() && PlainWords.isAboutACall(located.error().detail());
    }

    /** No line from the first to the one before the last ends a statement with ';'. */
    private static boolean sameStatement(DrlSource source, int one, int other) {
        if (source == null) {
            return one == other;
        }
        for (int line = Math.min(one, other); line < Math.max(one, other); line++) {
            if (source.line(line).replaceAll("//.*", "").strip().endsWith(";")) {
                return false;
            }
        }
        return true;
    }

    /** Drools' text on one line, without the carets under it or a stack trace. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        return text.split("Stack trace:", 2)[0].lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.matches("\\^+"))
                .collect(Collectors.joining(" "));
    }
}
