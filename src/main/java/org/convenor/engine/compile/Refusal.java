package org.convenor.engine.compile;

/** Something a rule set may not do, at its line of its file ({@code fees/waiver.drl}), said in plain words. */
public record Refusal(String file, int line, String message) {
}
