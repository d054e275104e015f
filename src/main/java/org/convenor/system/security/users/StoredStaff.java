package org.convenor.system.security.users;

import java.util.List;
import java.util.Optional;

import org.convenor.system.security.StaffDirectory.Person;
import org.convenor.system.security.StoredUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users kept here, as the sign-in asks about them at every request: the enabled ones only. */
@Service
@Transactional(readOnly = true)
class StoredStaff implements StoredUsers {

    private final UserTable users;
    private final ApiTokens tokens;

    StoredStaff(UserTable users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    public Optional<Account> enabled(String username) {
        return users.find(username).filter(row -> !row.disabled())
                .map(row -> new Account(person(row), row.password(), row.secondFactor()));
    }

    @Override
    public List<Person> people() {
        return users.all().stream().filter(row -> !row.disabled()).map(StoredStaff::person).toList();
    }

    @Override
    @Transactional
    public Optional<String> tokenOwner(String token) {
        return tokens.owner(token);
    }

    private static Person person(UserTable.Row row) {
        return new Person(row.username(), row.roles(), row.email());
    }
}
