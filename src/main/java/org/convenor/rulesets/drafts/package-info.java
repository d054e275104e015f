/**
 * An editor's way to a rule change: private drafts, their check, accepting a scenario's new values, the
 * preview of what a draft would change over the stored network, and the policy tables read from the DRL and
 * written back into a draft's DRL as forms and the API send them. Used by {@code rulesets.web} and
 * {@code rulesets.cli}.
 */
package org.convenor.rulesets.drafts;
