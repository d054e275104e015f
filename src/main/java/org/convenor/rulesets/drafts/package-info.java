/**
 * An editor's way to a rule change: private drafts, their check, accepting a scenario's new values, and the
 * preview of what a draft would change over the stored network. Used by {@code rulesets.web} and
 * {@code rulesets.cli}.
 */
package org.convenor.rulesets.drafts;
