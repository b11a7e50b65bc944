package org.outsourcingdesk.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small REST client for the tests, acting as one user through HTTP Basic. */
final class Api {

    static final String DEMO_PASSWORD = "outsourcing-demo";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static Api as(URI base, String user) {
        return new Api(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    static Api anonymous(URI base) {
        return new Api(base, null);
    }

    Reply get(String path) throws Exception {
        return send(request(path).GET());
    }

    Reply post(String path, String json, String requestId) throws Exception {
        var builder = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (requestId != null) {
            builder.header("X-Request-Id", requestId);
        }
        return send(builder);
    }

    /** A POST of text in another format than JSON (a CSV file). */
    Reply postText(String path, String text, String contentType) throws Exception {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** The body of a GET as bytes (a PDF), failing on anything but 200. */
    byte[] getBytes(String path) throws Exception {
        var response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    Reply put(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) throws Exception {
        var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response);
    }

    record Reply(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() throws Exception {
            return JSON.readTree(response.body());
        }

        String body() {
            return response.body();
        }
    }
}
