package org.convenor.engine;

import java.util.List;

/** A rule that fired during an evaluation, why it exists, and the ids of the facts it matched. */
public record FiredRule(String rule, String description, List<String> facts) {
}
