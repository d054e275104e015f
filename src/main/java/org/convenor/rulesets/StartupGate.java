package org.convenor.rulesets;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads every rule set through the gate before the service answers anything: first the history is imported from
 * an old git repository where the database has none (or its export brought up to date), then each rule set's
 * folder is settled against the database's head ({@link ActiveHead}, which also creates the shipped rule sets a
 * deployment lacks). A rule set that does not compile, or fails a scenario, stops start-up with every reason, so
 * a broken policy never serves.
 */
@Component
@ConditionalOnBooleanProperty(name = "convenor.rules.load-on-startup", matchIfMissing = true)
class StartupGate implements InitializingBean {

    private final RuleSetHistory history;
    private final ActiveHead head;

    StartupGate(RuleSetHistory history, ActiveHead head) {
        this.history = history;
        this.head = head;
    }

    @Override
    public void afterPropertiesSet() {
        history.importOrExport();
        List<Attempt> rejected = head.settleAll().stream()
                .filter(attempt -> attempt.outcome() == Outcome.REJECTED).toList();
        if (!rejected.isEmpty()) {
            throw new IllegalStateException("Rule sets failed the start-up check; fix them and start again:\n"
                    + rejected.stream().map(Attempt::describe).collect(Collectors.joining("\n")));
        }
    }
}
