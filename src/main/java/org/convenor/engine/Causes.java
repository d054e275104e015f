package org.convenor.engine;

/**
 * Frameworks wrap what was thrown, sometimes twice (Drools' consequences, Spring's message converters); this
 * finds the cause that matters.
 */
public final class Causes {

    private Causes() {
    }

    /** The first throwable of the type in the cause chain, or {@code null}. */
    public static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
