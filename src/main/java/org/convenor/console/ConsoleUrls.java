package org.convenor.console;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * A page's links are written as they are. With webjars-locator-lite on the classpath, Spring Boot turns the
 * resource chain on and passes every URL a template writes through it, to put versions into the addresses of
 * static files; a URL that is no static file (a member's page, a form's action) is then looked for on the
 * classpath each time, and not found, which is never cached. This week with 200 alerts spent most of its
 * rendering there (docs/benchmarks.md). No static file's address is versioned here, and a {@code /webjars/}
 * address without a version is still resolved when it is requested, so the filter is left off.
 */
@Configuration
class ConsoleUrls {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }
}
