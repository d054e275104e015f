package org.convenor.engine;

/** A rule as staff wrote it: its name, why it exists, and the file it lives in. */
public record RuleInfo(String name, String description, String file) {
}
