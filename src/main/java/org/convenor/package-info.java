/**
 * Convenor: the application and its two commands ({@code check}, {@code preview}), wired by hand so they start
 * without the service. Every package below is one room of the service; {@code docs/architecture.md} maps them and
 * {@code ModularityTests} holds their boundaries.
 */
package org.convenor;
