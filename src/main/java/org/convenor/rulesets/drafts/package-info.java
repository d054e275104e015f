/**
 * An editor's way to a rule change: private drafts, their check, accepting a scenario's new values, the
 * preview of what a draft would change over the stored network, the policy tables read from the DRL and
 * written back into a draft's DRL as forms and the API send them, and the approval of a draft by another EDITOR.
 * The reviews of drafts are kept in the database ({@code ReviewTable}, the one class here on it): unlike the
 * drafts' files they must be found across editors (which drafts ask for approval) and survive as the record of
 * who approved what; drafts themselves are files. Used by {@code rulesets.web} and {@code rulesets.cli}.
 */
package org.convenor.rulesets.drafts;
