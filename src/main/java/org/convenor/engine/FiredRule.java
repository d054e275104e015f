package org.convenor.engine;

import java.util.List;
import java.util.Set;

/** A rule that fired during an evaluation, why it exists, and the ids of the facts it matched. */
public record FiredRule(String rule, String description, List<String> facts) {

    /** The same firing without these fact ids: what a reader who may not see those facts is told. */
    public FiredRule without(Set<String> ids) {
        return ids.isEmpty() ? this : new FiredRule(rule, description, facts.stream().filter(f -> !ids.contains(f))
                .toList());
    }

    /** Each firing without these fact ids. */
    public static List<FiredRule> without(List<FiredRule> fired, Set<String> ids) {
        return ids.isEmpty() ? fired : fired.stream().map(rule -> rule.without(ids)).toList();
    }
}
