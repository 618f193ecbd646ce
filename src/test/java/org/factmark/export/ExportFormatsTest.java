package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factmark.base.CodePoints;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every format on the emoji/CJK/RTL seed article (seed-data/articles/003_*): the anchors point at exactly the quote,
 * counted in code points, and the format-specific required fields are present.
 */
@SpringBootTest
@WithMockUser(username = "carol", roles = "REVIEWER")
class ExportFormatsTest {
    static final String[] RATINGS = {"TRUE", "MOSTLY_TRUE", "HALF_TRUE", "MISLEADING", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE"};

    @Autowired
    ExportService exports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    ExportFixtures fx;
    long article;
    String body;
    ExportFilter filter;
    int goldClaims;

    @BeforeEach
    void claimsOnTheMultilingualSeedArticle() throws IOException {
        fx = new ExportFixtures(jdbc);
        article = fx.seedArticle("Japan and Poland sign semiconductor pact");
        body = fx.body(article);
        filter = new ExportFilter(null, article, null, null, null, null);
        if (exports.count(filter) > 0) {
            goldClaims = (int) exports.count(filter);
            return;
        }
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/seed-data/gold/003_japan-poland-chip-pact.json")) {
            gold = json.readTree(in);
        }
        int i = 0;
        for (JsonNode g : gold) {
            String quote = g.get("quote").asString();
            String prefix = g.path("prefix").asString("");
            int at = body.indexOf(prefix + quote);
            assertThat(at).as("gold quote in body: %s", quote).isGreaterThanOrEqualTo(0);
            int start = CodePoints.fromUtf16(body, at + prefix.length());
            long c = fx.claimAt(article, start, start + CodePoints.length(quote), g.get("type").asString(), "IN_REVIEW", "alice");
            long v = fx.verdict(c, "alice", RATINGS[i % RATINGS.length], "Checked against “official” figures ✓");
            fx.approve(c, v, "bob", ExportFixtures.T0.plusHours(2));
            fx.source(c, "https://evidence.example.org/" + c, "Evidence " + i, "SUPPORTS");
            i++;
        }
        goldClaims = i;
    }

    private byte[] export(ExportFormat format) {
        var out = new ByteArrayOutputStream();
        exports.export(filter, format, out, null);
        return out.toByteArray();
    }

    private void assertAnchored(int start, int end, String quote) {
        assertThat(CodePoints.slice(body, start, end)).isEqualTo(quote);
    }

    @Test
    void csv_offsets_point_at_the_quote() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(export(ExportFormat.CSV), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(goldClaims);
        for (CSVRecord r : rows) {
            String quote = r.get("quote");
            String slice = CodePoints.slice(body, Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")));
            assertThat(quote).isIn(slice, "'" + slice);
        }
    }

    @Test
    void jsonl_offsets_point_at_the_quote_in_the_exported_body() {
        String body = null;
        int claims = 0;
        for (String line : new String(export(ExportFormat.JSONL), StandardCharsets.UTF_8).split("\n")) {
            JsonNode o = json.readTree(line);
            if (o.get("type").asString().equals("article")) body = o.get("body").asString();
            if (o.get("type").asString().equals("claim")) {
                claims++;
                assertThat(body).as("the article line comes before its claims").isNotNull();
                assertThat(CodePoints.slice(body, o.get("start").asInt(), o.get("end").asInt())).isEqualTo(o.get("quote").asString());
            }
        }
        assertThat(claims).isEqualTo(goldClaims);
        assertThat(body).isEqualTo(this.body);
    }

    @Test
    void web_annotation_position_selectors_match_the_quote_selectors() {
        JsonNode doc = json.readTree(export(ExportFormat.WEB_ANNOTATION));
        assertThat(doc.get("type").asString()).isEqualTo("AnnotationCollection");
        JsonNode items = doc.get("first").get("items");
        assertThat(items.size()).isEqualTo(goldClaims);
        assertThat(doc.get("total").asInt()).isEqualTo(goldClaims);
        for (JsonNode a : items) {
            JsonNode target = a.get("target");
            assertThat(target.get("source").asString()).isEqualTo("https://tech.example.net/2025/06/12/japan-poland-semiconductor-pact-lodz");
            String exact = null;
            int start = -1, end = -1;
            for (JsonNode s : target.get("selector")) {
                if (s.get("type").asString().equals("TextQuoteSelector")) exact = s.get("exact").asString();
                if (s.get("type").asString().equals("TextPositionSelector")) {
                    start = s.get("start").asInt();
                    end = s.get("end").asInt();
                }
            }
            assertAnchored(start, end, exact);
            List<String> purposes = new ArrayList<>();
            a.get("body").forEach(b -> purposes.add(b.get("purpose").asString()));
            assertThat(purposes).contains("assessing", "describing", "linking");
        }
    }

    @Test
    void claimreview_has_the_required_fields_and_anchors() {
        JsonNode doc = json.readTree(export(ExportFormat.CLAIMREVIEW));
        JsonNode graph = doc.get("@graph");
        assertThat(graph.size()).isEqualTo(goldClaims);
        boolean sawUnverifiable = false;
        for (JsonNode r : graph) {
            assertThat(r.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(r.get("url").asString()).startsWith("http");
            assertThat(r.get("claimReviewed").asString()).isNotBlank();
            String quote = r.get("factmark:quote").asString();
            JsonNode rating = r.get("reviewRating");
            assertThat(rating.get("alternateName").asString()).isNotBlank();
            if (rating.get("alternateName").asString().equals("Unverifiable")) {
                sawUnverifiable = true;
                assertThat(rating.has("ratingValue")).isFalse();
            } else {
                assertThat(rating.get("ratingValue").asInt()).isBetween(1, 5);
                assertThat(rating.get("bestRating").asInt()).isEqualTo(5);
                assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
            }
            JsonNode pos = r.get("factmark:textPosition");
            assertAnchored(pos.get("start").asInt(), pos.get("end").asInt(), quote);
            assertThat(r.get("itemReviewed").get("appearance").get(0).get("url").asString()).startsWith("https://tech.example.net/");
        }
        assertThat(sawUnverifiable).isTrue();
    }

    @Test
    void fever_lines_carry_mapped_labels_and_anchors() {
        int n = 0;
        for (String line : new String(export(ExportFormat.FEVER), StandardCharsets.UTF_8).split("\n")) {
            JsonNode o = json.readTree(line);
            assertThat(o.get("label").asString()).isIn("SUPPORTS", "REFUTES", "NOT ENOUGH INFO");
            assertThat(o.get("evidence").isArray()).isTrue();
            assertAnchored(o.get("start").asInt(), o.get("end").asInt(), o.get("quote").asString());
            n++;
        }
        // every source here supports its claim: refuted claims have no agreeing evidence and are left out
        Long notRefuted = jdbc.queryForObject("select count(*) from claims c join verdicts v on v.id = c.verdict_id "
                + "where c.article_id = ? and v.rating not in ('FALSE', 'MOSTLY_FALSE')", Long.class, article);
        assertThat((long) n).isEqualTo(notRefuted);
    }

    @Test
    void averitec_is_one_json_array_with_mapped_labels_and_anchors() {
        JsonNode doc = json.readTree(export(ExportFormat.AVERITEC));
        assertThat(doc.isArray()).isTrue();
        assertThat(doc.size()).isEqualTo(goldClaims);
        for (JsonNode o : doc) {
            assertThat(o.get("label").asString()).isIn("Supported", "Refuted", "Not Enough Evidence", "Conflicting Evidence/Cherrypicking");
            assertThat(o.get("questions").get(0).get("answers").get(0).get("source_url").asString()).startsWith("https://evidence.example.org/");
            assertAnchored(o.get("factmark").get("start").asInt(), o.get("factmark").get("end").asInt(), o.get("factmark").get("quote").asString());
        }
    }

    @Test
    void web_annotation_export_passes_the_w3c_conformance_validator(@TempDir Path dir) throws Exception {
        Path validator = Path.of("..", "shared", "conformance", "validate-web-annotation.py").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(validator),
                "W3C conformance validator not found at " + validator + " (../shared/conformance next to the project): skipped");
        Assumptions.assumeTrue(runs(dir, "python3", "-c", "import jsonschema, referencing") == 0,
                "python3 with the jsonschema package is not available: skipped");
        Path file = dir.resolve("annotations.jsonld");
        Files.write(file, export(ExportFormat.WEB_ANNOTATION));
        Path log = dir.resolve("validator.log");
        Process p = new ProcessBuilder("python3", validator.toString(), file.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains(goldClaims + " passed, 0 failed");
    }

    private static int runs(Path dir, String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("probe.log").toFile()).start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }
}
