/**
 * Scenario files: loading their YAML (with dates relative to {@code asOf}, and phrases relative to the policy tables
 * of the version under test), running them through a decision,
 * matching {@code expect} and {@code expectNone}, coverage, and accepting new values into a file. It knows no
 * decision: the decisions are handed to it as {@code engine.Decision}s.
 */
package org.convenor.scenario;
