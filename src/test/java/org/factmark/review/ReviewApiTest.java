package org.factmark.review;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.claim.Rating;
import org.factmark.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The REST contract of reviews (four eyes through HTTP Basic), in the documented order 404, 403, 409, 400. */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;

    ReviewFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ReviewFixtures(articles, claims, reviews, users);
    }

    ResultActions postJson(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions review(String user, long claimId, String json) throws Exception {
        return postJson(user, "/api/claims/" + claimId + "/reviews", seen(claimId, json));
    }

    /** The body with the verdict in force named, as a client that loaded the claim sends it. */
    String seen(long claimId, String json) {
        Long v;
        try {
            v = fx.verdict(claimId);
        } catch (RuntimeException notFound) {
            v = 1L;
        }
        return v == null || json.contains("verdictId") ? json : "{\"verdictId\":" + v + "," + json.substring(1);
    }

    @Test
    void a_reviewer_approves_someone_elses_verdict_with_201() throws Exception {
        long id = fx.inReview(false);
        review("bob", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("APPROVE"))
                .andExpect(jsonPath("$.reviewer").value("bob"))
                .andExpect(jsonPath("$.claimStatus").value("CHECKED"));
    }

    @Test
    void the_claim_shows_its_sources_verdicts_reviews_comments_and_history() throws Exception {
        long id = fx.inReview(false);
        postJson("carol", "/api/claims/" + id + "/comments", "{\"text\":\"Checked the port's annual report.\"}")
                .andExpect(status().isCreated());
        review("bob", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isCreated());
        mvc.perform(get("/api/claims/" + id).with(httpBasic("alice", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("CHECKED"))
                .andExpect(jsonPath("$.checkedBy").value("bob"))
                .andExpect(jsonPath("$.sources").isNotEmpty())
                .andExpect(jsonPath("$.verdicts[*].kind", hasItem("AUTHOR")))
                .andExpect(jsonPath("$.reviews[0].reviewer").value("bob"))
                .andExpect(jsonPath("$.reviews[0].decision").value("APPROVE"))
                .andExpect(jsonPath("$.comments[0].text").value("Checked the port's annual report."))
                .andExpect(jsonPath("$.history").isNotEmpty());
        mvc.perform(get("/api/claims/987654321").with(httpBasic("alice", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void reviewing_ones_own_verdict_is_403() throws Exception {
        long id = fx.submitted("bob", Rating.FALSE, false);
        review("bob", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
    }

    @Test
    void reviewing_without_the_reviewer_role_is_403_even_for_an_admin() throws Exception {
        long id = fx.inReview(false);
        fx.ensureUser("dave");
        review("dave", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
        review("admin", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
        review("alice", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
    }

    @Test
    void reviewing_a_claim_not_in_review_is_409() throws Exception {
        long checked = fx.checked();
        review("carol", checked, "{\"decision\":\"APPROVE\"}").andExpect(status().isConflict());
        long draft = fx.draft(false);
        review("carol", draft, "{\"decision\":\"DISPUTE\",\"rating\":\"FALSE\",\"comment\":\"no\"}").andExpect(status().isConflict());
    }

    @Test
    void a_dispute_without_rating_or_comment_is_400() throws Exception {
        long id = fx.inReview(false);
        review("carol", id, "{\"decision\":\"DISPUTE\",\"comment\":\"Wrong figure.\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("rating"));
        review("carol", id, "{\"decision\":\"DISPUTE\",\"rating\":\"FALSE\",\"comment\":\"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("comment"));
        review("carol", id, "{\"decision\":\"DISPUTE\",\"rating\":\"FALSE\",\"comment\":\"Wrong figure.\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.claimStatus").value("DISPUTED"))
                .andExpect(jsonPath("$.rating").value("FALSE"));
    }

    @Test
    void checks_come_in_the_order_404_403_409_400() throws Exception {
        review("alice", 987654321L, "{\"decision\":\"APPROVE\"}").andExpect(status().isNotFound());
        long own = fx.draftBy("bob", false);
        review("bob", own, "{\"decision\":\"DISPUTE\"}").andExpect(status().isForbidden()); // 403 before 409 and 400
        long checked = fx.checked();
        review("carol", checked, "{\"decision\":\"DISPUTE\"}").andExpect(status().isConflict()); // 409 before 400
    }

    @Test
    void unauthenticated_calls_are_401() throws Exception {
        long id = fx.inReview(false);
        mvc.perform(post("/api/claims/" + id + "/reviews").contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void blind_review_over_rest_hides_the_verdict_until_the_second_opinion() throws Exception {
        long id = fx.inReview(false);
        long articleId = ReviewFixtures.as("admin", () -> claims.get(id).getArticle().getId());
        mvc.perform(put("/api/articles/" + articleId + "/blind-review").with(httpBasic("alice", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/articles/" + articleId + "/blind-review").with(httpBasic("carol", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.blindReview").value(true));
        review("carol", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isConflict());
        mvc.perform(get("/api/claims/" + id + "/timeline").with(httpBasic("carol", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.kind == 'VERDICT')].detail", hasItem(nullValue())));
        mvc.perform(get("/api/claims/" + id).with(httpBasic("carol", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value(nullValue()))
                .andExpect(jsonPath("$.verdicts").isEmpty())
                .andExpect(jsonPath("$.history[*].what", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("verdict")))));
        mvc.perform(get("/api/claims/" + id).with(httpBasic("alice", "demo")))
                .andExpect(jsonPath("$.rating").value("TRUE")).andExpect(jsonPath("$.verdicts.length()").value(1));
        postJson("carol", "/api/claims/" + id + "/second-opinion", seen(id, "{\"rating\":\"TRUE\",\"rationale\":\"Matches.\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.claimStatus").value("IN_REVIEW"));
        mvc.perform(get("/api/claims/" + id + "/timeline").with(httpBasic("carol", "demo")))
                .andExpect(jsonPath("$[?(@.kind == 'VERDICT')].detail", hasItem("The port statistics confirm it.")));
        review("carol", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isCreated());
    }

    @Test
    void a_dispute_is_settled_over_rest_by_a_third_reviewer() throws Exception {
        long id = fx.disputed();
        postJson("bob", "/api/claims/" + id + "/adjudication", seen(id, "{\"rating\":\"HALF_TRUE\",\"rationale\":\"x\"}"))
                .andExpect(status().isForbidden());
        postJson("carol", "/api/claims/" + id + "/adjudication", seen(id, "{\"rating\":\"HALF_TRUE\"}"))
                .andExpect(status().isBadRequest());
        postJson("carol", "/api/claims/" + id + "/adjudication", seen(id, "{\"rating\":\"HALF_TRUE\",\"rationale\":\"Both right.\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.claimStatus").value("CHECKED"));
    }

    @Test
    void comments_and_reviews_are_listed_for_a_claim() throws Exception {
        long id = fx.disputed();
        postJson("alice", "/api/claims/" + id + "/comments", "{\"text\":\"Source is the annual report.\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.author").value("alice"));
        postJson("alice", "/api/claims/" + id + "/comments", "{\"text\":\"\"}").andExpect(status().isBadRequest());
        mvc.perform(get("/api/claims/" + id + "/reviews").with(httpBasic("alice", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].decision").value("DISPUTE"))
                .andExpect(jsonPath("$[0].rating").value("MOSTLY_TRUE"));
        mvc.perform(get("/api/claims/" + id + "/timeline").with(httpBasic("alice", "demo")))
                .andExpect(jsonPath("$[-1].kind").value("COMMENT"))
                .andExpect(jsonPath("$[-1].detail").value("Source is the annual report."));
    }

    @Test
    void agreement_figures_are_json_for_reviewers_and_forbidden_for_annotators() throws Exception {
        fx.checked();
        mvc.perform(get("/api/agreement?minCommon=1").with(httpBasic("carol", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs[?(@.a == 'alice' && @.b == 'bob')].n").exists())
                .andExpect(jsonPath("$.confusion.labels[0]").value("TRUE"))
                .andExpect(jsonPath("$.confusion.matrix[0][0]").isNumber())
                .andExpect(jsonPath("$.distribution.TRUE").isNumber())
                .andExpect(jsonPath("$.claims").isNumber());
        mvc.perform(get("/api/agreement").with(httpBasic("alice", "demo"))).andExpect(status().isForbidden());
    }
}
