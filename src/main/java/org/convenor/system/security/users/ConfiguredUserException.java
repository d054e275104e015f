package org.convenor.system.security.users;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A configured user is changed in the service's configuration, not through the API or the Users page: 409. */
public class ConfiguredUserException extends ErrorResponseException {

    public ConfiguredUserException(String username) {
        super(HttpStatus.CONFLICT);
        setType(URI.create("urn:convenor:problem:configured-user"));
        setTitle("A configured user");
        setDetail("'" + username + "' is set in the service's configuration (convenor.security.users." + username
                + "): change it there, or add a user of another name here and remove this one from configuration.");
    }
}
