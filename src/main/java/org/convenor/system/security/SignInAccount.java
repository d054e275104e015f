package org.convenor.system.security;

import org.springframework.security.core.userdetails.User;

/**
 * A stored user's account as the password check sees it, knowing whether a second factor is theirs: the API then
 * refuses their password (tokens open it), and the console asks for a code after it.
 */
final class SignInAccount extends User {

    private final boolean secondFactor;
    private final boolean needsSecondFactor;

    SignInAccount(StoredUsers.Account account) {
        super(account.person().username(), account.password(), Authorities.of(account.person().roles()));
        this.secondFactor = account.secondFactor();
        this.needsSecondFactor = account.needsSecondFactor();
    }

    boolean secondFactor() {
        return secondFactor;
    }

    boolean needsSecondFactor() {
        return needsSecondFactor;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
