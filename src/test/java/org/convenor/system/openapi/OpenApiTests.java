package org.convenor.system.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.coalitions.CoalitionWarningKind;
import org.convenor.fees.FeeAlertKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What {@code /v3/api-docs} says, checked against what the service is. The API tests hold every exchange to
 * the description ({@link ApiContract}); these check what no exchange shows: names, security, examples,
 * limits. The description is also written to {@code target/openapi.json}, where {@code .ci/run} lints it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    static final Set<String> DECISIONS = Set.of("assessFees", "recommendVoices", "relationshipAlerts");

    @Autowired
    MockMvcTester mvc;

    JsonNode api;
    Map<String, JsonNode> operations;

    @BeforeEach
    void read() throws Exception {
        String text = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
        api = JSON.readTree(text);
        operations = new TreeMap<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> operations.put(operation.getValue().path("operationId").asString(),
                        operation.getValue())));
    }

    JsonNode schema(String name) {
        return api.path("components").path("schemas").path(name);
    }

    @Test
    void isWrittenWhereTheLinterReadsIt() throws IOException {
        Path file = Path.of("target/openapi.json");
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), api);

        assertThat(api.path("openapi").asString()).startsWith("3.1");
        assertThat(file).isNotEmptyFile();
    }

    @Test
    void everyOperationHasAMeaningfulIdASummaryAndADefinedTag() {
        assertThat(operations.keySet()).contains("assessFees", "recommendVoices", "relationshipAlerts",
                "listRuleSets", "getRuleSet", "reloadRuleSets");
        List<String> tags = new ArrayList<>();
        api.path("tags").forEach(tag -> {
            tags.add(tag.path("name").asString());
            assertThat(tag.path("description").asString()).isNotBlank();
        });
        operations.forEach((id, operation) -> {
            assertThat(operation.path("summary").asString()).as(id).isNotBlank();
            assertThat(operation.path("tags").get(0).asString()).as(id).isIn(tags);
        });
    }

    /** JSON, but for the few that say otherwise (draft files as text, imports as CSV, a member's export as a zip). */
    static final Set<String> BODIES = Set.of("application/json", "text/plain", "text/csv", "application/zip");

    @Test
    void answersAreJsonAndEveryProblemIsAProblemJson() {
        assertThat(api.toString()).doesNotContain("*/*");
        operations.forEach((id, operation) -> operation.path("responses").properties().forEach(response -> {
            JsonNode answer = response.getValue();
            if (response.getKey().startsWith("2")) {
                assertThat(answer.path("content").propertyNames()).as(id).isSubsetOf(BODIES);
            } else {
                JsonNode problem = answer.has("$ref") ? api.at(answer.path("$ref").asString().substring(1)) : answer;
                assertThat(problem.path("content").propertyNames()).as(id).containsExactly("application/problem+json");
                assertThat(problem.at("/content/application~1problem+json/schema/$ref").asString())
                        .isEqualTo("#/components/schemas/Problem");
            }
        }));
        operations.values().stream().filter(operation -> operation.has("requestBody"))
                .forEach(operation -> assertThat(operation.at("/requestBody/content").propertyNames())
                        .isNotEmpty().isSubsetOf(BODIES));
        DECISIONS.forEach(id -> assertThat(operations.get(id).at("/responses/200/content").propertyNames())
                .containsExactly("application/json"));
    }

    @Test
    void theProblemSchemaIsRfc9457WithFieldErrors() {
        assertThat(strings(schema("Problem").path("required"))).containsExactlyInAnyOrder("type", "title", "status",
                "detail");
        assertThat(schema("Problem").at("/properties/errors/items/$ref").asString())
                .isEqualTo("#/components/schemas/FieldProblem");
        assertThat(strings(schema("FieldProblem").path("required"))).containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void eachOperationDescribesTheProblemsItCanAnswer() {
        for (String decision : DECISIONS) {
            assertThat(operations.get(decision).path("responses").propertyNames()).as(decision)
                    .containsExactlyInAnyOrder("200", "400", "401", "406", "413", "415", "500", "503");
        }
        assertThat(operations.get("reloadRuleSets").path("responses").propertyNames())
                .containsExactlyInAnyOrder("200", "401", "403", "406", "429", "500");
        assertThat(api.at("/components/responses/TooManySignInFailures/headers/Retry-After/required").asBoolean())
                .isTrue();
        assertThat(operations.get("getRuleSet").path("responses").propertyNames())
                .containsExactlyInAnyOrder("200", "404", "406", "500");
        assertThat(operations.get("listRuleSets").path("responses").propertyNames())
                .containsExactlyInAnyOrder("200", "406", "500");
    }

    @Test
    void answersSayWhatMayBeNullAndEveryFieldIsThere() {
        assertNullable("FeeAnswer", "portfolio");
        assertNullable("FeeAssessment", "amount", "exemption");
        assertNullable("Portfolio", "convenorIncome", "share", "withinCap");
        assertNullable("CoalitionWarning", "sector");
        assertNullable("Alert", "daysSinceContact", "owner");
        assertNullable("RuleSetStatus", "version", "activatedAt", "coverage");
        assertNullable("Attempt", "version", "coverage");
        assertNullable("SectorRecommendation");
        assertNullable("RelationshipAnswer");
        assertThat(schema("FeeAssessment").at("/properties/exemption/enum").toString())
                .isEqualTo("[\"GLOBAL_SOUTH\",\"WAIVER\",null]");
        assertThat(strings(schema("Portfolio").at("/properties/scope/enum"))).containsExactly("REQUEST", "NETWORK");
    }

    /** Every property is required (the service writes nulls too); exactly the named ones may be null. */
    void assertNullable(String answer, String... nullable) {
        JsonNode schema = schema(answer);
        assertThat(strings(schema.path("required"))).as(answer).containsExactlyInAnyOrderElementsOf(
                schema.path("properties").propertyNames());
        List<String> found = schema.path("properties").properties().stream()
                .filter(property -> allowsNull(property.getValue())).map(Map.Entry::getKey).toList();
        assertThat(found).as(answer).containsExactlyInAnyOrder(nullable);
    }

    static boolean allowsNull(JsonNode property) {
        JsonNode type = property.path("type");
        return (type.isArray() ? strings(type).contains("null") : "null".equals(type.asString(null)))
                || property.path("anyOf").valueStream().anyMatch(OpenApiTests::allowsNull);
    }

    @Test
    void requestsRequireWhatTheServiceRefusesWithout() {
        assertRequired("FeeRequest", "members");
        assertRequired("Convenor");
        assertRequired("CoalitionRequest", "campaign", "members");
        assertRequired("RelationshipRequest", "members", "interactions");
        assertRequired("Member", "id", "kind", "roles");
        assertRequired("Interaction", "memberId", "date", "kind");
        assertRequired("Coalition", "id", "formedOn");
        assertRequired("CoalitionResponse", "memberId", "response", "date");
        assertRequired("Campaign", "id");
        assertRequired("Target", "id", "kind");
    }

    /** The named ones are required and may not be null; the rest may be left out or sent as null. */
    void assertRequired(String request, String... required) {
        JsonNode schema = schema(request);
        assertThat(strings(schema.path("required"))).as(request).containsExactlyInAnyOrder(required);
        schema.path("properties").properties().forEach(property -> assertThat(allowsNull(property.getValue()))
                .as(request + "." + property.getKey()).isEqualTo(!Arrays.asList(required).contains(property.getKey())));
        assertThat(schema.path("additionalProperties").asBoolean(true)).as(request + " refuses unknown fields").isFalse();
    }

    @Test
    void requestsStateTheLimitsTheServiceApplies() {
        JsonNode member = schema("Member").path("properties");
        assertThat(member.at("/roles/minItems").asInt()).isEqualTo(1);
        assertThat(member.at("/country/pattern").asString()).isEqualTo("^[A-Z]{2}$");
        assertThat(member.at("/id/pattern").asString()).isEqualTo("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$");
        assertThat(member.at("/reaches/items/pattern").asString()).isEqualTo("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$");
        assertThat(member.at("/annualIncome/minimum").asInt()).isZero();
        assertThat(member.at("/annualIncome/maximum").decimalValue()).isEqualByComparingTo("1e15");
        assertThat(member.at("/tier/default").asString()).isEqualTo("STANDARD");
        assertThat(schema("Convenor").at("/properties/annualIncome/exclusiveMinimum").asInt()).isZero();
        assertThat(schema("FeeRequest").at("/properties/members/maxItems").asInt()).isEqualTo(100_000);
        assertThat(schema("RelationshipRequest").at("/properties/interactions/maxItems").asInt()).isEqualTo(1_000_000);
        assertThat(schema("Interaction").at("/properties/date/format").asString()).isEqualTo("date");
        assertThat(schema("CoalitionRequest").at("/properties/asOf/format").asString()).isEqualTo("date");
    }

    @Test
    void kindsAreEnumsOfTheJavaEnums() {
        assertThat(strings(schema("FeeAlert").at("/properties/kind/enum")))
                .containsExactly(Stream.of(FeeAlertKind.values()).map(Enum::name).toArray(String[]::new));
        assertThat(strings(schema("CoalitionWarning").at("/properties/kind/enum")))
                .containsExactly(Stream.of(CoalitionWarningKind.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void theRequestExamplesAreTheFilesInDocs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs/examples"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                assertThat(api.at("/components/examples/" + name + "/value")).as(name)
                        .isEqualTo(JSON.readTree(file.toFile()));
                assertThat(operations.values().stream().map(operation -> operation
                        .at("/requestBody/content/application~1json/examples/" + name + "/$ref").asString()))
                        .as(name).contains("#/components/examples/" + name);
            }
        }
        DECISIONS.forEach(id -> assertThat(operations.get(id).at("/requestBody/content/application~1json/examples")
                .isEmpty()).as(id).isFalse());
    }

    @Test
    void securityIsHttpBasicOrAnApiTokenAndTheOptionalApiKey() {
        assertThat(api.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        assertThat(api.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(api.at("/components/securitySchemes/apiKey/name").asString()).isEqualTo("X-Api-Key");
        assertThat(api.at("/components/securitySchemes/apiKey/in").asString()).isEqualTo("header");
        DECISIONS.forEach(id -> assertThat(operations.get(id).path("security").toString()).as(id)
                .isEqualTo("[{},{\"apiKey\":[]}]"));
        assertThat(operations.get("reloadRuleSets").path("security").toString())
                .isEqualTo("[{\"basic\":[]},{\"bearer\":[]}]");
        assertThat(operations.get("createApiToken").path("description").asString()).startsWith("Any signed-in user.");
        assertThat(operations.get("addUser").path("description").asString()).startsWith("ADMIN.");
        assertThat(operations.get("listRuleSets").path("security").toString()).isEqualTo("[]");
    }

    /** The description's security against the service's: whatever needs a credential refuses a request without. */
    @Test
    void exactlyTheOperationsThatNameACredentialRefuseARequestWithoutOne() {
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            boolean open = operation.path("security").isEmpty()
                    || operation.path("security").valueStream().anyMatch(JsonNode::isEmpty);
            int status = anonymous(HttpMethod.valueOf(entry.getKey().toUpperCase()), path.getKey(), operation);
            assertThat(status == 401).as(entry.getKey() + " " + path.getKey() + " answered " + status).isEqualTo(!open);
        }));
    }

    /** Asks as anonymous, with the operation's example body if it takes one. */
    int anonymous(HttpMethod method, String template, JsonNode operation) {
        MockMvcTester.MockMvcRequestBuilder request = mvc.method(method).uri(template.replaceAll("\\{[^}]+}", "fees"));
        JsonNode examples = operation.at("/requestBody/content/application~1json/examples");
        if (operation.has("requestBody")) {
            request.contentType(MediaType.APPLICATION_JSON).content(examples.isEmpty() ? "{}"
                    : api.at(examples.values().iterator().next().path("$ref").asString().substring(1) + "/value")
                            .toString());
        }
        return request.exchange().getResponse().getStatus();
    }

    @Test
    void saysNothingOfJavaAndNoNullDefaults() {
        assertThat(api.toString()).doesNotContain("x-java-record", "org.convenor", "\"default\":null");
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.isNull() ? null : value.asString()));
        return values;
    }
}
