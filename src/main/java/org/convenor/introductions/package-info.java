/**
 * The introductions decision: whom to introduce to whom this month, and why. Its fact classes are imported by
 * {@code rules/introductions}: they keep their package, name, public constructors and methods, and change only
 * with a migration of the rules. Beside them: the request, the answer, the service and the impact over the stored
 * network. It never imports another decision or its own {@code web}.
 */
package org.convenor.introductions;
