package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One test per finding of issue 9 ("What the real consumers found"), each on claims built for it in a fresh
 * article: it fails on the export as it was before the fix.
 */
@SpringBootTest
@WithMockUser(username = "carol", roles = "REVIEWER")
class ExportFindingsTest {
    static final String BODY = "Officials said exports rose. The ministry reported 1,960 new jobs in January. "
            + "Critics disagreed with the Kremlin.\nVladimir Putin said trade would double.";

    @Autowired
    ExportService exports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    ExportFixtures fx;
    long article;
    ExportFilter all;

    @BeforeEach
    void anArticle() {
        fx = new ExportFixtures(jdbc);
        article = fx.article("Findings", "https://news.example.org/findings", BODY);
        all = new ExportFilter(null, article, null, null, null, null);
    }

    private byte[] export(ExportFormat format) {
        var out = new ByteArrayOutputStream();
        exports.export(all, format, out, null);
        return out.toByteArray();
    }

    private List<JsonNode> fever() {
        List<JsonNode> out = new ArrayList<>();
        for (String line : new String(export(ExportFormat.FEVER), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) out.add(json.readTree(line));
        }
        return out;
    }

    private void source(long claim, String url, String title, String excerpt, String stance) {
        jdbc.update("insert into sources (claim_id, url, title, publisher, excerpt, accessed_on, stance, created_by_id, created_at) "
                + "values (?,?,?,?,?,?,?,?,?)", claim, url, title, "Stats Office", excerpt, java.time.LocalDate.of(2026, 2, 28),
                stance, fx.userId("alice"), ExportFixtures.T0.plusMinutes(3));
    }

    private long checked(String quote, String type, String rating, String rationale) {
        long c = fx.claim(article, quote, type, "IN_REVIEW", "alice");
        long v = fx.verdict(c, "alice", rating, rationale);
        fx.approve(c, v, "bob", ExportFixtures.T0.plusHours(1));
        return c;
    }

    // ---- FEVER -----------------------------------------------------------------------------------------------

    @Test
    void fever_evidence_is_page_string_and_line_int_so_the_official_scorer_accepts_it() {
        long c = checked("1,960", "STATISTIC", "TRUE", "Matches the table.");
        source(c, "https://stats.example.org/jobs", "Jobs table", "1,960 jobs", "SUPPORTS");
        JsonNode r = fever().getFirst();
        JsonNode item = r.get("evidence").get(0).get(0);
        assertThat(item.get(2).asString()).isEqualTo("https://stats.example.org/jobs");
        assertThat(item.get(3).isInt()).isTrue();
        var instance = new FeverScorer.Instance("SUPPORTS", FeverScorer.evidence(r.get("evidence")), "SUPPORTS",
                List.of(List.of(item.get(2).asString(), item.get(3).asInt())));
        assertThat(FeverScorer.isStrictlyCorrect(instance)).isTrue();
    }

    @Test
    void the_old_fever_evidence_shape_fails_the_scorer_format_check() {
        var old = new FeverScorer.Instance("SUPPORTS", List.of(), "SUPPORTS", java.util.Arrays.asList(
                java.util.Arrays.asList("https://stats.example.org/jobs", null)));
        assertThatThrownBy(() -> FeverScorer.isStrictlyCorrect(old)).hasMessageContaining("page<string>,line<int>");
    }

    @Test
    void fever_evidence_holds_only_sources_that_agree_with_the_label() {
        long c = checked("1,960", "STATISTIC", "TRUE", "Matches.");
        source(c, "https://stats.example.org/supports", "Yes", "yes", "SUPPORTS");
        source(c, "https://stats.example.org/refutes", "No", "no", "REFUTES");
        source(c, "https://stats.example.org/context", "Context", "ctx", "CONTEXT");
        JsonNode evidence = fever().getFirst().get("evidence");
        assertThat(evidence.size()).isEqualTo(1);
        assertThat(evidence.get(0).get(0).get(2).asString()).isEqualTo("https://stats.example.org/supports");
    }

    @Test
    void a_supports_claim_whose_only_source_refutes_it_is_not_fever_evidence_and_is_left_out() {
        long c = checked("1,960", "STATISTIC", "TRUE", "Matches.");
        source(c, "https://stats.example.org/refutes", "No", "no", "REFUTES");
        assertThat(fever()).isEmpty();
    }

    @Test
    void a_draft_without_verdict_is_not_exported_as_not_enough_info() {
        fx.claim(article, "1,960", "STATISTIC", "DRAFT", "alice");
        long nei = checked("exports rose", "OTHER", "UNVERIFIABLE", "No data.");
        List<JsonNode> records = fever();
        assertThat(records).extracting(r -> r.get("id").asLong()).containsExactly(nei);
        assertThat(records.getFirst().get("label").asString()).isEqualTo("NOT ENOUGH INFO");
        assertThat(records.getFirst().get("evidence").get(0).get(0).get(2).isNull()).isTrue();
    }

    // ---- AVeriTeC --------------------------------------------------------------------------------------------

    @Test
    void averitec_gives_a_claim_without_sources_an_unanswerable_question_and_leaves_out_drafts() {
        checked("1,960", "STATISTIC", "FALSE", null);
        fx.claim(article, "exports rose", "OTHER", "DRAFT", "alice");
        JsonNode doc = json.readTree(export(ExportFormat.AVERITEC));
        assertThat(doc.size()).isEqualTo(1);
        JsonNode o = doc.get(0);
        assertThat(o.get("justification").asString()).isEqualTo("Rated False by the desk.");
        JsonNode answer = o.get("questions").get(0).get("answers").get(0);
        assertThat(answer.get("answer_type").asString()).isEqualTo("Unanswerable");
        assertThat(answer.get("answer").asString()).isEqualTo("No answer could be found.");
    }

    @Test
    void averitec_uses_its_own_claim_types() {
        checked("1,960", "STATISTIC", "TRUE", "ok");
        checked("Vladimir Putin said trade would double", "QUOTATION", "TRUE", "ok");
        checked("trade would double", "PREDICTION", "UNVERIFIABLE", "ok");
        JsonNode doc = json.readTree(export(ExportFormat.AVERITEC));
        List<String> types = new ArrayList<>();
        doc.forEach(o -> types.add(o.get("claim_types").get(0).asString()));
        assertThat(types).containsExactly("Numerical Claim", "Quote Verification", "Speculative Claim");
    }

    @Test
    void an_averitec_answer_without_excerpt_is_abstractive_not_the_title_called_extractive() {
        long c = checked("1,960", "STATISTIC", "FALSE", "Wrong.");
        source(c, "https://stats.example.org/none", "Jobs bulletin", null, "REFUTES");
        source(c, "https://stats.example.org/some", "Jobs table", "Only 1,690 jobs.", "REFUTES");
        JsonNode questions = json.readTree(export(ExportFormat.AVERITEC)).get(0).get("questions");
        JsonNode noExcerpt = questions.get(0).get("answers").get(0);
        assertThat(noExcerpt.get("answer_type").asString()).isEqualTo("Abstractive");
        assertThat(noExcerpt.get("answer").asString()).isEqualTo("Jobs bulletin contradicts the claim.");
        JsonNode excerpt = questions.get(1).get("answers").get(0);
        assertThat(excerpt.get("answer_type").asString()).isEqualTo("Extractive");
        assertThat(excerpt.get("answer").asString()).isEqualTo("Only 1,690 jobs.");
    }

    // ---- claim text ------------------------------------------------------------------------------------------

    @Test
    void the_claim_is_the_sentence_holding_the_quote_when_there_is_no_restatement() {
        long c = checked("1,960", "STATISTIC", "TRUE", "ok");
        source(c, "https://stats.example.org/jobs", "Jobs table", "1,960 jobs", "SUPPORTS");
        String sentence = "The ministry reported 1,960 new jobs in January.";
        JsonNode f = fever().getFirst();
        assertThat(f.get("claim").asString()).isEqualTo(sentence);
        assertThat(f.get("quote").asString()).isEqualTo("1,960");
        JsonNode a = json.readTree(export(ExportFormat.AVERITEC)).get(0);
        assertThat(a.get("claim").asString()).isEqualTo(sentence);
        assertThat(a.get("factmark").get("quote").asString()).isEqualTo("1,960");
        JsonNode r = json.readTree(export(ExportFormat.CLAIMREVIEW)).get("@graph").get(0);
        assertThat(r.get("claimReviewed").asString()).isEqualTo(sentence);
        assertThat(r.get("factmark:quote").asString()).isEqualTo("1,960");
    }

    @Test
    void the_claim_is_the_restatement_when_there_is_one() {
        long c = checked("1,960", "STATISTIC", "TRUE", "ok");
        source(c, "https://stats.example.org/jobs", "Jobs table", "1,960 jobs", "SUPPORTS");
        jdbc.update("update claims set restatement = ? where id = ?", "The ministry created 1,960 jobs in January 2026.", c);
        assertThat(fever().getFirst().get("claim").asString()).isEqualTo("The ministry created 1,960 jobs in January 2026.");
        assertThat(json.readTree(export(ExportFormat.CLAIMREVIEW)).get("@graph").get(0).get("claimReviewed").asString())
                .isEqualTo("The ministry created 1,960 jobs in January 2026.");
    }

    // ---- Web Annotation --------------------------------------------------------------------------------------

    @Test
    void a_source_title_survives_json_ld_expansion() throws Exception {
        long c = checked("1,960", "STATISTIC", "TRUE", "ok");
        source(c, "https://stats.example.org/jobs", "Jobs table", "1,960 jobs", "SUPPORTS");
        var expanded = ExportConformanceTest.expand(export(ExportFormat.WEB_ANNOTATION));
        assertThat(expanded.toString()).contains("\"http://purl.org/dc/terms/title\":[{\"@value\":\"Jobs table\"}]");
    }

    @Test
    void the_json_ld_check_rejects_a_term_the_w3c_context_does_not_define() {
        String old = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"urn:x:1\",\"type\":\"Annotation\","
                + "\"body\":{\"type\":\"SpecificResource\",\"source\":{\"id\":\"https://e.org/\",\"title\":\"T\"}},\"target\":\"https://e.org/a\"}";
        assertThatThrownBy(() -> ExportConformanceTest.expand(old.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("title");
    }

    // ---- ClaimReview -----------------------------------------------------------------------------------------

    @Test
    void claimreview_names_organisations_as_organisations_and_people_by_display_name() {
        long kremlin = checked("exports rose", "OTHER", "FALSE", "No.");
        jdbc.update("update claims set claimant = 'Kremlin' where id = ?", kremlin);
        long putin = checked("trade would double", "PREDICTION", "UNVERIFIABLE", "Too early.");
        jdbc.update("update claims set claimant = 'Vladimir Putin' where id = ?", putin);
        JsonNode graph = json.readTree(export(ExportFormat.CLAIMREVIEW)).get("@graph");
        assertThat(graph.get(0).get("itemReviewed").get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(graph.get(1).get("itemReviewed").get("author").get("@type").asString()).isEqualTo("Person");
        JsonNode r = graph.get(0);
        assertThat(r.get("author").get("name").asString()).isEqualTo("Factmark");
        List<String> contributors = new ArrayList<>();
        r.get("contributor").forEach(p -> contributors.add(p.get("name").asString()));
        assertThat(contributors).containsExactly("Alice Annotator", "Bob Reviewer");
        assertThat(r.get("reviewRating").get("name").asString()).isEqualTo("False");
        assertThat(r.get("itemReviewed").get("firstAppearance").get("url").asString()).isEqualTo("https://news.example.org/findings");
        assertThat(r.get("itemReviewed").get("appearance").get(0).get("headline").asString()).startsWith("Findings");
    }

    @Test
    void claimreview_leaves_out_claims_without_verdict_and_dates_every_review() {
        fx.claim(article, "1,960", "STATISTIC", "DRAFT", "alice");
        long inReview = fx.claim(article, "exports rose", "OTHER", "IN_REVIEW", "alice");
        fx.verdict(inReview, "alice", "MOSTLY_TRUE", "Roughly.");
        JsonNode graph = json.readTree(export(ExportFormat.CLAIMREVIEW)).get("@graph");
        assertThat(graph.size()).isEqualTo(1);
        assertThat(graph.get(0).get("datePublished").asString()).isEqualTo("2026-03-01");
        assertThat(graph.get(0).get("creativeWorkStatus").asString()).isEqualTo("Draft");
        assertThat(graph.get(0).has("reviewRating")).isTrue();
    }
}
