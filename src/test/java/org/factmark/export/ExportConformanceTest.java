package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.factmark.base.CodePoints;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each format on the seed data (demo articles and demo claims, every workflow state), with status ALL and CHECKED,
 * checked as the field's own tool reads it: FEVER's scorer (strict score of the export as its own prediction),
 * AVeriTeC's eval.py (complete records), a JSON-LD processor (Titanium, offline W3C context: nothing dropped) plus
 * the W3C test-suite validator for Web Annotation, and Google's required and recommended ClaimReview properties.
 */
@SpringBootTest(properties = "factmark.demo.claims=true")
@WithMockUser(username = "carol", roles = "REVIEWER")
class ExportConformanceTest {
    @Autowired
    ExportService exports;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private byte[] export(ExportFormat format, String status) {
        var out = new ByteArrayOutputStream();
        exports.export(ExportFilter.parse(status, null, null, null, null, null), format, out, null);
        // kept for running the fields' own tools by hand (fever-scorer, AVeriTeC eval.py, a JSON-LD playground)
        try {
            Path dir = Files.createDirectories(Path.of("target", "conformance"));
            Files.write(dir.resolve(format.id() + "-" + status.toLowerCase(java.util.Locale.ROOT) + "." + format.extension()), out.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<JsonNode> lines(byte[] jsonl) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) out.add(json.readTree(line));
        }
        return out;
    }

    private long claimsWithVerdict(String status) {
        return jdbc.queryForObject("select count(*) from claims where verdict_id is not null"
                + (status.equals("ALL") ? "" : " and status = '" + status + "'"), Long.class);
    }

    private long claims(String status) {
        return jdbc.queryForObject("select count(*) from claims" + (status.equals("ALL") ? "" : " where status = '" + status + "'"), Long.class);
    }

    // ---- CSV and JSON Lines ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"ALL", "CHECKED"})
    void csv_is_rfc_4180_with_every_column_in_every_row(String status) throws IOException {
        String csv = new String(export(ExportFormat.CSV, status), StandardCharsets.UTF_8);
        var records = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv)).getRecords();
        assertThat(records.getFirst().toList()).isEqualTo(CsvDatasetWriter.COLUMNS);
        assertThat((long) records.size() - 1).isEqualTo(claims(status)).isPositive();
        records.forEach(r -> assertThat(r.size()).isEqualTo(CsvDatasetWriter.COLUMNS.size()));
        assertThat(csv).contains("\r\n");
    }

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"ALL", "CHECKED"})
    void json_lines_hold_one_typed_object_per_line_and_every_claim(String status) {
        List<JsonNode> lines = lines(export(ExportFormat.JSONL, status));
        assertThat(lines.getFirst().get("type").asString()).isEqualTo("header");
        lines.forEach(l -> assertThat(l.get("type").asString()).isIn("header", "user", "article", "claim"));
        assertThat(lines.stream().filter(l -> l.get("type").asString().equals("claim")).count()).isEqualTo(claims(status));
    }

    // ---- FEVER -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"ALL", "CHECKED"})
    void fever_export_scored_as_its_own_prediction_gets_strict_score_one(String status) {
        List<JsonNode> records = lines(export(ExportFormat.FEVER, status));
        assertThat(records).isNotEmpty();
        List<FeverScorer.Instance> scored = new ArrayList<>();
        for (JsonNode r : records) {
            assertThat(r.get("label").asString()).isIn("SUPPORTS", "REFUTES", "NOT ENOUGH INFO");
            assertThat(r.get("claim").asString()).isNotBlank();
            List<List<Object>> predicted = new ArrayList<>();
            for (JsonNode set : r.get("evidence")) {
                for (JsonNode e : set) {
                    assertThat(e.size()).as("[annotation_id, evidence_id, page, line]").isEqualTo(4);
                    if (!e.get(2).isNull()) {
                        assertThat(e.get(2).isString()).as("page is a string").isTrue();
                        assertThat(e.get(3).isInt()).as("line is an int").isTrue();
                        predicted.add(List.of(e.get(2).asString(), e.get(3).asInt()));
                    }
                }
            }
            scored.add(new FeverScorer.Instance(r.get("label").asString(), FeverScorer.evidence(r.get("evidence")),
                    r.get("label").asString(), predicted));
        }
        FeverScorer.Score score = FeverScorer.score(scored);
        assertThat(score.strict()).isEqualTo(1.0);
        assertThat(score.accuracy()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"ALL", "CHECKED"})
    void fever_has_no_unlabelled_claims_and_only_agreeing_evidence(String status) {
        for (JsonNode r : lines(export(ExportFormat.FEVER, status))) {
            long id = r.get("id").asLong();
            assertThat(jdbc.queryForObject("select verdict_id from claims where id = ?", Long.class, id))
                    .as("claim %d has a verdict", id).isNotNull();
            String label = r.get("label").asString();
            if (label.equals("NOT ENOUGH INFO")) continue;
            String stance = label.equals("SUPPORTS") ? "SUPPORTS" : "REFUTES";
            for (JsonNode set : r.get("evidence")) {
                long sourceId = set.get(0).get(1).asLong();
                assertThat(jdbc.queryForObject("select stance from sources where id = ?", String.class, sourceId))
                        .as("evidence of a %s claim", label).isEqualTo(stance);
            }
        }
    }

    // ---- AVeriTeC --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"ALL", "CHECKED"})
    void averitec_records_are_complete_as_eval_py_reads_them(String status) {
        JsonNode doc = json.readTree(export(ExportFormat.AVERITEC, status));
        assertThat(doc.isArray()).isTrue();
        assertThat((long) doc.size()).isEqualTo(claimsWithVerdict(status)).isPositive();
        Set<String> claimTypes = Set.of("Speculative Claim", "Numerical Claim", "Position Statement",
                "Quote Verification", "Event/Property Claim", "Causal Claim", "Doctored Media Identification",
                "Complex Media Claim");
        for (JsonNode o : doc) {
            assertThat(o.get("label").asString()).isIn("Supported", "Refuted", "Not Enough Evidence",
                    "Conflicting Evidence/Cherrypicking");
            assertThat(o.get("justification").isString()).isTrue();
            assertThat(o.get("justification").asString()).isNotBlank();
            assertThat(o.get("claim").asString()).isNotBlank();
            assertThat(o.get("claim_types").size()).isPositive();
            o.get("claim_types").forEach(t -> assertThat(t.asString()).isIn(claimTypes));
            // eval.py: reweight_term = 1 / len(tgt_questions) -> ZeroDivisionError on an empty list
            assertThat(o.get("questions").size()).as("questions of %s", o.get("claim")).isPositive();
            for (JsonNode q : o.get("questions")) {
                assertThat(q.get("question").asString()).isNotBlank();
                assertThat(q.get("answers").isArray()).isTrue();
                for (JsonNode a : q.get("answers")) {
                    assertThat(a.get("answer").isString()).isTrue();
                    String type = a.get("answer_type").asString();
                    assertThat(type).isIn("Extractive", "Abstractive", "Boolean", "Unanswerable");
                    if (type.equals("Boolean")) assertThat(a.get("boolean_explanation").isString()).isTrue();
                    if (type.equals("Extractive")) {
                        Long withExcerpt = jdbc.queryForObject("select count(*) from sources where claim_id = ? and excerpt = ?",
                                Long.class, o.get("factmark").get("claim_id").asLong(), a.get("answer").asString());
                        assertThat(withExcerpt).as("an Extractive answer is a source excerpt").isPositive();
                    }
                }
            }
        }
    }

    // ---- W3C Web Annotation ----------------------------------------------------------------------------------

    /** Loads only the bundled copy of the W3C annotation context: no network at test time. */
    static final DocumentLoader OFFLINE = (url, options) -> {
        if (!url.toString().equals(WebAnnotationWriter.CONTEXT)) {
            throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
        }
        try (InputStream in = ExportConformanceTest.class.getResourceAsStream("/export/w3c-anno.jsonld")) {
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    };

    static JsonArray expand(byte[] doc) throws JsonLdError {
        JsonLdOptions options = new JsonLdOptions(OFFLINE);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        return JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(doc))).options(options).get();
    }

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"ALL", "CHECKED"})
    void web_annotation_expands_as_json_ld_without_dropping_a_property(String status) throws Exception {
        byte[] doc = export(ExportFormat.WEB_ANNOTATION, status);
        JsonArray expanded = expand(doc);
        Map<String, String> terms = W3cContext.terms();
        Set<String> compactKeys = new HashSet<>();
        collectKeys(json.readTree(doc), compactKeys);
        Set<String> iris = new HashSet<>();
        collectIris(expanded, iris);
        for (String key : compactKeys) {
            String iri = W3cContext.expand(key, terms);
            assertThat(iri).as("term %s is defined by the W3C context or a declared prefix", key).isNotNull();
            assertThat(iris).as("%s (%s) survives expansion", key, iri).contains(iri);
        }
        long titles = json.readTree(doc).findValues("dcterms:title").size();
        assertThat(titles).as("source titles in the export").isPositive();
        assertThat(countValues(expanded, "http://purl.org/dc/terms/title")).isEqualTo(titles);
    }

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"ALL", "CHECKED"})
    void web_annotation_passes_the_w3c_test_suite_validator(String status, @TempDir Path dir) throws Exception {
        Path validator = Path.of("..", "shared", "conformance", "validate-web-annotation.py").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(validator),
                "W3C conformance validator not found at " + validator + " (../shared/conformance next to the project): skipped");
        Assumptions.assumeTrue(runs(dir, "python3", "-c", "import jsonschema, referencing") == 0,
                "python3 with the jsonschema package is not available: skipped");
        byte[] doc = export(ExportFormat.WEB_ANNOTATION, status);
        int items = json.readTree(doc).get("first").get("items").size();
        Path file = dir.resolve("annotations.jsonld");
        Files.write(file, doc);
        Path log = dir.resolve("validator.log");
        Process p = new ProcessBuilder("python3", validator.toString(), file.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains(items + " passed, 0 failed");
    }

    // ---- ClaimReview -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"ALL", "CHECKED"})
    void claimreview_has_googles_required_and_recommended_properties(String status) {
        JsonNode graph = json.readTree(export(ExportFormat.CLAIMREVIEW, status)).get("@graph");
        assertThat((long) graph.size()).isEqualTo(claimsWithVerdict(status)).isPositive();
        for (JsonNode r : graph) {
            // required
            assertThat(r.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(r.get("url").asString()).startsWith("http");
            assertThat(r.get("claimReviewed").asString()).isNotBlank();
            JsonNode rating = r.get("reviewRating");
            assertThat(rating.get("@type").asString()).isEqualTo("Rating");
            assertThat(rating.get("alternateName").asString()).isNotBlank();
            // recommended
            assertThat(rating.get("name").asString()).isNotBlank();
            if (rating.has("ratingValue")) {
                assertThat(rating.get("ratingValue").asInt()).isBetween(rating.get("worstRating").asInt(), rating.get("bestRating").asInt());
            }
            assertThat(r.get("author").get("@type").asString()).isEqualTo("Organization");
            assertThat(r.get("author").get("name").asString()).isNotBlank();
            assertThat(r.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            JsonNode claim = r.get("itemReviewed");
            assertThat(claim.get("@type").asString()).isEqualTo("Claim");
            for (JsonNode work : List.of(claim.get("firstAppearance"), claim.get("appearance").get(0))) {
                assertThat(work.get("@type").asString()).isEqualTo("CreativeWork");
                assertThat(work.get("url").asString()).isNotBlank();
                assertThat(work.get("headline").asString()).isNotBlank();
            }
            if (claim.has("author")) {
                assertThat(claim.get("author").get("@type").asString()).isIn("Person", "Organization");
                assertThat(claim.get("author").get("name").asString()).isNotBlank();
            }
            if (r.has("contributor")) {
                r.get("contributor").forEach(p -> assertThat(p.get("name").asString()).isNotIn("alice", "bob", "carol"));
            }
            JsonNode pos = r.get("factmark:textPosition");
            String body = jdbc.queryForObject("select body from articles where id = ?", String.class, pos.get("articleId").asLong());
            assertThat(CodePoints.slice(body, pos.get("start").asInt(), pos.get("end").asInt())).isEqualTo(r.get("factmark:quote").asString());
        }
    }

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"ALL", "CHECKED"})
    void annotations_reviews_and_claims_never_share_an_id(String status) {
        Set<String> annotationIds = new HashSet<>();
        json.readTree(export(ExportFormat.WEB_ANNOTATION, status)).get("first").get("items")
                .forEach(a -> annotationIds.add(a.get("id").asString()));
        Set<String> reviewIds = new HashSet<>();
        Set<String> claimIds = new HashSet<>();
        json.readTree(export(ExportFormat.CLAIMREVIEW, status)).get("@graph").forEach(r -> {
            reviewIds.add(r.get("@id").asString());
            claimIds.add(r.get("itemReviewed").get("@id").asString());
        });
        assertThat(annotationIds).isNotEmpty().allMatch(id -> id.startsWith("urn:factmark:annotation:"));
        assertThat(reviewIds).isNotEmpty().allMatch(id -> id.startsWith("urn:factmark:claimreview:"));
        assertThat(claimIds).isNotEmpty().allMatch(id -> id.startsWith("urn:factmark:claim:"));
        assertThat(annotationIds).doesNotContainAnyElementsOf(reviewIds).doesNotContainAnyElementsOf(claimIds);
        assertThat(reviewIds).doesNotContainAnyElementsOf(claimIds);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static void collectKeys(JsonNode n, Set<String> keys) {
        if (n.isArray()) {
            n.forEach(c -> collectKeys(c, keys));
        } else if (n.isObject()) {
            for (var e : n.properties()) {
                if (e.getKey().equals("@context")) continue;
                keys.add(e.getKey());
                collectKeys(e.getValue(), keys);
            }
        }
    }

    private static void collectIris(JsonValue v, Set<String> iris) {
        if (v instanceof JsonArray a) {
            a.forEach(c -> collectIris(c, iris));
        } else if (v instanceof JsonObject o) {
            for (var e : o.entrySet()) {
                iris.add(e.getKey());
                collectIris(e.getValue(), iris);
            }
        }
    }

    private static long countValues(JsonValue v, String iri) {
        long n = 0;
        if (v instanceof JsonArray a) {
            for (JsonValue c : a) n += countValues(c, iri);
        } else if (v instanceof JsonObject o) {
            for (var e : o.entrySet()) {
                if (e.getKey().equals(iri)) n += e.getValue() instanceof JsonArray a ? a.size() : 1;
                n += countValues(e.getValue(), iri);
            }
        }
        return n;
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
