package org.convenor.rulesets.drafts;

import java.time.Instant;

/**
 * One editor's private copy of one rule set's files, made from the rule set's newest history entry.
 *
 * @param base the history entry the draft was made from; publishing is refused once the head has moved on
 * @param baseVersion that entry's version
 */
public record Draft(String id, String ruleSet, String owner, String base, String baseVersion, Instant createdAt) {
}
