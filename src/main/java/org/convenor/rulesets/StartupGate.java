package org.convenor.rulesets;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads every rule set through the gate before the service answers anything: first the history is imported from
 * an old git repository where the database has none (or its export brought up to date), then each rule set's
 * folder is settled against the database's head ({@link ActiveHead}, which also creates the shipped rule sets a
 * deployment lacks). A rule set that does not compile, or fails a scenario, stops start-up with every reason, so
 * a broken policy never serves.
 * <p>
 * Compiling the rule sets and running their scenarios is about half of a start, so it runs on its own thread while
 * the rest of the context is built. Once every bean exists, and before anything starts (the change log's follower
 * in {@link ActiveHead}, the web server), {@link #afterSingletonsInstantiated()} waits for it.
 */
@Component
@ConditionalOnBooleanProperty(name = "convenor.rules.load-on-startup", matchIfMissing = true)
class StartupGate implements InitializingBean, SmartInitializingSingleton, DisposableBean {

    private final FutureTask<List<Attempt>> settling;

    StartupGate(RuleSetHistory history, ActiveHead head) {
        this.settling = new FutureTask<>(() -> {
            history.importOrExport();
            return head.settleAll();
        });
    }

    @Override
    public void afterPropertiesSet() {
        Thread thread = new Thread(settling, "rule-sets-start-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Attempt> rejected = settled().stream()
                .filter(attempt -> attempt.outcome() == Outcome.REJECTED).toList();
        if (!rejected.isEmpty()) {
            throw new IllegalStateException("Rule sets failed the start-up check; fix them and start again:\n"
                    + rejected.stream().map(Attempt::describe).collect(Collectors.joining("\n")));
        }
    }

    private List<Attempt> settled() {
        try {
            return settling.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the rule sets were checked at start-up", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("The rule sets could not be checked at start-up", e.getCause());
        }
    }

    /** A context that failed elsewhere closes only once the check is done: nothing writes after it has closed. */
    @Override
    public void destroy() throws InterruptedException {
        try {
            settling.get();
        } catch (ExecutionException e) {
            // Reported by afterSingletonsInstantiated(), or moot: the context is closing.
        }
    }
}
