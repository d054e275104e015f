package org.convenor.system.security.users;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.convenor.system.security.Staff;
import org.convenor.system.security.StaffDirectory.Person;
import org.convenor.system.security.StaffRole;
import org.convenor.system.security.users.UserAudit.Action;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an ADMIN does to users: list them (configured and stored), add one, set roles, email and whether they may
 * sign in, set a local password, remove a second factor. Each change is one transaction, checked whole first
 * (every problem named by its field) and recorded in the users' audit log as {@code admin} doing it.
 */
@Service
@Transactional
public class Users {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9]{1,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int LONGEST_EMAIL = 254;
    /**
     * Words of the API's paths under {@code /api/users} ({@code me/tokens}, {@code audit}): no user may be called
     * one.
     */
    static final Set<String> RESERVED = Set.of("me", "audit");

    private final UserTable users;
    private final SecondFactorTable factors;
    private final UserAudit audit;
    private final Passwords passwords;
    private final Staff staff;
    private final UserSessions sessions;

    Users(UserTable users, SecondFactorTable factors, UserAudit audit, Passwords passwords, Staff staff,
            UserSessions sessions) {
        this.users = users;
        this.factors = factors;
        this.audit = audit;
        this.passwords = passwords;
        this.staff = staff;
        this.sessions = sessions;
    }

    /** Everyone: the configured users first, then those kept here. */
    @Transactional(readOnly = true)
    public List<UserAnswer> all() {
        List<UserAnswer> all = new ArrayList<>();
        staff.configuredPeople().stream().sorted(Comparator.comparing(Person::username))
                .forEach(person -> all.add(configured(person)));
        users.all().stream().filter(row -> !staff.isConfigured(row.username())).map(Users::answer).forEach(all::add);
        return all;
    }

    @Transactional(readOnly = true)
    public UserAnswer one(String username) {
        Optional<Person> configured = staff.configuredPeople().stream()
                .filter(person -> person.username().equals(username)).findFirst();
        if (configured.isPresent()) {
            return configured(configured.get());
        }
        return answer(stored(username));
    }

    public UserAnswer add(NewUser user, String admin) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = user.username();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "A username is 1 to 100 lower-case letters and digits."));
        } else if (RESERVED.contains(username) || staff.isConfigured(username) || users.find(username).isPresent()) {
            problems.add(new FieldProblem("username", "'" + username + "' is taken: choose another username."));
        }
        String email = email(user.email(), username, problems);
        Set<StaffRole> roles = roles(user.roles(), problems);
        if (user.password() != null && username != null) {
            passwords.refusal(username, user.password()).ifPresent(why -> problems.add(new FieldProblem("password", why)));
        }
        refuse(problems);
        try {
            users.insert(username, email, roles, user.password() == null ? null : passwords.encode(user.password()));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(new FieldProblem("username", "'" + username + "' is taken: "
                    + "choose another username.")));
        }
        audit.record(admin, Action.ADDED, username, words(roles));
        if (user.password() != null) {
            audit.record(admin, Action.PASSWORD_SET, username, null);
        }
        return answer(stored(username));
    }

    public UserAnswer change(String username, UserChange change, String admin) {
        UserTable.Row row = stored(username);
        List<FieldProblem> problems = new ArrayList<>();
        String email = email(change.email(), username, problems);
        Set<StaffRole> roles = roles(change.roles(), problems);
        refuse(problems);
        users.update(username, email, roles, change.disabled());
        if (!roles.equals(row.roles())) {
            audit.record(admin, Action.ROLES_CHANGED, username, words(row.roles()) + " → " + words(roles));
        }
        if (!Objects.equals(email, row.email())) {
            audit.record(admin, Action.EMAIL_CHANGED, username, null);
        }
        if (change.disabled() != row.disabled()) {
            audit.record(admin, change.disabled() ? Action.DISABLED : Action.ENABLED, username, null);
        }
        if (change.disabled()) {
            sessions.endAfterCommit(username);
        }
        return answer(stored(username));
    }

    public void setPassword(String username, NewPassword password, String admin) {
        stored(username);
        passwords.refusal(username, password.password()).ifPresent(why -> refuse(List.of(
                new FieldProblem("password", why))));
        users.setPassword(username, passwords.encode(password.password()));
        audit.record(admin, Action.PASSWORD_SET, username, null);
    }

    /** For a lost phone: they enrol again at their next sign-in with a password. */
    public void removeSecondFactor(String username, String admin) {
        stored(username);
        if (factors.remove(username)) {
            audit.record(admin, Action.SECOND_FACTOR_REMOVED, username, null);
        }
    }

    @Transactional(readOnly = true)
    public List<UserAudit.Entry> changes(int limit) {
        return audit.entries(limit);
    }

    private UserTable.Row stored(String username) {
        if (staff.isConfigured(username)) {
            throw new ConfiguredUserException(username);
        }
        return users.find(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    /** Lower-cased, and nobody else's (configured or stored): an identity provider's sign-in is matched by it. */
    private @Nullable String email(@Nullable String given, @Nullable String username, List<FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String email = given.strip().toLowerCase(Locale.ROOT);
        if (email.length() > LONGEST_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "'" + given + "' is not an email address (name@example.org)."));
            return email;
        }
        boolean taken = users.holderOf(email).filter(holder -> !holder.equals(username)).isPresent()
                || staff.configuredPeople().stream().anyMatch(person -> email.equalsIgnoreCase(person.email()));
        if (taken) {
            problems.add(new FieldProblem("email", "Another user has this email: each user's is their own, as "
                    + "signing in through the identity provider finds them by it."));
        }
        return email;
    }

    private static Set<StaffRole> roles(@Nullable List<StaffRole> given, List<FieldProblem> problems) {
        if (given == null || given.isEmpty() || given.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem("roles", "Give one or more of VIEWER, STAFF, EDITOR, OPERATOR, ADMIN."));
            return EnumSet.noneOf(StaffRole.class);
        }
        return EnumSet.copyOf(given);
    }

    private static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String words(Set<StaffRole> roles) {
        return roles.isEmpty() ? "none" : String.join(", ", roles.stream().sorted().map(StaffRole::name).toList());
    }

    private static UserAnswer configured(Person person) {
        return new UserAnswer(person.username(), person.email(), person.roles().stream().sorted().toList(), false,
                true, true, false);
    }

    private static UserAnswer answer(UserTable.Row row) {
        return new UserAnswer(row.username(), row.email(), row.roles().stream().sorted().toList(), row.disabled(),
                false, row.password() != null, row.secondFactor());
    }
}
