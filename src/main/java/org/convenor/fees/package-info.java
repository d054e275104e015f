/**
 * The fee decision: who owes a partnership fee, how much, and whether the fee book stays under the cap. Its fact
 * classes are imported by {@code rules/fees}: they keep their package, name, public constructors and methods, and
 * change only with a migration of the rules. Beside them: the request, the answer, the service that decides and
 * the impact a rule change has on the stored network. It never imports another decision or its own {@code web}.
 */
package org.convenor.fees;
