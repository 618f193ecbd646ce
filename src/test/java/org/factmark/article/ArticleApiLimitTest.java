package org.factmark.article;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The body size limit, with a small limit so the test stays small. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = "factmark.article.max-body-chars=1000")
class ArticleApiLimitTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @LocalServerPort
    int port;

    @Test
    void chunked_request_without_a_length_is_cut_off_at_the_limit_with_413_json() throws Exception {
        byte[] big = json.writeValueAsBytes(ArticleApiTest.article("c".repeat(200_000)));
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:demo".getBytes()))
                        .header("Content-Type", "application/json")
                        // an InputStream publisher has no length: the request goes out chunked
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(r.statusCode()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(r.body()).contains("payload_too_large");
    }

    @Test
    void body_over_the_limit_is_a_400_naming_body_and_stating_the_limit() throws Exception {
        var a = ArticleApiTest.article("x".repeat(1001));
        mvc.perform(post("/api/articles").with(httpBasic("alice", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(a)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"))
                .andExpect(jsonPath("$.message", containsString("1000")));
    }

    @Test
    void body_at_the_limit_is_accepted() throws Exception {
        String body = UUID.randomUUID() + "y".repeat(1000 - 36);
        mvc.perform(post("/api/articles").with(httpBasic("alice", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ArticleApiTest.article(body))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bodyLength").value(1000));
    }

    @Test
    void request_far_larger_than_the_limit_is_refused_early_with_413_json() throws Exception {
        // 1000 chars * 4 bytes + 64 KB is the request limit for this configuration
        var a = ArticleApiTest.article("z".repeat(200_000));
        mvc.perform(post("/api/articles").with(httpBasic("alice", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(a)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value("payload_too_large"))
                .andExpect(jsonPath("$.field").value("body"))
                .andExpect(jsonPath("$.message", containsString("1000 characters")));
    }
}
