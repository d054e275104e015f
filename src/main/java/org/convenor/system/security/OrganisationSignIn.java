package org.convenor.system.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in with the organisation's identity provider (OpenID Connect): the identity it vouches for is let in only
 * as the one existing, enabled user with that email, with that user's Convenor roles; nobody is created. An
 * email the provider says it has not verified opens nothing. Who was refused is logged without their email.
 */
final class OrganisationSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Why a signed-in identity is not let in; the sign-in page says so. */
    static final String NOT_A_USER = "not_a_user";
    private static final Logger log = LoggerFactory.getLogger(OrganisationSignIn.class);

    private final OidcUserService provider = new OidcUserService();
    private final Staff staff;

    OrganisationSignIn(Staff staff) {
        this.staff = staff;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = provider.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        String email = identity.getEmail();
        if (email == null || Boolean.FALSE.equals(identity.getEmailVerified())) {
            log.warn("Sign-in through '{}' refused: no verified email", registration);
            throw refused();
        }
        StaffDirectory.Person person = staff.byEmail(email).orElseThrow(() -> {
            log.warn("Sign-in through '{}' refused: no enabled user (or more than one) has that email", registration);
            return refused();
        });
        return new StaffIdentity(person, identity);
    }

    private static OAuth2AuthenticationException refused() {
        return new OAuth2AuthenticationException(new OAuth2Error(NOT_A_USER,
                "No enabled Convenor user has the email this sign-in gave", null));
    }

    /** The provider's identity, named by the Convenor username and holding the Convenor roles. */
    static final class StaffIdentity extends DefaultOidcUser {

        private final String username;

        StaffIdentity(StaffDirectory.Person person, OidcUser identity) {
            super(Authorities.of(person.roles()), identity.getIdToken(), identity.getUserInfo());
            this.username = person.username();
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StaffIdentity that && that.username.equals(username) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return username.hashCode();
        }
    }
}
