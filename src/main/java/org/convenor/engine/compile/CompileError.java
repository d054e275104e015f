package org.convenor.engine.compile;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * One problem found compiling a rule set, located as {@code file:line}: {@code message} says it in plain words,
 * {@code detail} keeps what Drools (or the Java compiler behind it) said.
 */
public record CompileError(String file, int line, String message, @Nullable String detail) implements Serializable {

    public CompileError(String file, int line, String message) {
        this(file, line, message, null);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
