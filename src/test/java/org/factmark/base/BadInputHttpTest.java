package org.factmark.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input through the real server gets a clear 4xx in the API's error shape, never a 500 or a wrong result.
 * An empty database (no demo data) with one bootstrap admin and a small size limit, so the import endpoint reads
 * its body: 1000 characters gives a request limit of 4 × 1000 + 64 KiB = 69,536 bytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factmark.demo=false", "factmark.article.max-body-chars=1000",
        "factmark.bootstrap-admin.username=root", "factmark.bootstrap-admin.password=Quiet-Harbour-Lantern-1931"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputHttpTest {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("root:Quiet-Harbour-Lantern-1931".getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private long article(String body) throws Exception {
        HttpResponse<String> r = post("/api/articles", "{\"title\":\"Bad input\",\"body\":\"" + body + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Matcher m = ID.matcher(r.body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void a_language_tag_longer_than_its_column_is_400_naming_language() throws Exception {
        String tag = "en" + "-abcdefgh".repeat(8); // well-formed, 74 characters; the column holds 35
        HttpResponse<String> r = post("/api/articles", "{\"title\":\"T\",\"language\":\"" + tag + "\",\"body\":\"Text.\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"language\"").contains("at most 35");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/articles?page=2147483647", "/api/claims?page=2147483647",
            "/api/articles?page=21474837&size=200", "/api/claims?status=DRAFT&page=2147483647&size=1",
            "/api/articles?page=-1", "/api/claims?page=-5", "/api/articles?size=2147483647", "/api/claims?size=-1",
            "/api/articles?page=99999999999"})
    void an_impossible_page_on_a_list_is_400_naming_page_or_size(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).containsAnyOf("\"field\":\"page\"", "\"field\":\"size\"");
    }

    @Test
    void the_last_possible_page_is_an_empty_page_not_an_error() throws Exception {
        HttpResponse<String> r = get("/api/articles?page=10737417&size=200");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"items\":[]");
    }

    @Test
    @Order(1) // the import needs the database still empty
    void a_chunked_jsonl_import_over_the_limit_is_413_and_imports_nothing() throws Exception {
        byte[] header = "{\"type\":\"header\",\"format\":\"factmark-jsonl\",\"version\":1}\n".getBytes(StandardCharsets.UTF_8);
        byte[] huge = ("{\"type\":\"article\",\"id\":1,\"title\":\"Big\",\"body\":\"" + "x".repeat(200_000) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        // ofInputStream has no known length: the client sends it chunked, without Content-Length
        HttpResponse<String> r = http.send(request("/api/import").header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new ByteArrayInputStream(header), new ByteArrayInputStream(huge)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("\"error\":\"payload_too_large\"").contains("69536 bytes");
        assertThat(get("/api/articles").body()).contains("\"total\":0");
    }

    @Test
    void a_quote_made_of_half_a_surrogate_pair_is_400_and_marks_nothing() throws Exception {
        long id = article("Flags \uD83C\uDDEF\uD83C\uDDF5 and more text.");
        HttpResponse<String> r = post("/api/articles/" + id + "/claims", "{\"quote\":\"\\ud83c\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"quote\"").contains("surrogate");
        assertThat(get("/api/articles/" + id + "/claims").body()).doesNotContain("\"quote\"");
    }

    @Test
    void a_lone_surrogate_anywhere_in_a_body_is_400_and_never_stored_as_a_question_mark() throws Exception {
        HttpResponse<String> r = post("/api/articles", "{\"title\":\"Half \\udc00 pair\",\"body\":\"Text.\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"title\"");
        long id = article("Some text to mark.");
        r = post("/api/articles/" + id + "/claims", "{\"start\":0,\"end\":4,\"claimant\":\"Minister \\ud800\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"claimant\"");
        assertThat(get("/api/articles?q=Half").body()).contains("\"total\":0");
    }
}
