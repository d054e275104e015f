package org.convenor.console;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form, and a button for each of the organisation's identity providers configured
 * ({@code spring.security.oauth2.client.registration.*}); Spring Security checks what they send, and says so with
 * {@code ?error}, {@code ?signedOut}, {@code ?notAUser} and the like.
 */
@ConsolePage
class LoginPage {

    /** One identity provider's button: where it leads and what it says. */
    record Provider(String id, String name) {
    }

    private final List<Provider> providers;

    LoginPage(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        this.providers = List.copyOf(found);
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
        return "console/login";
    }
}
