package org.convenor.system.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Everyone who may sign in: the configured users (the bootstrap, e.g. the first ADMIN) and the enabled users kept
 * by the service. A configured username is never a stored user's (the users' service refuses it); were one
 * configured later, configuration wins. The directory the rest of the service reads, and the accounts both
 * security chains check passwords against.
 */
public final class Staff implements StaffDirectory {

    private final StaffUsers.ConfiguredStaff configured;
    private final ObjectProvider<StoredUsers> stored;

    Staff(StaffUsers.ConfiguredStaff configured, ObjectProvider<StoredUsers> stored) {
        this.configured = configured;
        this.stored = stored;
    }

    @Override
    public List<Person> people() {
        List<Person> people = new ArrayList<>(configured.people());
        Set<String> names = people.stream().map(Person::username).collect(Collectors.toSet());
        stored.ifAvailable(users -> users.people().stream().filter(person -> !names.contains(person.username()))
                .forEach(people::add));
        return List.copyOf(people);
    }

    @Override
    public Optional<Person> find(String username) {
        Optional<Person> person = configured.find(username);
        if (person.isPresent()) {
            return person;
        }
        StoredUsers users = stored.getIfAvailable();
        return users == null ? Optional.empty() : users.enabled(username).map(StoredUsers.Account::person);
    }

    /** Whether this username is taken by configuration (so no stored user may have it). */
    public boolean isConfigured(String username) {
        return configured.find(username).isPresent();
    }

    /** The configured people, who are managed in configuration, not on the Users page. */
    public List<Person> configuredPeople() {
        return configured.people();
    }

    /**
     * The one person, enabled, whose email this is (compared without regard to case), as an identity provider's
     * sign-in is matched; empty if nobody's, or if two people share it (then nobody is let in by it).
     */
    public Optional<Person> byEmail(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        List<Person> holders = people().stream()
                .filter(person -> person.email() != null && person.email().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    /** The account a password is checked against: a configured one, else an enabled stored one with a password. */
    UserDetails account(String username) {
        if (configured.find(username).isPresent()) {
            return configured.account(username);
        }
        StoredUsers users = stored.getIfAvailable();
        StoredUsers.Account account = users == null ? null : users.enabled(username).orElse(null);
        if (account == null || account.password() == null) {
            throw new UsernameNotFoundException(username);
        }
        return new SignInAccount(account);
    }
}
