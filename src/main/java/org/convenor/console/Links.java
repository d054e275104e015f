package org.convenor.console;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/** A page's own address with its filters, leaving out the ones not set, for "next page" and redirects. */
public final class Links {

    private Links() {
    }

    /** @param query name and value, in order; a null or blank value is left out */
    public static String to(String path, Map<String, ?> query) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        query.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                link.queryParam(name, value);
            }
        });
        return link.encode().build().toUriString();
    }
}
