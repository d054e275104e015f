package org.convenor.engine;

/** One problem found compiling a rule set, located as {@code file:line}. */
public record CompileError(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
