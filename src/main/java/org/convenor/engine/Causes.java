package org.convenor.engine;

/** Drools wraps what a consequence throws, sometimes twice; this finds the cause that matters. */
final class Causes {

    private Causes() {
    }

    /** The first throwable of the type in the cause chain, or {@code null}. */
    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
