/**
 * The coalition decision: which kinds of voices suit a campaign, who in the network brings them, and where it is
 * thin. Its fact classes are imported by {@code rules/coalitions}: they keep their package, name, public
 * constructors and methods, and change only with a migration of the rules. Beside them: the request, the answer,
 * the service and the impact over the stored network. It never imports another decision or its own {@code web}.
 */
package org.convenor.coalitions;
