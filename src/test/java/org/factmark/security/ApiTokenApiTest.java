package org.factmark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Personal API tokens over REST: created once, used as Bearer, listed with last use, revoked, tied to the account. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenApiTest {
    static final String PASSWORD = "violet harbour lamp";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    AppUser newUser(Role... roles) throws Exception {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8);
        return SystemAuthentication.call(() -> users.create(name, PASSWORD, name, EnumSet.of(roles[0], roles)));
    }

    ResultActions asUser(AppUser u, MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r.with(httpBasic(u.getUsername(), PASSWORD)));
    }

    ResultActions bearer(String token, MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r.header("Authorization", "Bearer " + token));
    }

    String createToken(AppUser u, String json) throws Exception {
        String body = asUser(u, post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void a_token_is_shown_once_at_creation_and_then_works_as_bearer() throws Exception {
        AppUser u = newUser(Role.ANNOTATOR);
        String body = asUser(u, post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"nightly export\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.name").value("nightly export"))
                .andExpect(jsonPath("$.expiresAt").value("2099-01-01T00:00:00Z"))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        assertThat(token).startsWith("fmk_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("select count(*) from api_tokens where token_hash = ?", Long.class, token)).isZero();

        bearer(token, get("/api/articles?size=1")).andExpect(status().isOk());
        bearer(token, get("/api/tokens")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("nightly export"))
                .andExpect(jsonPath("$[0].lastUsedAt").isString())
                .andExpect(jsonPath("$[0].revoked").value(false))
                .andExpect(jsonPath("$[0].token").doesNotExist());
    }

    @Test
    void a_revoked_token_stops_working_at_once() throws Exception {
        AppUser u = newUser(Role.ANNOTATOR);
        String token = createToken(u, "{\"name\":\"ci\"}");
        long id = jdbc.queryForObject("select id from api_tokens where token_hash = ?", Long.class, ApiTokenService.hash(token));
        bearer(token, get("/api/articles?size=1")).andExpect(status().isOk());
        asUser(u, delete("/api/tokens/" + id).contentType(MediaType.APPLICATION_JSON)).andExpect(status().isNoContent());
        bearer(token, get("/api/articles?size=1")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
        asUser(u, get("/api/tokens")).andExpect(jsonPath("$[0].revoked").value(true));
    }

    @Test
    void a_disabled_users_tokens_stop_working_and_role_changes_apply_to_tokens() throws Exception {
        AppUser u = newUser(Role.ANNOTATOR);
        String token = createToken(u, "{\"name\":\"pipeline\"}");
        String article = "{\"title\":\"T\",\"url\":\"https://example.org/t\",\"publisher\":\"P\",\"publishedAt\":\"2025-01-21\","
                + "\"language\":\"en\",\"body\":\"Token text " + UUID.randomUUID() + ".\"}";
        bearer(token, post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(article)).andExpect(status().isCreated());

        SystemAuthentication.run(() -> users.setRoles(u.getId(), EnumSet.of(Role.REVIEWER)));
        bearer(token, post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(article)).andExpect(status().isForbidden());

        SystemAuthentication.run(() -> users.setEnabled(u.getId(), false));
        bearer(token, get("/api/articles?size=1")).andExpect(status().isUnauthorized());
    }

    @Test
    void an_expired_or_unknown_token_is_401_and_does_not_fall_back_to_anything() throws Exception {
        AppUser u = newUser(Role.ANNOTATOR);
        String token = createToken(u, "{\"name\":\"short-lived\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        jdbc.update("update api_tokens set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), ApiTokenService.hash(token));
        bearer(token, get("/api/articles?size=1")).andExpect(status().isUnauthorized());
        bearer("fmk_" + "A".repeat(43), get("/api/articles?size=1")).andExpect(status().isUnauthorized());
        bearer("nonsense", get("/api/articles?size=1")).andExpect(status().isUnauthorized());
    }

    @Test
    void bad_input_and_other_peoples_tokens() throws Exception {
        AppUser u = newUser(Role.ANNOTATOR);
        AppUser other = newUser(Role.ANNOTATOR);
        asUser(u, post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("name"));
        asUser(u, post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"old\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("expiresAt"));
        String token = createToken(u, "{\"name\":\"mine\"}");
        long id = jdbc.queryForObject("select id from api_tokens where token_hash = ?", Long.class, ApiTokenService.hash(token));
        asUser(other, delete("/api/tokens/" + id).contentType(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
        asUser(other, get("/api/tokens")).andExpect(jsonPath("$[0]").doesNotExist());
        bearer(token, get("/api/articles?size=1")).andExpect(status().isOk());
        mvc.perform(get("/api/tokens")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("unauthorized"));
    }
}
