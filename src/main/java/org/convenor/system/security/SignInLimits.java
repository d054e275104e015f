package org.convenor.system.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins {@link SignInThrottle} lets pass before each further attempt has to wait.
 *
 * @param usernameFailures failures for one username (5: more than a person mistyping needs)
 * @param addressFailures failures from one client address, whoever they were for (50: an office behind one
 *        address shares it)
 */
@ConfigurationProperties("convenor.security.sign-in")
record SignInLimits(@DefaultValue("5") int usernameFailures, @DefaultValue("50") int addressFailures) {
}
