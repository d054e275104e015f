package org.convenor.network.store;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The API as the staff of the {@code users} profile call it, through the real security chain. */
public record StaffApi(MockMvcTester mvc) {

    public static final String VIEWER = "viewer";
    public static final String STAFF = "staff";
    public static final String EDITOR = "editor";
    public static final String OPERATOR = "ops";
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "pw-for-tests";
    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public MvcTestResult get(String path, String user) {
        return as(mvc.get().uri(path), user).exchange();
    }

    public MvcTestResult put(String path, String json, String user) {
        return as(mvc.put().uri(path).contentType(MediaType.APPLICATION_JSON).content(json), user).exchange();
    }

    public MvcTestResult post(String path, String json, String user) {
        return as(mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json), user).exchange();
    }

    public MvcTestResult csv(String path, byte[] csv, String user) {
        return as(mvc.post().uri(path).contentType(CSV).content(csv), user).exchange();
    }

    public MvcTestResult csv(String path, String csv, String user) {
        return csv(path, csv.getBytes(StandardCharsets.UTF_8), user);
    }

    public MvcTestResult delete(String path, String user) {
        return as(mvc.delete().uri(path), user).exchange();
    }

    /** The answer's body as JSON, failing unless the status is the one expected. */
    public static JsonNode body(MvcTestResult result, int status) {
        String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        if (result.getResponse().getStatus() != status) {
            throw new AssertionError("expected " + status + " but was " + result.getResponse().getStatus() + ": " + text);
        }
        return text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static MockMvcRequestBuilder as(MockMvcRequestBuilder request, String user) {
        return user == null ? request : request.with(httpBasic(user, PASSWORD));
    }
}
