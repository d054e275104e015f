package org.convenor.system;

import java.time.LocalDate;

import org.convenor.validation.Dates;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A date in a query or path parameter ({@code ?asOf=}) keeps the one date rule, as a date in a body does: Spring's
 * own ISO reading takes {@code +99999-12-31}. A date that breaks it is a 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class QueryDates implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, text -> text.isEmpty() ? null : Dates.parse(text));
    }
}
