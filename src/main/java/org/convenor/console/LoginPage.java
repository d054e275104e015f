package org.convenor.console;

import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security checks what it posts, and says so with {@code ?error} or {@code ?signedOut}. */
@ConsolePage
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "console/login";
    }
}
