package org.convenor.rulesets;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Rule changes: the history and the drafts live in the database; these are what an instance keeps on its own disk
 * and the limits.
 *
 * @param history an optional git export of the history (a bare repository whose commit ids are the database's),
 *        written on every new head; blank for none. A git history found here when the database has none is
 *        imported. Never inside the rules or scenarios folders, never the project's own repository
 * @param scratch this instance's scratch folder: files staged for the gate, and which history entry its rules
 *        folder was last written from; losing it loses nothing
 * @param maxFileSize the largest draft file accepted
 * @param approvals how many approvals by another EDITOR a draft needs before it is published: 0 (an office with
 *        one editor; the default) or 1
 */
@ConfigurationProperties("convenor.rule-changes")
public record RuleChangeProperties(
        @DefaultValue("data/history") String history,
        @DefaultValue("data/rule-changes") Path scratch,
        @DefaultValue("256KB") DataSize maxFileSize,
        @DefaultValue("0") int approvals) {

    public RuleChangeProperties {
        if (approvals < 0 || approvals > 1) {
            throw new IllegalArgumentException("convenor.rule-changes.approvals is " + approvals
                    + ": set 0 (an editor publishes alone) or 1 (another EDITOR approves each draft first)");
        }
    }
}
