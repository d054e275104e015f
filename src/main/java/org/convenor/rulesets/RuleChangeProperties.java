package org.convenor.rulesets;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where rule changes are kept: the history of what became active, and each editor's drafts.
 *
 * @param history a git repository of every version that became active; never inside the rules or scenarios
 *        folders, never the project's own repository
 * @param drafts one folder per editor, one per draft, plus what a publish stages there
 * @param maxFileSize the largest draft file accepted
 * @param approvals how many approvals by another EDITOR a draft needs before it is published: 0 (an office with
 *        one editor; the default) or 1
 */
@ConfigurationProperties("convenor.rule-changes")
public record RuleChangeProperties(
        @DefaultValue("data/history") Path history,
        @DefaultValue("data/drafts") Path drafts,
        @DefaultValue("256KB") DataSize maxFileSize,
        @DefaultValue("0") int approvals) {

    public RuleChangeProperties {
        if (approvals < 0 || approvals > 1) {
            throw new IllegalArgumentException("convenor.rule-changes.approvals is " + approvals
                    + ": set 0 (an editor publishes alone) or 1 (another EDITOR approves each draft first)");
        }
    }
}
