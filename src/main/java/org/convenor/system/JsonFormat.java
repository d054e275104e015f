package org.convenor.system;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.convenor.validation.Dates;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.yaml.JacksonYamlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How Convenor reads and writes JSON, defined once: the HTTP API's mapper (Spring's, customised here) and the
 * commands' ({@code check}, {@code preview}: built here without Spring) read a scenario's {@code given} exactly
 * as a request body.
 * <p>
 * JSON is read as it is written, as the API description says: a word is a string, a number a number, an enum
 * one of its words and a date {@code "YYYY-MM-DD"}. Left to itself Jackson takes {@code "roles": [3]} for
 * POLICY_MAKER, {@code "id": 7} for "7", {@code "annualIncome": "5"} for 5, {@code "asOf": 20000} for a day in
 * 2024 and {@code "asOf": []} for today, all without a word.
 */
@Configuration(proxyBeanMethods = false)
public class JsonFormat {

    public static final String HALF_A_CHARACTER = "holds half of a character (a lone UTF-16 surrogate escape)";

    /** A misspelt field or a value of the wrong kind is an error, never silently taken; every field is written. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("strict-values").addDeserializer(LocalDate.class, new IsoDate())
                        .addDeserializer(String.class, new WholeCharacters()))
                // Spring's own default, repeated so that a mapper built without Spring is the same.
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                .changeDefaultPropertyInclusion(inclusion -> inclusion
                        .withValueInclusion(JsonInclude.Include.ALWAYS)
                        .withContentInclusion(JsonInclude.Include.ALWAYS));
    }

    /** The mapper as the HTTP API configures it, for code that runs without Spring (the commands). */
    public static JsonMapper mapper() {
        return configure(JsonMapper.builder()).build();
    }

    @Bean
    JsonMapperBuilderCustomizer convenorJsonFormat() {
        return JsonFormat::configure;
    }

    /**
     * The YAML module is on the class path for scenario files; without this, Spring would also answer and read
     * YAML over HTTP, which nothing describes or tests.
     */
    @Bean
    WebMvcConfigurer noYamlOverHttp() {
        return new WebMvcConfigurer() {
            @Override
            public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
                builder.configureMessageConvertersList(
                        converters -> converters.removeIf(JacksonYamlHttpMessageConverter.class::isInstance));
            }
        };
    }

    /**
     * Text made of whole characters: JSON's {@code \\ud800} escape can name half of one (a lone surrogate), which no
     * database column or page can hold as it was sent.
     */
    private static final class WholeCharacters extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            for (int i = 0; text != null && i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return (String) context.handleWeirdStringValue(String.class, "", HALF_A_CHARACTER);
                }
            }
            return text;
        }
    }

    /**
     * Only {@code "2026-11-25"}, written as the one date rule says ({@link Dates}): not an epoch day, not
     * {@code [2026, 11, 25]}, not an empty array, not {@code "+99999-12-31"}. Its range is checked with the rest of
     * the request, so every day out of it is named at once.
     */
    private static final class IsoDate extends StdDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            return Dates.isWellFormed(text) ? LocalDate.parse(text)
                    : (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a " + Dates.RULE);
        }
    }
}
