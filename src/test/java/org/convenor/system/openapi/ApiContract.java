package org.convenor.system.openapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI description as a contract every API test is held to: an answer must have a status the
 * operation describes, a described content type and a body its schema accepts; a request the service
 * accepted (2xx) must be one its request schema accepts. A path outside the description may only be
 * refused, as a problem. Paths outside {@code /api/} (health, the description itself) are not checked.
 */
public final class ApiContract {

    private static final String BASE = "https://convenor.invalid/v3/api-docs";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, ApiContract> BY_DESCRIPTION = new ConcurrentHashMap<>();

    private final JsonNode description;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** One exchange with the service, as a test saw it. */
    public record Exchange(String method, String path, String requestContentType, byte[] requestBody, int status,
            String contentType, byte[] body) {

        @Override
        public String toString() {
            return method + " " + path + " -> " + status;
        }
    }

    private ApiContract(String description) {
        this.description = JSON.readTree(description);
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(BASE, description))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The contract of one served description; descriptions differ only with configuration, so few are built. */
    public static ApiContract of(String description) {
        return BY_DESCRIPTION.computeIfAbsent(description, ApiContract::new);
    }

    public JsonNode description() {
        return description;
    }

    /** Fails, naming each disagreement, when the exchange is not one the description allows. */
    public void check(Exchange exchange) {
        if (!exchange.path().startsWith("/api/")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        String template = template(exchange.path());
        JsonNode operation = template == null ? null
                : description.path("paths").path(template).path(exchange.method().toLowerCase());
        if (operation == null || operation.isMissingNode()) {
            // Not described: only a refusal may come back (no such path or method, or no credential for it).
            if (!List.of(401, 403, 404, 405).contains(exchange.status())) {
                problems.add("the path and method are not described, yet the answer is " + exchange.status());
            }
            body(pointer("components", "schemas", "Problem"), true, exchange.body(), "answer", problems);
        } else {
            answer(operation, template, exchange, problems);
            if (exchange.status() / 100 == 2 && exchange.requestBody() != null && exchange.requestBody().length > 0) {
                request(operation, template, exchange, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(exchange + " disagrees with /v3/api-docs:\n  " + String.join("\n  ", problems)
                    + "\nthe answer (" + exchange.contentType() + "): " + abbreviate(exchange.body()));
        }
    }

    private void answer(JsonNode operation, String template, Exchange exchange, List<String> problems) {
        String status = String.valueOf(exchange.status());
        JsonNode response = operation.path("responses").path(status);
        String at = pointer("paths", template, exchange.method().toLowerCase(), "responses", status);
        if (response.isMissingNode()) {
            problems.add("status " + status + " is not described; described: "
                    + operation.path("responses").propertyNames());
            return;
        }
        if (response.has("$ref")) {
            at = response.get("$ref").asString().substring(1);
            response = description.at(at);
        }
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (exchange.body() != null && exchange.body().length > 0) {
                problems.add("an answer with a body where none is described");
            }
            return;
        }
        String type = mediaType(exchange.contentType());
        if (!content.has(type)) {
            problems.add("answered as '" + exchange.contentType() + "'; described: " + content.propertyNames());
            return;
        }
        body(at + "/content/" + escape(type) + "/schema", json(type), exchange.body(), "answer", problems);
    }

    private void request(JsonNode operation, String template, Exchange exchange, List<String> problems) {
        JsonNode content = operation.path("requestBody").path("content");
        String type = mediaType(exchange.requestContentType());
        if (!content.has(type)) {
            problems.add("accepted a '" + exchange.requestContentType() + "' body; described: "
                    + content.propertyNames());
            return;
        }
        String at = pointer("paths", template, exchange.method().toLowerCase(), "requestBody", "content", type,
                "schema");
        body(at, json(type), exchange.requestBody(), "accepted request", problems);
    }

    /** A JSON body is checked as JSON; any other (text/csv, text/plain) as the string it is. */
    private void body(String pointer, boolean json, byte[] body, String what, List<String> problems) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        JsonNode node;
        try {
            node = json ? JSON.readTree(text) : JSON.getNodeFactory().stringNode(text);
        } catch (RuntimeException e) {
            problems.add("the " + what + " is not JSON");
            return;
        }
        if (node == null || node.isMissingNode()) {
            problems.add("the " + what + " has no body where one is described");
            return;
        }
        Schema schema = schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
        for (Error error : schema.validate(node)) {
            problems.add("the " + what + " at " + error.getInstanceLocation() + ": " + error.getMessage()
                    + " (" + error.getSchemaLocation() + ")");
        }
    }

    private static String abbreviate(byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    /** The described path the request path is an instance of; a literal segment beats a parameter. */
    private String template(String path) {
        String[] segments = path.split("/", -1);
        return description.path("paths").propertyNames().stream()
                .filter(candidate -> matches(candidate.split("/", -1), segments))
                .min(Comparator.comparingLong(candidate -> candidate.chars().filter(c -> c == '{').count()))
                .orElse(null);
    }

    private static boolean matches(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{") && template[i].endsWith("}");
            if (parameter ? segments[i].isEmpty() : !template[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean json(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
    }

    /** A JSON pointer from its unescaped tokens. */
    private static String pointer(String... tokens) {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/').append(escape(token));
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
