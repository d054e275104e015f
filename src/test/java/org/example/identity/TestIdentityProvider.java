package org.example.identity;

import java.util.UUID;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider in the test's JVM (Spring Authorization Server, on Boot's defaults), standing in for the
 * organisation's Google Workspace, Entra ID or Keycloak: people sign in to it with their email as username and
 * {@link #PASSWORD}, and its ID tokens carry that email, verified. It reads none of Convenor's configuration, keeps
 * its session under a cookie of its own name (both services are on 127.0.0.1), and learns Convenor's address
 * ({@link #allow}) once Convenor is running, since Convenor reads this provider's address at its start. Outside
 * {@code org.convenor}, so Convenor's own start never finds it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestIdentityProvider {

    public static final String CLIENT_ID = "convenor";
    public static final String CLIENT_SECRET = "secret-of-the-test-provider";
    public static final String PASSWORD = "provider-password";

    /** Everyone who can sign in to the provider (the organisation's staff and an outsider alike). */
    public static final String[] PEOPLE = {"amal@example.org", "dina@example.org", "outsider@example.org"};

    public static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TestIdentityProvider.class).properties(
                "spring.config.name=test-identity-provider", "server.port=0", "server.address=127.0.0.1",
                "server.servlet.session.cookie.name=PROVIDER_SESSION", "spring.main.banner-mode=off",
                "spring.flyway.enabled=false", "spring.sql.init.mode=never", "springdoc.api-docs.enabled=false",
                "convenor.rules.watch=false").run();
    }

    /** The provider's address, its OpenID issuer. */
    public static String issuer(ConfigurableApplicationContext provider) {
        return "http://127.0.0.1:" + provider.getEnvironment().getProperty("local.server.port");
    }

    /** Registers Convenor, running at this address, as the client it sends people back to. */
    public static void allow(ConfigurableApplicationContext provider, String convenor, String registrationId) {
        provider.getBean(RegisteredClientRepository.class).save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(convenor + "/login/oauth2/code/" + registrationId)
                .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build()).build());
    }

    @Bean
    RegisteredClientRepository clients() {
        // The repository needs one client to begin with; Convenor's is added by allow(), once its port is known.
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId("placeholder").clientId("placeholder")
                .clientSecret("{noop}placeholder").authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .build());
    }

    @Bean
    UserDetailsService people() {
        InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();
        for (String email : PEOPLE) {
            people.createUser(User.withUsername(email).password("{noop}" + PASSWORD).roles("USER").build());
        }
        return people;
    }

    /** ID tokens carry the signed-in person's email, verified, as Google's and Keycloak's do. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emails() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claim("email", context.getPrincipal().getName()).claim("email_verified", true);
            }
        };
    }
}
