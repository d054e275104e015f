package org.convenor.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what.
 *
 * @param operatorUsername the operator who may change the running service (reload rule sets); with no
 *        operator configured those endpoints are closed to everyone
 * @param operatorPassword the operator's password, ideally encoded ({@code {bcrypt}$2a$...}); a value without
 *        an {@code {id}} prefix is taken as plain text
 * @param apiKey when set, decision queries need the header {@code X-Api-Key} with this value; when empty they are
 *        open
 */
@ConfigurationProperties("convenor.security")
public record SecurityProperties(String operatorUsername, String operatorPassword, String apiKey) {

    boolean hasOperator() {
        return operatorUsername != null && !operatorUsername.isBlank() && operatorPassword != null
                && !operatorPassword.isBlank();
    }

    boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }
}
