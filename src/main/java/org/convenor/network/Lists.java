package org.convenor.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Lists as requests give them: absent means empty, and a repeated value counts once. */
public final class Lists {

    private Lists() {
    }

    /**
     * Keeps the first of each value, in order. A {@code null} element is kept (once) so the request checks can
     * name it; a repeated sector would otherwise make the rules see one member as many.
     */
    public static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(values));
    }
}
