package org.convenor.system;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Convenor reads and writes JSON, defined once: the HTTP API's mapper (Spring's, customised here) and the
 * {@code check} command's (built here without Spring) read a scenario's {@code given} exactly as a request
 * body.
 */
@Configuration(proxyBeanMethods = false)
public class JsonFormat {

    /** A misspelt field is an error, never silently ignored; every field is written, nulls too. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Spring's own default, repeated so that a mapper built without Spring is the same.
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                .changeDefaultPropertyInclusion(inclusion -> inclusion
                        .withValueInclusion(JsonInclude.Include.ALWAYS)
                        .withContentInclusion(JsonInclude.Include.ALWAYS));
    }

    /** The mapper as the HTTP API configures it, for code that runs without Spring ({@code check}). */
    public static JsonMapper mapper() {
        return configure(JsonMapper.builder()).build();
    }

    @Bean
    JsonMapperBuilderCustomizer convenorJsonFormat() {
        return JsonFormat::configure;
    }
}
