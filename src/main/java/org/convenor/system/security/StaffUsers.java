package org.convenor.system.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users who may sign in: the configured staff, the older operator setting, and in demo mode, when neither
 * is configured, a {@code demo} EDITOR; beside them, the users kept by the service ({@link Staff}). Nobody is defaulted: with nothing configured nobody can sign in. A
 * setting that cannot work (a username with capitals, a password without its encoding, no roles) stops
 * start-up naming it, rather than failing at the first sign-in.
 */
// Not only for the web: the users kept by the service, and the directory other parts read, need it wherever the
// database is.
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class StaffUsers {

    private static final Logger log = LoggerFactory.getLogger(StaffUsers.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9]+");
    private static final Pattern PASSWORD = Pattern.compile("\\{(bcrypt|noop)}.+");
    static final String DEMO_USER = "demo";

    @Bean
    UserDetailsService accounts(Staff staff) {
        return staff::account;
    }

    /** The one directory the rest of the service reads: the configured users and those kept by the service. */
    @Bean
    @Primary
    Staff staff(ConfiguredStaff configured, ObjectProvider<StoredUsers> stored) {
        return new Staff(configured, stored);
    }

    @Bean
    ConfiguredStaff configuredStaff(SecurityProperties security, @Value("${convenor.demo:false}") boolean demo) {
        List<UserDetails> users = new ArrayList<>();
        List<StaffDirectory.Person> people = new ArrayList<>();
        security.users().forEach((name, user) -> {
            users.add(staff(name, user));
            people.add(new StaffDirectory.Person(name, Set.copyOf(user.roles()), user.email()));
        });
        if (security.hasOperator()) {
            if (security.users().containsKey(security.operatorUsername())) {
                throw misconfigured("convenor.security.operator-username",
                        "'" + security.operatorUsername() + "' is also under convenor.security.users; give it OPERATOR there");
            }
            String password = security.operatorPassword().startsWith("{") ? security.operatorPassword()
                    : "{noop}" + security.operatorPassword();
            users.add(User.withUsername(security.operatorUsername()).password(password)
                    .roles(StaffRole.OPERATOR.name()).build());
            people.add(new StaffDirectory.Person(security.operatorUsername(), Set.of(StaffRole.OPERATOR), null));
        }
        if (users.isEmpty() && demo) {
            users.add(demoUser());
            people.add(new StaffDirectory.Person(DEMO_USER, Set.of(StaffRole.EDITOR), null));
        }
        return new ConfiguredStaff(users, people);
    }

    /** The configured people: their accounts for signing in, and the directory the rest of the service reads. */
    static final class ConfiguredStaff implements StaffDirectory {

        private final InMemoryUserDetailsManager accounts;
        private final List<Person> people;

        ConfiguredStaff(List<UserDetails> accounts, List<Person> people) {
            this.accounts = new InMemoryUserDetailsManager(accounts);
            this.people = List.copyOf(people);
        }

        /**
         * Only a lookup, not the manager itself: as a password service Spring would re-encode a {@code {noop}}
         * password with bcrypt at its first use, and every later request (HTTP Basic checks each one) would pay
         * ~0.1 s.
         */
        UserDetails account(String username) {
            return accounts.loadUserByUsername(username);
        }

        @Override
        public List<Person> people() {
            return people;
        }
    }

    private static UserDetails staff(String name, SecurityProperties.User user) {
        String prefix = "convenor.security.users." + name;
        if (!USERNAME.matcher(name).matches()) {
            throw misconfigured(prefix, "a username is lower-case letters and digits only ([a-z0-9]+)");
        }
        if (user.password() == null || !PASSWORD.matcher(user.password()).matches()) {
            throw misconfigured(prefix + ".password", "give it as {bcrypt}<hash> (or {noop}<password> for a trial)");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw misconfigured(prefix + ".roles", "give one or more of VIEWER, STAFF, EDITOR, OPERATOR, ADMIN");
        }
        return User.withUsername(name).password(user.password())
                .roles(user.roles().stream().map(StaffRole::name).distinct().toArray(String[]::new)).build();
    }

    /** Printed once, here: it is not kept anywhere, and a new one is made at every start. */
    private static UserDetails demoUser() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        log.warn("Demo mode: sign in as '{}' with password {} (an EDITOR; a new password at every start)", DEMO_USER,
                password);
        return User.withUsername(DEMO_USER).password("{noop}" + password).roles(StaffRole.EDITOR.name()).build();
    }

    private static IllegalStateException misconfigured(String property, String advice) {
        return new IllegalStateException("Cannot start: " + property + ": " + advice);
    }
}
