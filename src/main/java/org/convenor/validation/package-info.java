/**
 * The checks every request passes before any rule sees it, below every feature: required fields, the one id rule
 * and the one date rule, references that resolve, limits, and the problem they make. It depends only on the
 * network's shapes.
 */
package org.convenor.validation;
