/**
 * The commands {@code check} and {@code preview}, which judge rule sets on disk without starting the service.
 * Nothing depends on it but the application's own wiring.
 */
package org.convenor.rulesets.cli;
