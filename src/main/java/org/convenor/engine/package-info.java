/**
 * The rules engine, knowing nothing of fees, coalitions or relationships: a compiled {@link
 * org.convenor.engine.RuleSet} (its version a hash of its files), evaluation in a pooled session with a firing
 * bound, policy tables fired once per version, large requests in parts where the rules provably decide each
 * member alone, and the record of which rules fired on which facts. Any package may use it; it depends on no
 * other package of the service, not even {@code engine.compile}.
 */
package org.convenor.engine;
