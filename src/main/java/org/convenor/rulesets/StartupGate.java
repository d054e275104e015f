package org.convenor.rulesets;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads every rule set through the gate before the service answers anything, after settling a publish a
 * crash may have interrupted and creating the shipped rule sets a deployment lacks ({@link DefaultRuleSets}). A rule set that does not compile, or fails a scenario, stops start-up with
 * every reason, so a broken policy never serves.
 */
@Component
@ConditionalOnBooleanProperty(name = "convenor.rules.load-on-startup", matchIfMissing = true)
class StartupGate implements InitializingBean {

    private final RuleSetLibrary library;
    private final PublishJournal journal;
    private final RuleSetHistory history;
    private final DefaultRuleSets defaults;

    StartupGate(RuleSetLibrary library, PublishJournal journal, RuleSetHistory history, DefaultRuleSets defaults) {
        this.library = library;
        this.journal = journal;
        this.history = history;
        this.defaults = defaults;
    }

    @Override
    public void afterPropertiesSet() {
        journal.settle(history);
        defaults.createMissing();
        List<Attempt> rejected = library.loadAll().stream()
                .filter(attempt -> attempt.outcome() == Outcome.REJECTED).toList();
        if (!rejected.isEmpty()) {
            throw new IllegalStateException("Rule sets failed the start-up check; fix them and start again:\n"
                    + rejected.stream().map(Attempt::describe).collect(Collectors.joining("\n")));
        }
    }
}
