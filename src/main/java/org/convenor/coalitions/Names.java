package org.convenor.coalitions;

import java.util.List;

/** Ids as a sentence lists them, in a stable order: "a, b and c". */
public final class Names {

    private Names() {
    }

    public static String list(List<String> ids) {
        List<String> sorted = ids.stream().distinct().sorted().toList();
        if (sorted.size() == 1) {
            return sorted.get(0);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " and " + sorted.get(sorted.size() - 1);
    }
}
