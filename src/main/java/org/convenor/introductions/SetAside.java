package org.convenor.introductions;

import org.convenor.engine.Fact;

/**
 * What the rules decided about a suggestion they will not make: ruled out (never made), superseded (the same pair
 * for a reason that comes first) or withheld (beyond a member's most at a time), and why.
 */
public record SetAside(Suggestion suggestion, SetAsideKind kind, String why) implements Fact {

    @Override
    public String factId() {
        return suggestion.pair();
    }
}
