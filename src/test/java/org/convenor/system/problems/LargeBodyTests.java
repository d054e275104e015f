package org.convenor.system.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.RunningApp;
import org.convenor.TempRules;
import org.convenor.system.openapi.ApiContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body over the limit gets the 413 problem even from a client that writes the whole body before it reads a
 * byte of the answer, as Python's urllib does: the service reads the rest of the body (up to twice the limit)
 * before it answers, rather than closing the connection under the client. The real service, the default 16 MB
 * limit and a raw socket, so nothing between the test and the service reads early.
 */
class LargeBodyTests {

    static final int OVER_THE_LIMIT = (int) (18.5 * 1024 * 1024);
    static final String FEES = "/api/fees/assessments";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path root;
    static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(TempRules.copy(root).args("--convenor.rules.watch=false"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    record Answer(int status, Map<String, String> headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @Test
    void aWholeBodyWrittenBeforeReadingGetsThe413Problem() throws Exception {
        byte[] body = new byte[OVER_THE_LIMIT];
        Arrays.fill(body, (byte) ' ');

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(app.port()))) {
                OutputStream out = socket.getOutputStream();
                out.write(head("POST", FEES, "Content-Length: " + body.length));
                out.write(body);
                out.flush();
                Answer answer = read(socket.getInputStream());

                assertTooLarge(answer);
                // Everything sent was read, so the close that follows a 413 is an orderly end, not a reset.
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
        });
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitGetsThe413Problem() throws Exception {
        byte[] start = "{\"members\": [".getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        System.arraycopy(start, 0, chunk, 0, start.length);

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(app.port()))) {
                OutputStream out = socket.getOutputStream();
                out.write(head("POST", FEES, "Transfer-Encoding: chunked"));
                for (int sent = 0; sent < OVER_THE_LIMIT; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    Arrays.fill(chunk, 0, start.length, (byte) ' ');
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();

                assertTooLarge(read(socket.getInputStream()));
            }
        });
    }

    /** Refused at its first field, long before the service would have read the 10 MB behind it. */
    @Test
    void aBodyRefusedBeforeItIsReadStillGetsItsProblem() throws Exception {
        byte[] body = ("{\"colour\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(app.port()))) {
                socket.getOutputStream().write(head("POST", FEES, "Content-Length: " + body.length));
                socket.getOutputStream().write(body);
                Answer answer = read(socket.getInputStream());

                assertThat(answer.status()).isEqualTo(400);
                assertThat(answer.json().at("/errors/0/field").asString()).isEqualTo("colour");
            }
        });
    }

    static void assertTooLarge(Answer answer) {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asString()).isEqualTo("urn:convenor:problem:payload-too-large");
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asString()).contains("16777216 bytes")
                .contains("convenor.limits.max-request-size");
        app.contract().check(new ApiContract.Exchange("POST", FEES, "application/json", null, answer.status(),
                answer.headers().get("content-type"), answer.body().getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] head(String method, String path, String length) {
        return (method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Accept: application/json\r\n" + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** One HTTP/1.1 answer with a Content-Length or chunked body, read off the socket. */
    static Answer read(InputStream in) throws IOException {
        String status = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else {
            for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        }
        return new Answer(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
    }

    static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed after: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
