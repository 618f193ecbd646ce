package org.factmark.article;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** The REST contract of /api/articles, as outside checks use it (HTTP Basic with the demo accounts). */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ArticleService articles;

    static Map<String, Object> article(String body) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "API article " + UUID.randomUUID());
        m.put("url", "https://example.org/story");
        m.put("publisher", "Wire");
        m.put("publishedAt", "2025-03-10");
        m.put("language", "en");
        m.put("body", body);
        return m;
    }

    ResultActions postAs(String user, Map<String, Object> article) throws Exception {
        return mvc.perform(post("/api/articles").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(article)));
    }

    /** All articles, read as the system user (the test thread has no login of its own). */
    long count() {
        try {
            return org.factmark.security.SystemAuthentication.call(() -> articles.count(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void annotator_posts_an_article_and_gets_201_with_the_normalised_body_and_a_location() throws Exception {
        String unique = UUID.randomUUID().toString();
        var result = postAs("alice", article("Caf\u0065\u0301 " + unique + "\r\nsecond line\r\n"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/articles/")))
                .andExpect(jsonPath("$.body").value("Caf\u00e9 " + unique + "\nsecond line"))
                .andExpect(jsonPath("$.bodyLength").value(("Café " + unique + "\nsecond line").length()))
                .andExpect(jsonPath("$.bodySha256").value(TextNormalizer.sha256("Caf\u00e9 " + unique + "\nsecond line")))
                .andExpect(jsonPath("$.publishedAt").value("2025-03-10"))
                .andExpect(jsonPath("$.language").value("en"))
                .andReturn();
        long id = json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(get(result.getResponse().getHeader("Location")).with(httpBasic("carol", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.body").value("Caf\u00e9 " + unique + "\nsecond line"));
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getHeader("Location")).endsWith("/api/articles/" + id);
    }

    @Test
    void body_length_counts_code_points_not_utf16_units() throws Exception {
        String body = "🇵🇱 " + UUID.randomUUID(); // flag = 2 code points, 4 UTF-16 units
        postAs("bob", article(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.bodyLength").value(body.codePointCount(0, body.length())));
    }

    private void expectFieldError(Map<String, Object> article, String field) throws Exception {
        long before = count();
        postAs("alice", article).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.error").value("invalid_" + field))
                .andExpect(jsonPath("$.message").isNotEmpty());
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    void missing_title_is_a_400_naming_title() throws Exception {
        var a = article("text " + UUID.randomUUID());
        a.remove("title");
        expectFieldError(a, "title");
    }

    @Test
    void blank_title_is_a_400_naming_title() throws Exception {
        var a = article("text " + UUID.randomUUID());
        a.put("title", "   ");
        expectFieldError(a, "title");
    }

    @Test
    void empty_body_is_a_400_naming_body() throws Exception {
        expectFieldError(article(""), "body");
        expectFieldError(article(" \r\n "), "body");
    }

    @Test
    void ftp_url_is_a_400_naming_url() throws Exception {
        var a = article("text " + UUID.randomUUID());
        a.put("url", "ftp://x");
        expectFieldError(a, "url");
    }

    @Test
    void text_that_is_not_a_url_is_a_400_naming_url() throws Exception {
        var a = article("text " + UUID.randomUUID());
        a.put("url", "not a url");
        expectFieldError(a, "url");
    }

    @Test
    void impossible_date_is_a_400_naming_published_at() throws Exception {
        var a = article("text " + UUID.randomUUID());
        a.put("publishedAt", "2025-13-45");
        expectFieldError(a, "publishedAt");
        a.put("publishedAt", "yesterday");
        expectFieldError(a, "publishedAt");
    }

    @Test
    void malformed_json_is_a_400_with_a_json_error() throws Exception {
        mvc.perform(post("/api/articles").with(httpBasic("alice", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("unreadable_json"));
    }

    @Test
    void no_credentials_is_a_401_with_a_json_body() throws Exception {
        mvc.perform(get("/api/articles"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.error").value("unauthorized"));
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(article("x"))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }

    @Test
    void wrong_password_is_a_401() throws Exception {
        mvc.perform(get("/api/articles").with(httpBasic("alice", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void reviewer_only_user_cannot_post_and_gets_403_and_nothing_is_stored() throws Exception {
        long before = count();
        postAs("carol", article("text " + UUID.randomUUID()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    void unknown_id_is_a_404_with_a_json_body() throws Exception {
        mvc.perform(get("/api/articles/987654321").with(httpBasic("alice", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
    }

    @Test
    void list_is_paged_without_bodies_and_carries_claim_counts() throws Exception {
        mvc.perform(get("/api/articles").param("page", "0").param("size", "2").with(httpBasic("carol", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(7)))
                .andExpect(jsonPath("$.items[0].body").doesNotExist())
                .andExpect(jsonPath("$.items[0].claimsByStatus.DRAFT").isNumber())
                .andExpect(jsonPath("$.items[0].claimsByStatus.IN_REVIEW").isNumber())
                .andExpect(jsonPath("$.items[0].claimsByStatus.CHECKED").isNumber())
                .andExpect(jsonPath("$.items[0].claimsByStatus.DISPUTED").isNumber())
                .andExpect(jsonPath("$.items[0].claimCount").isNumber());
    }

    @Test
    void list_filters_by_title() throws Exception {
        mvc.perform(get("/api/articles").param("q", "victory day").with(httpBasic("alice", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].title",
                        hasItem("China invites Putin to WWII \u2018Victory Day\u2019 celebrations \u2013 Kremlin")))
                .andExpect(jsonPath("$.items[0].publishedAt").value("2025-01-21"));
    }

    @Test
    void absurd_page_size_is_a_400_naming_size() throws Exception {
        mvc.perform(get("/api/articles").param("size", "100000").with(httpBasic("alice", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("size"));
    }

    @Test
    void optional_fields_may_be_left_out() throws Exception {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", "Minimal");
        a.put("body", "Only text " + UUID.randomUUID());
        postAs("admin", a).andExpect(status().isCreated())
                .andExpect(jsonPath("$.url", nullValue()))
                .andExpect(jsonPath("$.publishedAt", nullValue()))
                .andExpect(header().string("Location", endsWith("")));
    }
}
