package org.convenor.system.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.convenor.ConvenorApplication;
import org.convenor.system.security.ApiAccess;
import org.convenor.system.security.ApiAccess.Access;
import org.convenor.validation.LimitsProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What {@code /v3/api-docs} says beyond what springdoc reads off the controllers and records: who may call
 * what (read off the filter chain's own table, {@link ApiAccess}), the problem answers, {@code required} and
 * nullability, the limits, and the request examples of {@code docs/examples} (packaged under
 * {@code openapi/examples}, so the description shows the very files). One customizer runs the steps in order, as
 * each builds on the one before.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiDescription {

    /** HTTP Basic as a user of the role the operation names. */
    static final String BASIC = "basic";
    /** An API token ({@code Authorization: Bearer}), as a user of the role the operation names. */
    static final String BEARER = "bearer";
    /** {@code X-Api-Key}: on the POST decision queries, when the service is configured with a key. */
    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI convenorApi() {
        String version = Objects.requireNonNullElse(ConvenorApplication.class.getPackage().getImplementationVersion(),
                "development");
        return new OpenAPI()
                .info(new Info().title("Convenor").version(version).description("""
                        Rules-driven decision support for coalition builders: who owes a partnership fee, which \
                        voices suit a campaign and who brings them, and which relationships are going untended. \
                        Every decision names the rule-set version that made it and the rules that fired.

                        Every 4xx and 5xx answer is an RFC 9457 problem (`application/problem+json`); bad input \
                        names each field by its JSON path. A path that is not described here answers 404, and a \
                        method a path does not take answers 405, both as problems."""))
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("HTTP Basic as a user of the role the operation names (VIEWER, STAFF,"
                                        + " EDITOR, OPERATOR or ADMIN). Refused for a user who has a second factor:"
                                        + " they use an API token instead."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token (`Authorization: Bearer <token>`), made by its owner with "
                                        + "POST /api/users/me/tokens or on their Account page, acting as that user "
                                        + "with their roles."))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("Needed on the decision queries only when the service is configured "
                                        + "with `convenor.security.api-key`; otherwise they are open.")));
    }

    @Bean
    RecordSchemas recordSchemas() {
        return new RecordSchemas();
    }

    @Bean
    OpenApiCustomizer convenorApiCustomizer(LimitsProperties limits) {
        RecordProperties properties = new RecordProperties(limits);
        return api -> {
            access(api);
            ProblemAnswers.describe(api);
            properties.describe(api);
            examples(api);
        };
    }

    /**
     * Each operation's security and the role that opens it, as the filter chain decides them: a role's operation
     * needs HTTP Basic or an API token and its description starts with the role; a decision form takes anyone, or the API key
     * where one is configured; an open operation says so ({@code security: []}) rather than leaving it unsaid.
     */
    private static void access(OpenAPI api) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Optional<Access> access = ApiAccess.of(HttpMethod.valueOf(method.name()), path);
            if (access.isEmpty() || access.get().needsSignIn()) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC),
                        new SecurityRequirement().addList(BEARER)));
                access.ifPresent(role -> operation.setDescription((role.isRole() ? role.name() + "."
                        : "Any signed-in user.") + (operation.getDescription() == null ? ""
                        : " " + operation.getDescription())));
            } else if (access.get() == Access.DECISION_FORM) {
                operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(API_KEY)));
            } else {
                operation.setSecurity(List.of());
            }
        }));
    }

    /** Each file of {@code docs/examples}, by its name without {@code .json}, for operations to refer to. */
    private static void examples(OpenAPI api) {
        try {
            PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
            for (Resource file : resources.getResources("classpath*:openapi/examples/*.json")) {
                try (InputStream in = file.getInputStream()) {
                    String name = Objects.requireNonNull(file.getFilename()).replaceFirst("\\.json$", "");
                    api.getComponents().addExamples(name, new Example().summary("docs/examples/" + file.getFilename())
                            .value(Json.mapper().readTree(in)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request examples", e);
        }
    }
}
