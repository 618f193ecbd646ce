package org.factmark.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.factmark.base.CodePoints;
import org.factmark.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** The claim REST contract (docs/claims-api.md), over HTTP Basic with the demo accounts. */
@SpringBootTest
class ClaimApiTest {
    static final String XSS = "<img src=x onerror=alert(1)>";
    static final String BODY = "Prices rose. Wages fell. Prices rose. Rents fell. Prices rose. Tokyo 🇯🇵 agreed.";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimRepository repository;
    @Autowired
    ClaimWorkflow workflow;
    @Autowired
    UserService users;
    @Autowired
    TransactionTemplate tx;

    MockMvc mvc;
    Article article;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        article = As.article(articles, BODY);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    ResultActions call(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
        if (user != null) request.with(httpBasic(user, "demo"));
        request.contentType(MediaType.APPLICATION_JSON); // state-changing API calls must declare JSON (415 otherwise)
        if (body != null) request.content(json.writeValueAsString(body));
        return mvc.perform(request);
    }

    String claimsUrl() {
        return "/api/articles/" + article.getId() + "/claims";
    }

    long mark(String user, int start, int end) throws Exception {
        String response = call(post(claimsUrl()), user, map("start", start, "end", end, "type", "statistic"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    long version(long claimId) throws Exception {
        String response = call(get("/api/claims/" + claimId), "alice", null).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.version")).longValue();
    }

    void addSource(long claimId) throws Exception {
        call(post("/api/claims/" + claimId + "/sources"), "alice",
                map("url", "https://example.org/prices", "title", "Price index", "stance", "SUPPORTS"))
                .andExpect(status().isCreated());
    }

    // ---- authentication ------------------------------------------------------------------------------------

    @Test
    void without_credentials_the_api_answers_401() throws Exception {
        call(get("/api/claims"), null, null).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
        call(post(claimsUrl()), null, map("start", 0, "end", 5)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/claims").with(httpBasic("alice", "wrong"))).andExpect(status().isUnauthorized());
    }

    // ---- marking -------------------------------------------------------------------------------------------

    @Test
    void marking_by_offsets_answers_201_with_location_and_the_claim() throws Exception {
        String response = call(post(claimsUrl()), "alice", map("start", 13, "end", 23, "type", "STATISTIC", "claimant", "Union"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.articleId").value(article.getId()))
                .andExpect(jsonPath("$.start").value(13))
                .andExpect(jsonPath("$.end").value(23))
                .andExpect(jsonPath("$.quote").value("Wages fell"))
                .andExpect(jsonPath("$.prefix").value("Prices rose. "))
                .andExpect(jsonPath("$.suffix").value(". Prices rose. Rents fell. Price"))   // 32 code points
                .andExpect(jsonPath("$.type").value("STATISTIC"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.claimant").value("Union"))
                .andExpect(jsonPath("$.author").value("alice"))
                .andExpect(jsonPath("$.version").isNumber())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(response, "$.id")).longValue();
        call(post(claimsUrl()), "alice", map("start", 0, "end", 5)).andExpect(header().string("Location", endsWith("/api/claims/" + (id + 1))));
        call(get("/api/claims/" + id), "alice", null).andExpect(status().isOk()).andExpect(jsonPath("$.quote").value("Wages fell"));
    }

    @Test
    void offsets_outside_the_article_or_end_not_after_start_answer_400() throws Exception {
        int len = CodePoints.length(BODY);
        call(post(claimsUrl()), "alice", map("start", -1, "end", 5)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("start"));
        call(post(claimsUrl()), "alice", map("start", 0, "end", len + 1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("end"));
        call(post(claimsUrl()), "alice", map("start", 5, "end", 5)).andExpect(status().isBadRequest());
        call(post(claimsUrl()), "alice", map("start", 6, "end", 5)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_end"));
        call(post(claimsUrl()), "alice", map("start", 5)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("end"));
        call(post(claimsUrl()), "alice", map()).andExpect(status().isBadRequest());
        call(get(claimsUrl()), "alice", null).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void rest_offsets_are_taken_as_given_not_snapped() throws Exception {
        int tokyo = CodePoints.fromUtf16(BODY, BODY.indexOf("Tokyo"));
        call(post(claimsUrl()), "alice", map("start", tokyo, "end", tokyo + 7)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.end").value(tokyo + 7))
                .andExpect(jsonPath("$.quote").value(CodePoints.slice(BODY, tokyo, tokyo + 7)));
    }

    @Test
    void marking_by_quote_finds_a_unique_quote_and_refuses_absent_or_ambiguous_ones() throws Exception {
        call(post(claimsUrl()), "alice", map("quote", "Rents fell")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.start").value(38)).andExpect(jsonPath("$.end").value(48));
        call(post(claimsUrl()), "alice", map("quote", "Rents rose")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("quote"));
        call(post(claimsUrl()), "alice", map("quote", "Prices rose")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"))
                .andExpect(jsonPath("$.message").value(containsString("3 places")));
        call(post(claimsUrl()), "alice", map("quote", "Prices rose", "prefix", "Wages fell. ")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.start").value(25));
        call(post(claimsUrl()), "alice", map("quote", "Prices rose", "suffix", ". Tokyo")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.start").value(50));
    }

    @Test
    void offsets_win_over_a_quote_but_a_disagreeing_quote_answers_400() throws Exception {
        call(post(claimsUrl()), "alice", map("start", 0, "end", 11, "quote", "Wages fell")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("quote"));
        // "Prices rose" occurs three times: with offsets, the quote only confirms the text there
        call(post(claimsUrl()), "alice", map("start", 25, "end", 36, "quote", "Prices rose")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.start").value(25));
    }

    @Test
    void an_unknown_type_answers_400_naming_type() throws Exception {
        call(post(claimsUrl()), "alice", map("start", 0, "end", 5, "type", "RUMOUR")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"))
                .andExpect(jsonPath("$.error").value("invalid_type"));
    }

    @Test
    void an_unknown_article_answers_404() throws Exception {
        call(post("/api/articles/987654321/claims"), "alice", map("start", 0, "end", 5)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        call(get("/api/articles/987654321/claims"), "alice", null).andExpect(status().isNotFound());
        call(get("/api/claims/987654321"), "alice", null).andExpect(status().isNotFound());
    }

    @Test
    void a_reviewer_without_the_annotator_role_cannot_mark_and_gets_403() throws Exception {
        call(post(claimsUrl()), "carol", map("start", 0, "end", 5)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
    }

    @Test
    void the_claims_of_an_article_are_listed_by_position() throws Exception {
        long late = mark("alice", 38, 48);
        long early = mark("bob", 0, 11);
        long nested = mark("alice", 7, 11);
        call(get(claimsUrl()), "carol", null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(early))
                .andExpect(jsonPath("$[1].id").value(nested))
                .andExpect(jsonPath("$[2].id").value(late))
                .andExpect(jsonPath("$[0].author").value("bob"));
    }

    // ---- details, editing ----------------------------------------------------------------------------------

    @Test
    void a_claim_is_shown_with_its_sources_verdicts_and_history() throws Exception {
        long id = mark("alice", 13, 23);
        addSource(id);
        call(put("/api/claims/" + id + "/verdict"), "alice", map("rating", "FALSE", "rationale", "Wages rose 2%."))
                .andExpect(status().isOk());
        call(get("/api/claims/" + id), "bob", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.quote").value("Wages fell"))
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.rating").value("FALSE"))
                .andExpect(jsonPath("$.sources[0].url").value("https://example.org/prices"))
                .andExpect(jsonPath("$.sources[0].stance").value("SUPPORTS"))
                .andExpect(jsonPath("$.sources[0].createdBy").value("alice"))
                .andExpect(jsonPath("$.verdicts[0].rating").value("FALSE"))
                .andExpect(jsonPath("$.verdicts[0].rationale").value("Wages rose 2%."))
                .andExpect(jsonPath("$.verdicts[0].kind").value("AUTHOR"))
                .andExpect(jsonPath("$.verdicts[0].author").value("alice"))
                .andExpect(jsonPath("$.verdicts[0].createdAt").isString())
                .andExpect(jsonPath("$.history[0].who").value("alice"))
                .andExpect(jsonPath("$.history[*].what").value(hasItem("submitted the verdict False")));
    }

    @Test
    void patch_changes_the_given_fields_and_keeps_the_others() throws Exception {
        long id = mark("alice", 13, 23);
        long v = version(id);
        call(patch("/api/claims/" + id), "alice", map("version", v, "claimant", "Union", "restatement", "Wages fell."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claimant").value("Union"))
                .andExpect(jsonPath("$.restatement").value("Wages fell."))
                .andExpect(jsonPath("$.type").value("STATISTIC"))
                .andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.greaterThan((int) v)));
        call(patch("/api/claims/" + id), "alice", map("version", version(id), "type", "causal", "claimant", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("CAUSAL"))
                .andExpect(jsonPath("$.claimant").doesNotExist())
                .andExpect(jsonPath("$.restatement").value("Wages fell."));
    }

    @Test
    void patch_with_a_stale_version_answers_409_and_changes_nothing() throws Exception {
        long id = mark("alice", 13, 23);
        long v = version(id);
        call(patch("/api/claims/" + id), "alice", map("version", v, "claimant", "first")).andExpect(status().isOk());
        call(patch("/api/claims/" + id), "alice", map("version", v, "claimant", "second")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("stale_edit"));
        call(get("/api/claims/" + id), "alice", null).andExpect(jsonPath("$.claimant").value("first"));
        call(patch("/api/claims/" + id), "alice", map("claimant", "no version")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));
        call(patch("/api/claims/" + id), "alice", map("version", version(id), "type", "gossip")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"));
        call(patch("/api/claims/" + id), "bob", map("version", version(id), "claimant", "bob")).andExpect(status().isForbidden());
    }

    @Test
    void markup_comes_back_verbatim_as_a_json_string() throws Exception {
        String response = call(post(claimsUrl()), "alice", map("start", 0, "end", 5, "claimant", XSS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.claimant").value(XSS))
                .andReturn().getResponse().getContentAsString();
        assertThat(response).contains("\"claimant\":\"" + XSS + "\"");
        long id = ((Number) JsonPath.read(response, "$.id")).longValue();
        call(post("/api/claims/" + id + "/sources"), "alice", map("url", "https://example.org/x", "title", XSS, "stance", "context"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.title").value(XSS));
        call(get("/api/claims/" + id), "bob", null).andExpect(jsonPath("$.claimant").value(XSS))
                .andExpect(jsonPath("$.sources[0].title").value(XSS));
    }

    @Test
    void user_text_is_kept_verbatim_except_white_space_around_it_and_blank_required_text_is_400() throws Exception {
        String response = call(post(claimsUrl()), "alice", map("start", 0, "end", 5, "claimant", "  Ministry\tof  Finance \n"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.claimant").value("Ministry\tof  Finance"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(response, "$.id")).longValue();
        call(patch("/api/claims/" + id), "alice", map("version", version(id), "restatement", "\n Line one\n\nline  two  "))
                .andExpect(status().isOk()).andExpect(jsonPath("$.restatement").value("Line one\n\nline  two"));
        call(post("/api/claims/" + id + "/sources"), "alice", map("url", "https://example.org/x", "title", " \t ", "stance", "context"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("title"));
    }

    // ---- sources -------------------------------------------------------------------------------------------

    @Test
    void a_source_is_added_edited_and_removed() throws Exception {
        long id = mark("alice", 13, 23);
        String created = call(post("/api/claims/" + id + "/sources"), "alice", map("url", "https://example.org/wages",
                "title", "Wage report", "publisher", "Stats office", "excerpt", "Wages fell 1%.", "accessedOn", "2025-06-01",
                "stance", "SUPPORTS"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/sources/")))
                .andExpect(jsonPath("$.claimId").value(id))
                .andExpect(jsonPath("$.accessedOn").value("2025-06-01"))
                .andExpect(jsonPath("$.stance").value("SUPPORTS"))
                .andReturn().getResponse().getContentAsString();
        long sourceId = ((Number) JsonPath.read(created, "$.id")).longValue();
        long sv = ((Number) JsonPath.read(created, "$.version")).longValue();
        call(put("/api/sources/" + sourceId), "alice", map("version", sv, "url", "https://example.org/wages2",
                "title", "Wage report (revised)", "stance", "REFUTES"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Wage report (revised)"))
                .andExpect(jsonPath("$.stance").value("REFUTES"))
                .andExpect(jsonPath("$.createdBy").value("alice"));
        call(put("/api/sources/" + sourceId), "alice", map("version", sv, "url", "https://example.org/x", "title", "x", "stance", "CONTEXT"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("stale_edit"));
        call(get("/api/claims/" + id + "/sources"), "alice", null).andExpect(jsonPath("$[0].title").value("Wage report (revised)"));
        call(delete("/api/sources/" + sourceId), "bob", null).andExpect(status().isForbidden());
        call(delete("/api/sources/" + sourceId), "alice", null).andExpect(status().isNoContent());
        call(get("/api/claims/" + id + "/sources"), "alice", null).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_bad_source_answers_400_naming_the_field() throws Exception {
        long id = mark("alice", 13, 23);
        String url = "/api/claims/" + id + "/sources";
        call(post(url), "alice", map("url", "javascript:alert(1)", "title", "T", "stance", "SUPPORTS"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("url"));
        call(post(url), "alice", map("url", "ftp://example.org/f", "title", "T", "stance", "SUPPORTS"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("url"));
        call(post(url), "alice", map("url", "https://example.org", "stance", "SUPPORTS"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("title"));
        call(post(url), "alice", map("url", "https://example.org", "title", "T"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("stance"));
        call(post(url), "alice", map("url", "https://example.org", "title", "T", "stance", "AGREES"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("stance"));
        call(post(url), "alice", map("url", "https://example.org", "title", "T", "stance", "SUPPORTS", "accessedOn", "yesterday"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("accessedOn"));
        call(get(url), "alice", null).andExpect(jsonPath("$.length()").value(0));
    }

    // ---- verdict -------------------------------------------------------------------------------------------

    @Test
    void the_author_submits_the_verdict_and_the_claim_is_in_review() throws Exception {
        long id = mark("alice", 13, 23);
        addSource(id);
        call(put("/api/claims/" + id + "/verdict"), "alice", map("rating", "MOSTLY_FALSE", "rationale", "Wages rose."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.rating").value("MOSTLY_FALSE"))
                .andExpect(jsonPath("$.verdicts[0].rationale").value("Wages rose."));
    }

    @Test
    void anyone_but_the_author_gets_403_for_the_verdict() throws Exception {
        long id = mark("alice", 13, 23);
        addSource(id);
        for (String other : new String[]{"bob", "carol", "admin"}) {
            call(put("/api/claims/" + id + "/verdict"), other, map("rating", "TRUE", "rationale", "x"))
                    .andExpect(status().isForbidden());
        }
        call(get("/api/claims/" + id), "alice", null).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void a_verdict_without_rating_or_rationale_or_a_needed_source_answers_400() throws Exception {
        long id = mark("alice", 13, 23);
        String url = "/api/claims/" + id + "/verdict";
        call(put(url), "alice", map("rationale", "x")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("rating"));
        call(put(url), "alice", map("rating", "TRUE")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("rationale"));
        call(put(url), "alice", map("rating", "VERY_TRUE", "rationale", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("rating"));
        call(put(url), "alice", map("rating", "TRUE", "rationale", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sources"));
        call(put(url), "alice", map("rating", "UNVERIFIABLE", "rationale", "No data.")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
    }

    @Test
    void a_verdict_on_a_checked_claim_answers_409() throws Exception {
        long id = mark("alice", 13, 23);
        addSource(id);
        call(put("/api/claims/" + id + "/verdict"), "alice", map("rating", "TRUE", "rationale", "ok")).andExpect(status().isOk());
        tx.executeWithoutResult(t -> {
            Claim c = repository.findById(id).orElseThrow();
            workflow.checked(c, c.getVerdict(), users.require("bob"));
        });
        call(put("/api/claims/" + id + "/verdict"), "alice", map("rating", "FALSE", "rationale", "no")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"));
    }

    // ---- delete --------------------------------------------------------------------------------------------

    @Test
    void only_the_author_deletes_and_only_a_draft() throws Exception {
        long id = mark("alice", 13, 23);
        call(delete("/api/claims/" + id), "bob", null).andExpect(status().isForbidden());
        call(delete("/api/claims/" + id), "alice", null).andExpect(status().isNoContent());
        call(get("/api/claims/" + id), "alice", null).andExpect(status().isNotFound());

        long submitted = mark("alice", 38, 48);
        call(put("/api/claims/" + submitted + "/verdict"), "alice", map("rating", "UNVERIFIABLE", "rationale", "?")).andExpect(status().isOk());
        call(delete("/api/claims/" + submitted), "alice", null).andExpect(status().isConflict());
    }

    // ---- listing by status ---------------------------------------------------------------------------------

    @Test
    void claims_are_listed_by_status_and_article_in_pages() throws Exception {
        long draft = mark("alice", 0, 11);
        long review1 = mark("alice", 13, 23);
        long review2 = mark("alice", 38, 48);
        for (long id : new long[]{review1, review2}) {
            call(put("/api/claims/" + id + "/verdict"), "alice", map("rating", "UNVERIFIABLE", "rationale", "?")).andExpect(status().isOk());
        }
        String base = "/api/claims?articleId=" + article.getId();
        call(get(base + "&status=IN_REVIEW"), "carol", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(review1))
                .andExpect(jsonPath("$.items[1].id").value(review2))
                .andExpect(jsonPath("$.items[0].status").value("IN_REVIEW"));
        call(get(base + "&status=in_review&page=1&size=1"), "carol", null)
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(review2));
        call(get(base + "&status=DRAFT"), "carol", null).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(draft));
        call(get(base), "carol", null).andExpect(jsonPath("$.total").value(3));
        // without an article filter: every claim IN_REVIEW of the (shared) test database, only that status
        call(get("/api/claims?status=IN_REVIEW&size=200"), "carol", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.items[*].status").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("IN_REVIEW"))));
        call(get("/api/claims?status=DONE"), "carol", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        call(get("/api/claims?size=0"), "carol", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        call(get("/api/claims?articleId=987654321"), "carol", null).andExpect(status().isNotFound());
    }

    @Test
    void errors_have_the_documented_json_shape() throws Exception {
        call(post(claimsUrl()), "alice", map("start", 0, "end", 5, "type", "RUMOUR"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("invalid_type"))
                .andExpect(jsonPath("$.field").value("type"))
                .andExpect(jsonPath("$.message").value(containsString("STATISTIC")));
    }
}
