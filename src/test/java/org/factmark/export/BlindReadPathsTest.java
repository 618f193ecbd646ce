package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.claim.Rating;
import org.factmark.review.ReviewFixtures;
import org.factmark.review.ReviewService;
import org.factmark.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Blind second opinion without leaks: while a claim of a blind article is IN_REVIEW, its first rating (MISLEADING),
 * the rationale and alice's comment naming the rating reach nobody but alice (the author) and admins, on every
 * REST read path and in every export format — until the reader gives their own blind rating.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BlindReadPathsTest {
    static final String RATIONALE = "SECRET-RATIONALE the port figures are spun";
    static final String COMMENT = "SECRET-COMMENT I went with Misleading here";

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
    long id;
    long articleId;

    @BeforeEach
    void blindClaimInReview() throws Exception {
        fx = new ReviewFixtures(articles, claims, reviews, users);
        fx.ensureUser("dave");
        id = fx.draft(true);
        ReviewFixtures.run("alice", () -> claims.submitVerdict(id, Rating.MISLEADING, RATIONALE));
        ReviewFixtures.run("alice", () -> reviews.comment(id, COMMENT));
        articleId = ReviewFixtures.as("admin", () -> claims.get(id).getArticle().getId());
    }

    String read(String user, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(httpBasic(user, "demo"))).andReturn();
        if (r.getRequest().isAsyncStarted()) r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .asyncDispatch(r)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The export as text; a workbook's cells one per line. */
    String export(ExportFormat format, String user, String url) throws Exception {
        if (format != ExportFormat.XLSX) return read(user, url);
        MvcResult r = mvc.perform(get(url).with(httpBasic(user, "demo"))).andReturn();
        if (r.getRequest().isAsyncStarted()) r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .asyncDispatch(r)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            for (var sheet : wb) for (var row : sheet) for (var cell : row) text.append(cell.toString()).append('\n');
        }
        return text.toString();
    }

    static void assertBlind(String body, String what) {
        String lower = body.toLowerCase(Locale.ROOT);
        assertThat(lower).as(what + " leaks the rating").doesNotContain("misleading");
        assertThat(body).as(what + " leaks the rationale or the comment").doesNotContain("SECRET");
    }

    String[] claimPaths() {
        return new String[] {"/api/articles/" + articleId + "/claims", "/api/claims?status=IN_REVIEW&articleId=" + articleId,
                "/api/claims/" + id, "/api/claims/" + id + "/timeline", "/api/claims/" + id + "/reviews"};
    }

    @Test
    void other_reviewers_and_annotators_see_no_rating_rationale_or_comment_over_rest() throws Exception {
        for (String user : new String[] {"carol", "bob", "dave"}) {
            for (String path : claimPaths()) assertBlind(read(user, path), user + " " + path);
        }
        assertThat(read("carol", "/api/claims/" + id)).contains("\"verdictHidden\":true").contains("\"verdictId\":");
        // the queue holds other tests' claims too: look at this claim's item
        mvc.perform(get("/api/review-queue").with(httpBasic("carol", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.claimId == " + id + ")].verdictHidden", contains(true)))
                .andExpect(jsonPath("$[?(@.claimId == " + id + ")].rating", contains(nullValue())))
                .andExpect(jsonPath("$[?(@.claimId == " + id + ")].rationale", contains(nullValue())))
                .andExpect(jsonPath("$[?(@.claimId == " + id + ")].verdictId", contains(fx.verdict(id).intValue())));
    }

    @Test
    void the_author_and_admins_see_everything() throws Exception {
        for (String user : new String[] {"alice", "admin"}) {
            assertThat(read(user, "/api/articles/" + articleId + "/claims")).contains("MISLEADING");
            assertThat(read(user, "/api/claims?status=IN_REVIEW&articleId=" + articleId)).contains("MISLEADING");
            assertThat(read(user, "/api/claims/" + id)).contains("MISLEADING").contains(RATIONALE).contains(COMMENT);
            assertThat(read(user, "/api/claims/" + id + "/timeline")).contains(RATIONALE).contains(COMMENT);
        }
    }

    @Test
    void a_reviewer_sees_it_all_once_they_gave_their_blind_rating() throws Exception {
        Long v = fx.verdict(id);
        mvc.perform(post("/api/claims/" + id + "/second-opinion").with(httpBasic("carol", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"verdictId\":" + v + ",\"rating\":\"TRUE\"}"))
                .andExpect(status().isCreated());
        assertThat(read("carol", "/api/claims/" + id)).contains("MISLEADING").contains(RATIONALE).contains(COMMENT);
        assertThat(read("carol", "/api/articles/" + articleId + "/claims")).contains("MISLEADING");
        assertThat(read("carol", "/api/export?format=jsonl&status=ALL&article=" + articleId)).contains(RATIONALE).contains(COMMENT);
        // bob has not rated yet: still blind, and carol's comment-free second opinion is not shown to him either
        assertBlind(read("bob", "/api/claims/" + id), "bob after carol's rating");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void no_export_format_leaks_the_rating_to_a_blind_reviewer(ExportFormat format) throws Exception {
        String url = "/api/export?format=" + format.id() + "&status=ALL&article=" + articleId;
        String carol = export(format, "carol", url);
        boolean labelled = format == ExportFormat.CLAIMREVIEW || format == ExportFormat.FEVER
                || format == ExportFormat.AVERITEC;
        if (labelled) {
            // a labelled dataset has no record without its label: hidden from carol, written for the author
            assertThat(carol).as("no unlabelled record").doesNotContain(ReviewFixtures.QUOTE);
            assertThat(export(format, "alice", url)).as("the author's export holds it").contains(ReviewFixtures.QUOTE);
        } else {
            assertThat(carol).as("the claim itself is exported").contains(ReviewFixtures.QUOTE);
        }
        assertBlind(carol, "export " + format.id());
        assertBlind(export(format, "dave", url), "export " + format.id() + " for dave");
        if (format == ExportFormat.JSONL) {
            assertThat(read("alice", url)).contains("MISLEADING").contains(RATIONALE).contains(COMMENT);
            assertThat(read("admin", url)).contains("MISLEADING").contains(RATIONALE).contains(COMMENT);
        }
    }

    @Test
    void the_dataset_card_counts_a_hidden_rating_apart_and_never_names_it() throws Exception {
        String url = "/api/export/card?format=csv&status=ALL&as=json&article=" + articleId;
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        // the card always lists the whole rating mapping; the counts are what must not tell
        String carol = json.readTree(read("carol", url)).get("counts").toString();
        assertBlind(carol, "dataset card counts");
        assertThat(carol).contains("rating hidden until your blind rating");
        String alice = json.readTree(read("alice", url)).get("counts").toString();
        assertThat(alice).contains("MISLEADING").doesNotContain("rating hidden");
        assertThat(json.readTree(read("admin", url)).get("counts").toString()).contains("MISLEADING");
    }

    @Test
    void a_rating_filter_does_not_reveal_the_hidden_rating() throws Exception {
        String url = "/api/export?format=csv&status=ALL&rating=MISLEADING&article=" + articleId;
        assertThat(read("carol", url)).doesNotContain(ReviewFixtures.QUOTE);
        assertThat(read("alice", url)).contains(ReviewFixtures.QUOTE);
        ExportFilter f = ExportFilter.parse("ALL", String.valueOf(articleId), null, null, "MISLEADING", null);
        assertThat(ReviewFixtures.as("carol", () -> exports.count(f))).isZero();
        assertThat(ReviewFixtures.as("alice", () -> exports.count(f))).isEqualTo(1);
    }

    @Autowired
    ExportService exports;

    @Test
    void once_judged_nothing_is_hidden_any_more() throws Exception {
        Long v = fx.verdict(id);
        ReviewFixtures.run("carol", () -> reviews.secondOpinion(id, v, Rating.MISLEADING, null));
        ReviewFixtures.run("carol", () -> reviews.approve(id, v, null));
        assertThat(read("dave", "/api/claims/" + id)).contains("MISLEADING").contains(RATIONALE).contains(COMMENT);
        assertThat(read("bob", "/api/export?format=jsonl&status=ALL&article=" + articleId)).contains(RATIONALE);
    }
}
