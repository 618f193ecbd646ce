package org.factmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.base.CodePoints;
import org.factmark.claim.ClaimService;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** The suggestion REST contract (docs/suggestions.md), over HTTP Basic with the demo accounts. */
@SpringBootTest
class SuggestionApiTest {
    static final String BODY = "Test headline\n\n🇯🇵 Trade reached an estimated $245 billion in 2024, officials said.\n\n"
            + "The leaders met in Kazan in October to sign it.\n\nUnemployment held at 4.1% in May.";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    SuggestionService suggestions;

    MockMvc mvc;
    Article article;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        article = TestUsers.as("alice", () -> articles.create(new ArticleDraft("Suggestions " + System.nanoTime(),
                "https://example.org/s", "Test", null, "en", BODY)));
    }

    ResultActions decide(String user, Object body) throws Exception {
        return mvc.perform(post("/api/articles/" + article.getId() + "/suggestions/decisions").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    List<Map<String, Object>> list() throws Exception {
        String r = mvc.perform(get("/api/articles/" + article.getId() + "/suggestions").with(httpBasic("alice", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(r, "$");
    }

    @Test
    void suggestions_come_in_code_points_with_quote_type_cue_and_score() throws Exception {
        List<Map<String, Object>> s = list();
        assertThat(s).extracting(m -> m.get("cue")).containsExactly("money", "meeting", "percent");
        Map<String, Object> first = s.get(0);
        assertThat(first.get("quote")).isEqualTo("🇯🇵 Trade reached an estimated $245 billion in 2024");
        assertThat(CodePoints.slice(article.getBody(), (int) first.get("start"), (int) first.get("end"))).isEqualTo(first.get("quote"));
        assertThat(first.get("type")).isEqualTo("STATISTIC");
        assertThat((double) first.get("score")).isBetween(0.0, 1.0);
    }

    @Test
    void accepting_creates_the_claim_like_marking_and_records_its_origin() throws Exception {
        Map<String, Object> s = list().get(1);
        String r = decide("alice", Map.of("start", s.get("start"), "end", s.get("end"), "decision", "ACCEPT"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.quote").value(s.get("quote")))
                .andExpect(jsonPath("$.type").value("DATE_EVENT"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        long claimId = ((Number) JsonPath.read(r, "$.id")).longValue();
        SuggestionDecision origin = TestUsers.as("alice", () -> suggestions.origin(claimId)).orElseThrow();
        assertThat(origin.getCue()).isEqualTo(Cue.MEETING);
        assertThat(origin.getEngineVersion()).isEqualTo(SuggestionEngine.VERSION);
        assertThat(TestUsers.as("alice", () -> claims.get(claimId)).getAuthor().getUsername()).isEqualTo("alice");
        // the span is a claim now: no longer suggested, and a second accept is a conflict
        assertThat(list()).extracting(m -> m.get("cue")).containsExactly("money", "percent");
        decide("alice", Map.of("start", s.get("start"), "end", s.get("end"), "decision", "ACCEPT")).andExpect(status().isConflict());
    }

    @Test
    void accepting_with_another_type_makes_a_claim_of_that_type() throws Exception {
        Map<String, Object> s = list().get(2);
        decide("alice", Map.of("start", s.get("start"), "end", s.get("end"), "decision", "ACCEPT", "type", "prediction"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.type").value("PREDICTION"));
    }

    @Test
    void a_rejected_span_is_never_suggested_again_in_that_article() throws Exception {
        Map<String, Object> s = list().get(0);
        decide("bob", Map.of("start", s.get("start"), "end", s.get("end"), "decision", "reject")).andExpect(status().isNoContent());
        assertThat(list()).extracting(m -> m.get("cue")).containsExactly("meeting", "percent");
        decide("alice", Map.of("start", s.get("start"), "end", s.get("end"), "decision", "ACCEPT")).andExpect(status().isConflict());
    }

    @Test
    void a_hand_made_claim_over_a_suggestion_removes_it() throws Exception {
        Map<String, Object> s = list().get(2);
        TestUsers.as("alice", () -> claims.mark(article.getId(), (int) s.get("start") + 2, (int) s.get("end"), false, null, null));
        assertThat(list()).extracting(m -> m.get("cue")).containsExactly("money", "meeting");
    }

    @Test
    void bad_offsets_are_400_and_a_span_that_was_never_suggested_is_409() throws Exception {
        decide("alice", Map.of("start", -1, "end", 5, "decision", "ACCEPT")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("start"));
        decide("alice", Map.of("start", 3, "end", 100_000, "decision", "ACCEPT")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("end"));
        decide("alice", Map.of("start", 5, "end", 3, "decision", "REJECT")).andExpect(status().isBadRequest());
        decide("alice", Map.of("start", 0, "end", 4, "decision", "MAYBE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("decision"));
        decide("alice", Map.of("start", 0, "end", 4, "decision", "ACCEPT")).andExpect(status().isConflict());
    }

    @Test
    void a_reviewer_without_the_annotator_role_cannot_decide_but_sees_the_quality_figures() throws Exception {
        Map<String, Object> s = list().get(0);
        decide("carol", Map.of("start", s.get("start"), "end", s.get("end"), "decision", "ACCEPT")).andExpect(status().isForbidden());
        decide("alice", Map.of("start", s.get("start"), "end", s.get("end"), "decision", "REJECT")).andExpect(status().isNoContent());
        mvc.perform(get("/api/suggestions/quality").with(httpBasic("carol", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.engineVersion").value(SuggestionEngine.VERSION))
                .andExpect(jsonPath("$.perCue[?(@.key == 'money')].rejected").isNotEmpty());
        mvc.perform(get("/api/suggestions/quality").with(httpBasic("alice", "demo"))).andExpect(status().isForbidden());
    }
}
