package org.convenor;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Staff users for tests of the console. This branch has no configured staff yet (the network store brings
 * {@code convenor.security.users.<name>.password/.roles}), so this puts these users in place of whatever
 * {@code UserDetailsService} the application defines, whatever its bean name. Once staff users can be
 * configured, {@link #ARGS} becomes those properties and this class goes. Deliberately not a
 * {@code @Configuration}: the application's component scan would find it in every test's context.
 */
public class StaffForTests {

    public static final String PASSWORD = "correct-horse-battery";
    /** EDITOR: drafts, checks, publishes and restores rule sets. */
    public static final String EDITOR = "ana";
    /** VIEWER: reads every page, changes nothing. */
    public static final String VIEWER = "victor";
    /** OPERATOR only: reloads rule sets, opens no page. */
    public static final String OPERATOR = "ops";

    /** Command-line arguments that give a {@link RunningApp} these users. */
    public static final String[] ARGS = {"--spring.main.sources=" + StaffForTests.class.getName()};

    @Bean
    static BeanPostProcessor staffInPlaceOfConfiguredUsers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof UserDetailsService ? users() : bean;
            }
        };
    }

    static UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername(EDITOR).password("{noop}" + PASSWORD).roles("EDITOR").build(),
                User.withUsername(VIEWER).password("{noop}" + PASSWORD).roles("VIEWER").build(),
                User.withUsername(OPERATOR).password("{noop}" + PASSWORD).roles("OPERATOR").build());
    }
}
