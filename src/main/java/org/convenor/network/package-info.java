/**
 * The shared shapes of the contract and the facts the DRL of every rule set imports: members, interactions,
 * coalitions, campaigns and targets, and the vocabulary's enums. These classes are imported by DRL: they keep
 * their package, name, public constructors and methods, because restoring an old rule-set version recompiles its
 * DRL; they change only with a migration of the rules. It depends on no other package of the service but
 * {@code engine}'s {@code Fact}.
 */
package org.convenor.network;
