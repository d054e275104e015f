package org.convenor.system.problems;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the container shows an error it met on the way to another address. Asked for directly
 * there is no error to show, and Spring's error page would call that one of its own, a 500: it is not a page, so
 * 404. The container's own error dispatches pass untouched.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPathFilter extends OncePerRequestFilter {

    private final String errorPath;

    ErrorPathFilter(@Value("${server.error.path:/error}") String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !errorPath.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
