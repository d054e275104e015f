package org.convenor.system.security.users;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every console session of a user ended at once, whichever instance signed them in: the sessions live in the
 * database (Spring Session JDBC), indexed by the username they signed in as. Ended once the change that calls for
 * it has committed, so a sign-in racing the change is either refused or has its session ended too. The console's
 * check at every request ({@code SessionCheck}) stays behind this, for users removed from the configuration. Where
 * nothing keeps sessions (the command line), there is nothing to end.
 */
@Component
class UserSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Within the transaction that disables {@code username}. */
    void endAfterCommit(String username) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.ifAvailable(repository ->
                        repository.findByPrincipalName(username).keySet().forEach(repository::deleteById));
            }
        });
    }
}
