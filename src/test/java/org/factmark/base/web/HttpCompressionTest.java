package org.factmark.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HTTP compression through the real server: large JSON and pages are gzipped when asked, small answers and downloads not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpCompressionTest {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:demo".getBytes(StandardCharsets.UTF_8)));
        if (gzip) b.header("Accept-Encoding", "gzip");
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] bytes) throws Exception {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_large_json_answer_is_gzipped_when_the_client_accepts_gzip_and_is_smaller_on_the_wire() throws Exception {
        HttpResponse<byte[]> plain = get("/api/articles?size=100", false);
        HttpResponse<byte[]> zipped = get("/api/articles?size=100", true);
        assertThat(plain.body().length).as("the list of the seed articles is larger than the threshold").isGreaterThan(2048);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(gunzip(zipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
    }

    @Test
    void a_small_json_answer_is_sent_as_is() throws Exception {
        HttpResponse<byte[]> r = get("/api/articles?size=1&q=no-such-title-anywhere", true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().length).isLessThan(2048);
        assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("\"items\"");
    }

    @Test
    void the_login_page_is_gzipped_and_a_dataset_download_is_not() throws Exception {
        HttpResponse<byte[]> page = get("/login", true);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        HttpResponse<byte[]> csv = get("/api/export?format=csv", true);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Encoding")).isEmpty();
    }
}
