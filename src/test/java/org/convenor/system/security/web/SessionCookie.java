package org.convenor.system.security.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.FormLoginRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser's session cookie in MockMvc: sent with every request, replaced when an answer sets a new one (a
 * sign-in changes the session's id). The session itself is in the database, as in production, so a
 * {@code MockHttpSession} would be a session nobody reads.
 */
final class SessionCookie {

    static final String NAME = "SESSION";

    private final MockMvc mvc;
    private Cookie cookie;

    SessionCookie(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        if (cookie != null) {
            request.cookie(cookie);
        }
        return kept(mvc.perform(request));
    }

    /** A sign-in starts from no session, as a browser's first visit does. */
    ResultActions signIn(FormLoginRequestBuilder request) throws Exception {
        return kept(mvc.perform(request));
    }

    private ResultActions kept(ResultActions result) {
        Cookie set = result.andReturn().getResponse().getCookie(NAME);
        if (set != null) {
            cookie = set;
        }
        return result;
    }

    /** The id of the session in the database (the cookie holds it Base64-encoded). */
    String sessionId() {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }
}
