package org.convenor.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Users come from configuration only: no default, a clear refusal of what cannot work, and the demo exception. */
@ExtendWith(OutputCaptureExtension.class)
class StaffUsersTests {

    static final boolean NO_DEMO = false;
    static final boolean DEMO = true;

    /** The properties as Spring binds them from these environment variables. */
    static SecurityProperties fromEnvironment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()))
                .bindOrCreate("convenor.security", SecurityProperties.class);
    }

    static UserDetailsService users(SecurityProperties security, boolean demo) {
        StaffUsers staff = new StaffUsers();
        return staff.accounts(staff.staff(staff.configuredStaff(security, demo),
                new StaticListableBeanFactory().getBeanProvider(StoredUsers.class)));
    }

    static List<String> authorities(UserDetails user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void usersAreConfiguredThroughTheEnvironmentWithTheirRoles() {
        UserDetailsService users = users(fromEnvironment(Map.of(
                "CONVENOR_SECURITY_USERS_ALICE_PASSWORD", "{noop}alice-pw",
                "CONVENOR_SECURITY_USERS_ALICE_ROLES", "EDITOR,OPERATOR",
                "CONVENOR_SECURITY_OPERATOR_USERNAME", "ops",
                "CONVENOR_SECURITY_OPERATOR_PASSWORD", "plain-ops-pw")), NO_DEMO);

        UserDetails alice = users.loadUserByUsername("alice");
        assertThat(authorities(alice)).containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_OPERATOR");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("alice-pw", alice.getPassword()))
                .isTrue();
        assertThat(authorities(users.loadUserByUsername("ops"))).containsExactly("ROLE_OPERATOR");
    }

    @Test
    void theDirectoryNamesEveryoneWithTheRolesGivenAndTheirEmail() {
        StaffDirectory directory = new StaffUsers().configuredStaff(fromEnvironment(Map.of(
                "CONVENOR_SECURITY_USERS_ALICE_PASSWORD", "{noop}alice-pw",
                "CONVENOR_SECURITY_USERS_ALICE_ROLES", "EDITOR",
                "CONVENOR_SECURITY_USERS_ALICE_EMAIL", "alice@example.org",
                "CONVENOR_SECURITY_USERS_VIC_PASSWORD", "{noop}vic-pw",
                "CONVENOR_SECURITY_USERS_VIC_ROLES", "VIEWER",
                "CONVENOR_SECURITY_OPERATOR_USERNAME", "ops",
                "CONVENOR_SECURITY_OPERATOR_PASSWORD", "plain-ops-pw")), NO_DEMO);

        assertThat(directory.people()).containsExactlyInAnyOrder(
                new StaffDirectory.Person("alice", Set.of(StaffRole.EDITOR), "alice@example.org"),
                new StaffDirectory.Person("vic", Set.of(StaffRole.VIEWER), null),
                new StaffDirectory.Person("ops", Set.of(StaffRole.OPERATOR), null));
        StaffDirectory.Person alice = directory.find("alice").orElseThrow();
        assertThat(alice.may(StaffRole.STAFF)).as("an EDITOR is STAFF too").isTrue();
        assertThat(alice.may(StaffRole.OPERATOR)).isFalse();
        assertThat(directory.find("vic").orElseThrow().may(StaffRole.STAFF)).isFalse();
        assertThat(directory.find("nobody")).isEmpty();
        assertThat(alice.mayOwnMembers()).isTrue();
        assertThat(directory.find("vic").orElseThrow().mayOwnMembers()).isFalse();
        assertThat(new StaffDirectory.Person("ada", Set.of(StaffRole.ADMIN), null).mayOwnMembers())
                .as("ADMIN alone opens no page but Users").isFalse();
        assertThat(new StaffDirectory.Person("ada", Set.of(StaffRole.ADMIN, StaffRole.STAFF), null).mayOwnMembers())
                .isTrue();
        assertThat(new StaffDirectory.Person("ops", Set.of(StaffRole.OPERATOR), null).mayOwnMembers()).isFalse();
    }

    @Test
    void nobodyIsDefaulted() {
        UserDetailsService users = users(fromEnvironment(Map.of()), NO_DEMO);

        for (String name : List.of("user", "admin", "demo", "ops")) {
            assertThatThrownBy(() -> users.loadUserByUsername(name)).isInstanceOf(UsernameNotFoundException.class);
        }
    }

    @Test
    void whatCannotWorkStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> users(new SecurityProperties(Map.of("Alice",
                new SecurityProperties.User("{noop}x", List.of(StaffRole.VIEWER), null)), null, null, null), NO_DEMO))
                .hasMessageContaining("convenor.security.users.Alice").hasMessageContaining("[a-z0-9]+");
        assertThatThrownBy(() -> users(fromEnvironment(Map.of(
                "CONVENOR_SECURITY_USERS_BOB_PASSWORD", "plain", "CONVENOR_SECURITY_USERS_BOB_ROLES", "VIEWER")), NO_DEMO))
                .hasMessageContaining("convenor.security.users.bob.password").hasMessageContaining("{bcrypt}");
        assertThatThrownBy(() -> users(fromEnvironment(Map.of(
                "CONVENOR_SECURITY_USERS_BOB_PASSWORD", "{noop}x")), NO_DEMO))
                .hasMessageContaining("convenor.security.users.bob.roles");
        assertThatThrownBy(() -> fromEnvironment(Map.of("CONVENOR_SECURITY_USERS_BOB_PASSWORD", "{noop}x",
                "CONVENOR_SECURITY_USERS_BOB_ROLES", "OWNER"))).hasMessageContaining("convenor.security.users.bob.roles");
    }

    @Test
    void demoModeWithNobodyConfiguredMakesADemoEditorWhosePasswordIsLoggedOnce(CapturedOutput output) {
        UserDetailsService users = users(fromEnvironment(Map.of()), DEMO);

        UserDetails demo = users.loadUserByUsername("demo");
        assertThat(authorities(demo)).containsExactly("ROLE_EDITOR");
        String password = demo.getPassword().substring("{noop}".length());
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(output.getOut().split(password, -1)).as("times the password is printed").hasSize(2);
    }

    @Test
    void demoModeAddsNobodyWhenAUserOrOperatorIsConfigured() {
        UserDetailsService withOperator = users(fromEnvironment(Map.of(
                "CONVENOR_SECURITY_OPERATOR_USERNAME", "ops", "CONVENOR_SECURITY_OPERATOR_PASSWORD", "pw")), DEMO);

        assertThatThrownBy(() -> withOperator.loadUserByUsername("demo")).isInstanceOf(UsernameNotFoundException.class);
    }
}
