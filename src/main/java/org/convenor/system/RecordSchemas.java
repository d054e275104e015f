package org.convenor.system;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Remembers which Java record each schema component was read from, so {@link RecordProperties} can say
 * what the record says: which properties may be null, which a request may leave out. Springdoc names a
 * component after the record's simple name.
 */
class RecordSchemas implements ModelConverter {

    private static final String COMPONENTS = "#/components/schemas/";

    private final Map<String, Class<?>> records = new ConcurrentHashMap<>();

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema != null && raw.isRecord()) {
            // Nested in another schema a record comes back as a reference; asked for on its own, as itself.
            String name = schema.get$ref() != null && schema.get$ref().startsWith(COMPONENTS)
                    ? schema.get$ref().substring(COMPONENTS.length()) : schema.getName();
            if (name != null) {
                records.put(name, raw);
            }
        }
        return schema;
    }

    /** The record a component was read from, or {@code null} for a component that is not a record. */
    Class<?> recordOf(String component) {
        return records.get(component);
    }
}
