package org.convenor.system.openapi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The checker every API test relies on catches each way an exchange can drift from the description. */
class ApiContractTests {

    static final String PROBLEM = "application/problem+json";
    static final ApiContract CONTRACT = ApiContract.of("""
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {"/api/things/{id}": {"post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ask"}}}},
                "responses": {
                  "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                  "400": {"$ref": "#/components/responses/Bad"}}}}},
             "components": {
               "responses": {"Bad": {"description": "bad", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
               "schemas": {
                 "Ask": {"type": "object", "required": ["name"], "additionalProperties": false,
                         "properties": {"name": {"type": "string"}}},
                 "Thing": {"type": "object", "required": ["name", "size"],
                           "properties": {"name": {"type": "string"}, "size": {"type": ["integer", "null"]}}},
                 "Problem": {"type": "object", "required": ["type", "title", "status", "detail"],
                             "properties": {"type": {"type": "string"}, "title": {"type": "string"},
                                            "status": {"type": "integer"}, "detail": {"type": "string"}}}}}}""");
    static final String GOOD_PROBLEM = "{\"type\": \"t\", \"title\": \"t\", \"status\": 400, \"detail\": \"d\"}";

    static ApiContract.Exchange post(String path, String ask, int status, String type, String answer) {
        return new ApiContract.Exchange("POST", path, "application/json", bytes(ask), status, type, bytes(answer));
    }

    static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anExchangeAsDescribedPasses() {
        assertThatCode(() -> CONTRACT.check(post("/api/things/1", "{\"name\": \"a\"}", 200, "application/json",
                "{\"name\": \"a\", \"size\": null}"))).doesNotThrowAnyException();
        assertThatCode(() -> CONTRACT.check(post("/api/things/1", "{}", 400, PROBLEM, GOOD_PROBLEM)))
                .doesNotThrowAnyException();
    }

    @Test
    void aNullOrMissingFieldTheSchemaDoesNotAllowFails() {
        assertThatThrownBy(() -> CONTRACT.check(post("/api/things/1", "{\"name\": \"a\"}", 200, "application/json",
                "{\"name\": null, \"size\": 1}"))).hasMessageContaining("/name").hasMessageContaining("null found");
        assertThatThrownBy(() -> CONTRACT.check(post("/api/things/1", "{\"name\": \"a\"}", 200, "application/json",
                "{\"name\": \"a\"}"))).hasMessageContaining("required property 'size'");
    }

    @Test
    void anUndescribedStatusOrContentTypeFails() {
        assertThatThrownBy(() -> CONTRACT.check(post("/api/things/1", "{}", 413, PROBLEM, GOOD_PROBLEM)))
                .hasMessageContaining("status 413 is not described");
        assertThatThrownBy(() -> CONTRACT.check(post("/api/things/1", "{\"name\": \"a\"}", 200, "*/*",
                "{\"name\": \"a\", \"size\": 1}"))).hasMessageContaining("answered as '*/*'");
    }

    @Test
    void anAcceptedRequestTheDescriptionWouldRefuseFails() {
        assertThatThrownBy(() -> CONTRACT.check(post("/api/things/1", "{\"name\": \"a\", \"colour\": 1}", 200,
                "application/json", "{\"name\": \"a\", \"size\": 1}"))).hasMessageContaining("accepted request");
    }

    @Test
    void anUndescribedPathMayOnlyBeRefusedWithAProblem() {
        assertThatCode(() -> CONTRACT.check(post("/api/elsewhere", "{}", 404, PROBLEM, GOOD_PROBLEM)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CONTRACT.check(post("/api/elsewhere", "{}", 200, "application/json", "{}")))
                .hasMessageContaining("not described");
        assertThatThrownBy(() -> CONTRACT.check(post("/api/elsewhere", "{}", 404, "text/html", "<html/>")))
                .hasMessageContaining("not JSON");
    }
}
