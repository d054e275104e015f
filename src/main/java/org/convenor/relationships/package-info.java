/**
 * The relationship decision: which relationships are going untended, and what to do this week. Its fact classes
 * are imported by {@code rules/relationships}: they keep their package, name, public constructors and methods, and
 * change only with a migration of the rules. Beside them: the request, the answer, the service and the impact
 * over the stored network. It never imports another decision or its own {@code web}.
 */
package org.convenor.relationships;
