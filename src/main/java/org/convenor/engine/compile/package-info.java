/**
 * Compiling rule sets: the rule vocabulary (what a rule may call, {@code rule-vocabulary.txt}) and its checks, which
 * the engine's compiler applies to every rule set before any of its code runs. It knows no feature beyond the fact
 * classes its vocabulary names, and only {@code engine} uses it.
 */
package org.convenor.engine.compile;
