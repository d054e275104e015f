package org.convenor.scenario;

import java.io.Serializable;
import java.util.List;

/** Which rules of a rule set no scenario fired. Every rule must be exercised by at least one scenario. */
public record Coverage(int rules, int covered, List<String> uncovered) implements Serializable {

    public boolean complete() {
        return uncovered.isEmpty();
    }
}
