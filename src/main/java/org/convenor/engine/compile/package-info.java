/**
 * Compiling rule sets: the compiler, its compile errors in plain words at the line of the mistake, and the rule
 * vocabulary (what a rule may call, {@code rule-vocabulary.txt}) with its checks, which every rule set passes
 * before any of its code runs. It knows no feature beyond the fact classes its vocabulary names; the engine root
 * never depends on it.
 */
package org.convenor.engine.compile;
