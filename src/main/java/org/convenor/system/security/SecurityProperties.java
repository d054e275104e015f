package org.convenor.system.security;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what.
 *
 * @param users staff by username ({@code [a-z0-9]+}): {@code convenor.security.users.alice.password} in Spring's
 *        {@code {bcrypt}...}/{@code {noop}...} format, {@code ...alice.roles} and, optionally, {@code ...alice.email};
 *        none unless configured
 * @param operatorUsername the older way to configure an operator (reload only), still honoured
 * @param operatorPassword its password, ideally encoded ({@code {bcrypt}$2a$...}); a value without an
 *        {@code {id}} prefix is taken as plain text
 * @param apiKey when set, the POST decision forms need the header {@code X-Api-Key} with this value; when empty
 *        they are open
 */
@ConfigurationProperties("convenor.security")
public record SecurityProperties(Map<String, User> users, String operatorUsername, String operatorPassword,
        String apiKey) {

    public SecurityProperties {
        users = users == null ? Map.of() : users;
    }

    /** One member of staff. */
    public record User(String password, List<StaffRole> roles, @Nullable String email) {
    }

    boolean hasOperator() {
        return operatorUsername != null && !operatorUsername.isBlank() && operatorPassword != null
                && !operatorPassword.isBlank();
    }

    boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }
}
