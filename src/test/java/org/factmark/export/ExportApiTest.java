package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class ExportApiTest {
    @Autowired
    WebApplicationContext ctx;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    long article;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx).apply(springSecurity()).build();
        var fx = new ExportFixtures(jdbc);
        article = fx.article("REST export", "https://news.example.org/rest", "The REST claim is here.");
        fx.checkedClaim(article, "The REST claim", "OTHER", "TRUE", "ok");
    }

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource({
            "csv, text/csv;charset=UTF-8, csv",
            "jsonl, application/x-ndjson, jsonl",
            "web-annotation, application/ld+json, jsonld",
            "claimreview, application/ld+json, jsonld",
            "fever, application/x-ndjson, jsonl",
            "averitec, application/json, json",
    })
    void each_format_streams_with_its_content_type_and_a_dated_attachment_name(String format, String type, String ext) throws Exception {
        MvcResult started = mvc.perform(get("/api/export").param("format", format).param("article", Long.toString(article))
                        .with(httpBasic("alice", "demo")))
                .andExpect(request().asyncStarted()).andReturn();
        MvcResult done = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"factmark-" + format + "-checked-"
                        + LocalDate.now(ZoneOffset.UTC) + "." + ext + "\""))
                .andReturn();
        assertThat(done.getResponse().getContentType().replace(" ", "")).isEqualTo(type);
        assertThat(done.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("The REST claim");
    }

    @Test
    void status_all_is_named_in_the_file_name() throws Exception {
        MvcResult started = mvc.perform(get("/api/export").param("format", "csv").param("status", "ALL")
                .param("article", Long.toString(article)).with(httpBasic("carol", "demo"))).andReturn();
        mvc.perform(asyncDispatch(started)).andExpect(header().string("Content-Disposition",
                org.hamcrest.Matchers.containsString("factmark-csv-all-")));
    }

    @Test
    void claim_addresses_use_the_address_the_request_came_in_on() throws Exception {
        MvcResult started = mvc.perform(get("/api/export").param("format", "claimreview").param("article", Long.toString(article))
                .with(httpBasic("alice", "demo")).with(r -> {
                    r.setScheme("https");
                    r.setServerName("desk.example.org");
                    r.setServerPort(443);
                    return r;
                })).andReturn();
        String body = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"url\":\"https://desk.example.org/articles/" + article + "/claims/")
                .doesNotContain("localhost:8080");
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource({
            "format, pdf",
            "status, MAYBE",
            "rating, SORT_OF",
            "from, yesterday",
            "to, 2026-13-01",
            "article, abc",
            "annotator, nobody-by-this-name",
    })
    void a_bad_parameter_gives_400_naming_it(String name, String value) throws Exception {
        var req = get("/api/export").param(name, value).with(httpBasic("alice", "demo"));
        if (!name.equals("format")) req.param("format", "csv");
        mvc.perform(req)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(name))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(name)));
    }

    @Test
    void an_unknown_article_gives_400() throws Exception {
        mvc.perform(get("/api/export").param("format", "csv").param("article", "987654321").with(httpBasic("alice", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("article"));
    }

    @Test
    void export_needs_a_login() throws Exception {
        mvc.perform(get("/api/export").param("format", "csv")).andExpect(status().isUnauthorized());
    }

    @Test
    void import_is_for_admins_only() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/import")
                        .contentType("application/x-ndjson").content("{}").with(httpBasic("alice", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void import_into_a_non_empty_database_gives_409_with_the_reason() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/import")
                        .contentType("application/x-ndjson")
                        .content("{\"type\":\"header\",\"format\":\"factmark-jsonl\",\"version\":1}\n")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("empty database")));
    }
}
