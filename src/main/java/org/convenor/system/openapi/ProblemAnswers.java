package org.convenor.system.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import org.convenor.system.problems.Problem;
import org.springframework.http.HttpHeaders;

/**
 * The problem answers each operation can give, read off what the operation is: whether it reads a body or
 * parameters, names something in its path, needs a credential, or makes a decision with a rule set. New
 * endpoints are covered by the same reading, and the API tests fail on any answer it leaves out.
 */
final class ProblemAnswers {

    private static final String COMPONENTS = "#/components/schemas/";

    /** One kind of problem answer, which operations can give it, and the headers it carries beside the problem. */
    private record Answer(String status, String name, String description, Predicate<Facts> when,
            Map<String, Header> headers) {

        Answer(String status, String name, String description, Predicate<Facts> when) {
            this(status, name, description, when, Map.of());
        }
    }

    /** What an operation is, as far as its problems go. */
    private record Facts(boolean body, boolean query, boolean path, boolean typedPath, boolean basic, boolean secured,
            boolean decision) {
    }

    private static final List<Answer> ANSWERS = List.of(
            new Answer("400", "BadInput", "Bad input: malformed JSON, a misspelt or unknown field, a missing "
                    + "required value, a value of the wrong type or out of range, a duplicate id or a reference to an "
                    + "unknown id. `errors` names each field by its JSON path.",
                    facts -> facts.body() || facts.query() || facts.typedPath()),
            new Answer("401", "Unauthorized", "A credential is needed and was missing or wrong: HTTP Basic, an API "
                    + "token (a user with a second factor has only tokens), or `X-Api-Key` when the service is "
                    + "configured with a key.", Facts::secured),
            new Answer("403", "Forbidden", "Signed in, but without the role this needs.", Facts::basic),
            new Answer("404", "NotFound", "Nothing of that name.", Facts::path),
            new Answer("406", "NotAcceptable", "The `Accept` header rules out JSON, the only form this answers in.",
                    facts -> true),
            new Answer("413", "TooLarge", "The body is larger than `convenor.limits.max-request-size` (a CSV "
                    + "import: `convenor.limits.max-import-size`), or holds more "
                    + "members or interactions than `convenor.limits.max-members` or `max-interactions` allow "
                    + "(`errors` names which).", Facts::body),
            new Answer("415", "UnsupportedMediaType", "The body is not `application/json`.", Facts::body),
            new Answer("429", "TooManySignInFailures", "Too many failed sign-ins for this username or from this "
                    + "client address: the attempt is refused, whatever its password. `Retry-After` says in how "
                    + "many seconds to try again (at most 60).", Facts::basic, Map.of(HttpHeaders.RETRY_AFTER,
                            new Header().description("Seconds to wait before the next attempt").required(true)
                                    .schema(new JsonSchema().typesItem("integer").minimum(BigDecimal.ONE)))),
            new Answer("500", "InternalError", "Something went wrong on the service's side: a rule failed (the "
                    + "detail names it) or an unexpected error, which is logged.", facts -> true),
            new Answer("503", "RuleSetUnavailable", "The rule set this decision needs is not loaded; "
                    + "`GET /api/rulesets` says why.", Facts::decision));

    private ProblemAnswers() {
    }

    static void describe(OpenAPI api) {
        Components components = api.getComponents();
        ModelConverters.getInstance(true).readAll(new AnnotatedType(Problem.class)).forEach(components::addSchemas);
        Content problem = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new JsonSchema().$ref(COMPONENTS + "Problem")));
        ANSWERS.forEach(answer -> components.addResponses(answer.name(), new ApiResponse()
                .description(answer.description()).content(problem)
                .headers(answer.headers().isEmpty() ? null : new LinkedHashMap<>(answer.headers()))));
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            Facts facts = facts(operation, components.getSchemas());
            ANSWERS.stream().filter(answer -> answer.when().test(facts))
                    .filter(answer -> !operation.getResponses().containsKey(answer.status()))
                    .forEach(answer -> operation.getResponses().addApiResponse(answer.status(),
                            new ApiResponse().$ref("#/components/responses/" + answer.name())));
        }));
    }

    private static Facts facts(Operation operation, Map<String, Schema> schemas) {
        List<SecurityRequirement> security = operation.getSecurity() == null ? List.of() : operation.getSecurity();
        return new Facts(operation.getRequestBody() != null, hasParameter(operation, "query"),
                hasParameter(operation, "path"), hasTypedPathParameter(operation),
                security.stream().anyMatch(requirement -> requirement.containsKey(ApiDescription.BASIC)),
                security.stream().anyMatch(requirement -> !requirement.isEmpty()),
                isDecision(operation, schemas));
    }

    private static boolean hasParameter(Operation operation, String in) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> in.equals(parameter.getIn()));
    }

    /**
     * A path parameter that is read as a number ({@code /interactions/first}) or must keep a pattern (an id) can be
     * refused.
     */
    private static boolean hasTypedPathParameter(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "path".equals(parameter.getIn()) && parameter.getSchema() != null
                        && (parameter.getSchema().getPattern() != null
                                || !"string".equals(parameter.getSchema().getType()) && (parameter.getSchema().getTypes() == null
                                        || !parameter.getSchema().getTypes().contains("string"))));
    }

    /** A decision names the rule set that made it, so it cannot be made while that rule set is not loaded. */
    private static boolean isDecision(Operation operation, Map<String, Schema> schemas) {
        ApiResponse ok = operation.getResponses().get("200");
        return ok != null && ok.getContent() != null && ok.getContent().values().stream()
                .map(MediaType::getSchema)
                .filter(schema -> schema != null && schema.get$ref() != null)
                .map(schema -> schemas.get(schema.get$ref().substring(COMPONENTS.length())))
                .filter(answer -> answer != null && answer.getProperties() != null)
                .map(answer -> (Schema<?>) answer.getProperties().get("ruleSet"))
                .filter(Objects::nonNull)
                .anyMatch(ruleSet -> (COMPONENTS + "RuleSetRef").equals(ruleSet.get$ref()));
    }
}
