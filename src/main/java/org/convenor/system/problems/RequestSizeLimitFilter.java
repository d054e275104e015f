package org.convenor.system.problems;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.convenor.validation.LimitsProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Refuses bodies over the limit: at once when the declared length is too big, and while reading when a
 * chunked body grows past it, so an oversized request never fills the heap.
 * <p>
 * Whatever the answer, it also reads and discards what is left of the body, up to twice the limit in all
 * (beyond that it closes the connection). A client that writes its whole body before reading the answer
 * (Python's urllib, Java's HttpClient) would otherwise have the connection closed under it and see a broken
 * pipe instead of the 413, or of a 400 or 401 given before the body was read. A client that asked
 * {@code Expect: 100-continue} has sent nothing yet, so nothing is read: it gets the answer at once.
 * <p>
 * A CSV import (the API's {@code POST /api/network/members}, {@code /interactions}, {@code /links} as
 * {@code text/csv}, and the import page's form) has a limit of its own, {@code convenor.limits.max-import-size}: a
 * full-size network goes in that way, file by file, while every other body stays small.
 */
@Component
// Just after Spring Session's filter (Integer.MIN_VALUE + 50), so the refusal left for a page goes into the session
// kept in the database, which the next request may read on another instance; still before Spring Security's.
@Order(Ordered.HIGHEST_PRECEDENCE + 51)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final String REQUEST_PROPERTY = "convenor.limits.max-request-size";
    static final String IMPORT_PROPERTY = "convenor.limits.max-import-size";
    private static final Set<String> CSV_IMPORTS = Set.of("/api/network/members", "/api/network/interactions",
            "/api/network/links", "/network/import/members", "/network/import/interactions");

    private final LimitsProperties limits;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(LimitsProperties limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean csvImport = csvImport(request);
        DataSize limit = csvImport ? limits.maxImportSize() : limits.maxRequestSize();
        String property = csvImport ? IMPORT_PROPERTY : REQUEST_PROPERTY;
        long drainBound = 2 * limit.toBytes();
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            if (declared > drainBound) {
                response.setHeader(HttpHeaders.CONNECTION, "close");
            } else {
                drain(request, declared, response);
            }
            if (fromAPage(request)) {
                backToThePage(request, response, limit);
            } else {
                problems.write(response, ProblemHandler.payloadTooLarge(new PayloadTooLargeException(limit, property)));
            }
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit, property);
        try {
            chain.doFilter(limited, response);
        } finally {
            if (declared < 0 || limited.read < declared) {
                drain(request, drainBound - limited.read, response);
            }
        }
    }

    /** A CSV file posted to an import: the API's as text/csv, the import page's as a form. */
    private static boolean csvImport(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && CSV_IMPORTS.contains(request.getRequestURI()) && type != null
                && (type.startsWith("text/csv") || request.getRequestURI().startsWith("/network/import/")
                        && type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
    }

    /** A console form (a file chosen on the import page): it gets its page back, not a problem in JSON. */
    private static boolean fromAPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "POST".equals(request.getMethod()) && !request.getRequestURI().startsWith("/api/")
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /**
     * Sends the browser back to the page the form was on, with the refusal in words at its top. Only the
     * referring page's path is used, so the answer never points at another host.
     */
    private static void backToThePage(HttpServletRequest request, HttpServletResponse response, DataSize limit) {
        FlashMap flash = new FlashMap();
        flash.put("alert", "Nothing was received: what you sent is larger than " + limit.toMegabytes() + " MB, the most"
                + " one request may carry. Split the file into smaller ones and import them one after another: members"
                + " are updated by id and interactions already stored are skipped.");
        String page = pathOf(request.getHeader(HttpHeaders.REFERER));
        flash.setTargetRequestPath(page);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, page);
    }

    private static String pathOf(String referer) {
        try {
            String path = referer == null ? null : URI.create(referer).getRawPath();
            return path == null || !path.startsWith("/") || path.startsWith("//") ? "/" : path;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** Reads and discards what is left of the body, up to {@code most} bytes; past them the connection closes. */
    private static void drain(HttpServletRequest request, long most, HttpServletResponse response) {
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        long left = most;
        try {
            InputStream in = request.getInputStream();
            int n = 0;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
            }
            if (left <= 0 && in.read() >= 0) {
                response.setHeader(HttpHeaders.CONNECTION, "close");
            }
        } catch (IOException | IllegalStateException e) {
            // The client stopped sending, or the body was read as text: the answer goes out as it is.
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final DataSize limit;
        private final String property;
        private long read;

        LimitedRequest(HttpServletRequest request, DataSize limit, String property) {
            super(request);
            this.limit = limit;
            this.property = property;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws PayloadTooLargeException {
                    read += n;
                    if (read > limit.toBytes()) {
                        throw new PayloadTooLargeException(limit, property);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
