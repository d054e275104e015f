package org.convenor.system.openapi;

import java.util.Iterator;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Marks each schema component read from a Java record with the record's class, so {@link RecordProperties}
 * can say what the record says (which properties may be null, which a request may leave out) and then drop
 * the mark. The mark travels with the schema rather than living here because springdoc keeps one converter
 * list for the whole JVM, and the converter in it may come from another application context.
 */
class RecordSchemas implements ModelConverter {

    private static final String COMPONENTS = "#/components/schemas/";
    private static final String RECORD = "x-java-record";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema != null && raw.isRecord()) {
            // Nested in another schema a record comes back as a reference; asked for on its own, as itself.
            Schema<?> model = schema.get$ref() != null && schema.get$ref().startsWith(COMPONENTS)
                    ? context.getDefinedModels().get(schema.get$ref().substring(COMPONENTS.length())) : schema;
            if (model != null) {
                model.addExtension(RECORD, raw);
            }
        }
        return schema;
    }

    /** The record a component was read from, taking the mark off; {@code null} for one that is not a record. */
    static Class<?> takeRecord(Schema<?> component) {
        Map<String, Object> extensions = component.getExtensions();
        Object record = extensions == null ? null : extensions.remove(RECORD);
        if (extensions != null && extensions.isEmpty()) {
            component.setExtensions(null);
        }
        return (Class<?>) record;
    }
}
