package org.convenor.system.openapi;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;

import org.convenor.validation.LimitsProperties;
import org.jspecify.annotations.Nullable;

/**
 * {@code required} and nullability as the records say, one rule for every schema read from a record:
 * <ul>
 * <li>a component marked {@link Nullable} may be null ({@code type: [..., "null"]});</li>
 * <li>in an answer every property is there (the service writes nulls too), unless the component says
 * {@code @Schema(requiredMode = NOT_REQUIRED)};</li>
 * <li>in a request a property is required unless it is {@link Nullable} or marked {@code NOT_REQUIRED} (the
 * service then uses its default), and whatever may be left out may also be sent as null, which the service
 * reads the same way. Requests refuse unknown properties, and hold at most the configured number of members
 * and interactions.</li>
 * </ul>
 * A record that appears in both requests and answers follows the request rule, which answers also satisfy.
 */
final class RecordProperties {

    private static final String COMPONENTS = "#/components/schemas/";

    private final LimitsProperties limits;

    RecordProperties(LimitsProperties limits) {
        this.limits = limits;
    }

    void describe(OpenAPI api) {
        Map<String, Schema> components = api.getComponents().getSchemas();
        Set<String> inRequests = inRequests(api, components);
        components.forEach((name, schema) -> {
            Class<?> record = RecordSchemas.takeRecord(schema);
            if (record != null && schema.getProperties() != null) {
                describe(record, schema, inRequests.contains(name));
            }
        });
    }

    private void describe(Class<?> record, Schema<?> schema, boolean request) {
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            Schema<?> property = schema.getProperties().get(name);
            if (property == null) {
                continue;
            }
            io.swagger.v3.oas.annotations.media.Schema annotation = component.getAccessor()
                    .getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            exclusiveMinimum(annotation, property);
            boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
            boolean optional = annotation != null && annotation.requiredMode() == RequiredMode.NOT_REQUIRED
                    || request && nullable;
            if (nullable || request && optional) {
                schema.getProperties().put(name, nullable(property));
            }
            if (!optional) {
                required.add(name);
            }
            if (request) {
                limit(name, property);
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
        if (request) {
            schema.setAdditionalProperties(false);
        }
    }

    /**
     * {@code @Schema(exclusiveMinimum = true, minimum = "0")} as OpenAPI 3.1 says it: swagger-core writes only
     * the 3.0 form, which 3.1 dropped, and its 3.1 attribute cannot say zero.
     */
    private static void exclusiveMinimum(io.swagger.v3.oas.annotations.media.Schema annotation, Schema<?> property) {
        if (annotation != null && annotation.exclusiveMinimum() && property.getMinimum() != null) {
            property.setExclusiveMinimumValue(property.getMinimum());
            property.setMinimum(null);
        }
    }

    /** The same limits {@code RequestLimits} applies: more is a 413. */
    private void limit(String name, Schema<?> property) {
        if ("members".equals(name)) {
            property.setMaxItems(limits.maxMembers());
        } else if ("interactions".equals(name)) {
            property.setMaxItems(limits.maxInteractions());
        }
    }

    /** The property, allowing null as well: {@code type: [X, "null"]}, or {@code anyOf} beside a reference. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            return new JsonSchema().description(property.getDescription())
                    .anyOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().typesItem("null")));
        }
        if (property.getAnyOf() != null) {
            return property;
        }
        property.addType("null");
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            ((List) property.getEnum()).add(null);
        }
        return property;
    }

    /** Names of the components reachable from the operations' request bodies (following every reference). */
    private static Set<String> inRequests(OpenAPI api, Map<String, Schema> components) {
        Set<String> seen = new HashSet<>();
        api.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .map(Operation::getRequestBody)
                .filter(Objects::nonNull)
                .map(RequestBody::getContent)
                .filter(Objects::nonNull)
                .flatMap(content -> content.values().stream())
                .map(MediaType::getSchema)
                .forEach(schema -> reach(schema, components, seen));
        return seen;
    }

    private static void reach(Schema<?> schema, Map<String, Schema> components, Set<String> seen) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(COMPONENTS.length());
            if (seen.add(name)) {
                reach(components.get(name), components, seen);
            }
            return;
        }
        List<Schema> children = new ArrayList<>();
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        Stream.of(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf()).filter(Objects::nonNull)
                .forEach(children::addAll);
        children.forEach(child -> reach(child, components, seen));
    }
}
