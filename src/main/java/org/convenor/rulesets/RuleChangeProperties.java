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
 */
@ConfigurationProperties("convenor.rule-changes")
public record RuleChangeProperties(
        @DefaultValue("data/history") Path history,
        @DefaultValue("data/drafts") Path drafts,
        @DefaultValue("256KB") DataSize maxFileSize) {
}
