package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factmark.base.CodePoints;
import org.factmark.claim.ClaimStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "carol", roles = "REVIEWER")
class CsvExportTest {
    static final String BODY = """
            Sales rose 5%, "sharply", in Q1.
            A two-line claim starts here
            and ends here. Emoji: 🇵🇱 exports 👨‍👩‍👧 grew 12%.
            =SUM(A1) is a formula.
            +1 is a number.
            -2 is another.
            @x mentions someone.
            \tx starts with a tab.""";

    @Autowired
    ExportService exports;
    @Autowired
    JdbcTemplate jdbc;

    ExportFixtures fx;
    long article;
    long[] claims;

    @BeforeEach
    void data() {
        fx = new ExportFixtures(jdbc);
        article = fx.article("Golden CSV", "https://news.example.org/golden", BODY);
        claims = new long[] {
                fx.checkedClaim(article, "Sales rose 5%, \"sharply\", in Q1", "STATISTIC", "MOSTLY_TRUE", "Rationale, with \"quotes\""),
                fx.checkedClaim(article, "A two-line claim starts here\nand ends here.", "OTHER", "FALSE", "Line one\nline two"),
                fx.checkedClaim(article, "🇵🇱 exports 👨‍👩‍👧 grew 12%", "STATISTIC", "TRUE", "平成 ✓"),
                fx.checkedClaim(article, "=SUM(A1)", "OTHER", "HALF_TRUE", "=HYPERLINK(\"http://evil\")"),
                fx.checkedClaim(article, "+1", "OTHER", "TRUE", "+ok"),
                fx.checkedClaim(article, "-2", "OTHER", "TRUE", "-ok"),
                fx.checkedClaim(article, "@x", "OTHER", "TRUE", "@ok"),
                fx.checkedClaim(article, "\tx", "OTHER", "TRUE", "\tok"),
        };
        fx.source(claims[0], "https://second.example.org/a?b=1,2", "Second", "CONTEXT");
        // not checked: excluded by default
        fx.claim(article, "mentions someone", "OTHER", "DRAFT", "alice");
    }

    private String export(ExportFilter filter, boolean bom) {
        var out = new ByteArrayOutputStream();
        exports.export(filter, ExportFormat.CSV, out, null, bom);
        return out.toString(StandardCharsets.UTF_8);
    }

    private ExportFilter onlyThisArticle() {
        return new ExportFilter(ClaimStatus.CHECKED, article, null, null, null, null);
    }

    @Test
    void export_matches_the_golden_file_byte_for_byte() throws IOException {
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/export/golden.csv")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String expected = golden.replace("\r\n", "\n").replace("\n", "\r\n").replace("{article}", Long.toString(article))
                .replace("{title}", jdbc.queryForObject("select title from articles where id = ?", String.class, article));
        for (int i = 0; i < claims.length; i++) expected = expected.replace("{c" + i + "}", Long.toString(claims[i]));
        // the golden file keeps the newline inside quoted cells as LF (that is what the data holds)
        expected = expected.replace("starts here\r\nand", "starts here\nand").replace("Line one\r\nline", "Line one\nline");
        assertThat(export(onlyThisArticle(), false)).isEqualTo(expected);
    }

    /**
     * The CSV is for programs (docs/export.md, decision 073): values that a spreadsheet's CSV import would turn into
     * booleans, percentages, dates or numbers are written as the exact text, with no spreadsheet-only tricks; people
     * who open exports in a spreadsheet use the XLSX export (or LibreOffice's import with the columns set to Text).
     */
    @Test
    void spreadsheet_looking_values_are_written_as_the_exact_text() throws IOException {
        long a = fx.article("Lookalikes", "https://news.example.org/lookalikes",
                "Jobs: 1,960. Share: 0.8%. Date: January 19. Flag: TRUE.");
        long[] ids = {fx.checkedClaim(a, "1,960", "STATISTIC", "TRUE", "FALSE"),
                fx.checkedClaim(a, "0.8%", "STATISTIC", "TRUE", "0.8%"),
                fx.checkedClaim(a, "January 19", "DATE_EVENT", "TRUE", "January 19"),
                fx.checkedClaim(a, "TRUE", "OTHER", "FALSE", "TRUE")};
        String csv = export(new ExportFilter(ClaimStatus.CHECKED, a, null, null, null, null), false);
        assertThat(csv).doesNotStartWith("\uFEFF").contains(",\"1,960\",").contains(",0.8%,").contains(",January 19,")
                .doesNotContain("=\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("quote")).containsExactly("1,960", "0.8%", "January 19", "TRUE");
        assertThat(rows).extracting(r -> r.get("rating")).containsExactly("TRUE", "TRUE", "TRUE", "FALSE");
        assertThat(rows).extracting(r -> r.get("claim_id")).containsExactly(
                Long.toString(ids[0]), Long.toString(ids[1]), Long.toString(ids[2]), Long.toString(ids[3]));
    }

    @Test
    void parsed_back_with_commons_csv_every_value_equals_the_original_and_formulas_are_neutralised() throws IOException {
        String csv = export(onlyThisArticle(), false);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(claims.length);
        String body = fx.body(article);
        String[][] expected = {
                {"Sales rose 5%, \"sharply\", in Q1", "Rationale, with \"quotes\""},
                {"A two-line claim starts here\nand ends here.", "Line one\nline two"},
                {"🇵🇱 exports 👨‍👩‍👧 grew 12%", "平成 ✓"},
                {"'=SUM(A1)", "'=HYPERLINK(\"http://evil\")"},
                {"'+1", "'+ok"},
                {"'-2", "'-ok"},
                {"'@x", "'@ok"},
                {"'\tx", "'\tok"},
        };
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            assertThat(r.get("claim_id")).isEqualTo(Long.toString(claims[i]));
            assertThat(r.get("quote")).isEqualTo(expected[i][0]);
            assertThat(r.get("rationale")).isEqualTo(expected[i][1]);
            assertThat(r.get("annotator")).isEqualTo("alice");
            assertThat(r.get("reviewer")).isEqualTo("bob");
            assertThat(r.get("status")).isEqualTo("CHECKED");
            assertThat(r.get("checked_at")).isEqualTo("2026-03-01T10:30:00Z");
            assertThat(r.get("article_url")).isEqualTo("https://news.example.org/golden");
            // offsets are code points: body[start:end] is the original quote (before neutralising)
            String unneutralised = expected[i][0].startsWith("'") ? expected[i][0].substring(1) : expected[i][0];
            assertThat(CodePoints.slice(body, Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))))
                    .isEqualTo(unneutralised);
        }
        assertThat(rows.get(0).get("source_urls"))
                .isEqualTo("https://stats.example.org/" + claims[0] + " https://second.example.org/a?b=1,2");
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("claim_id", "article_id", "article_title",
                "article_url", "quote", "start", "end", "claim_type", "rating", "rationale", "source_urls", "annotator",
                "reviewer", "status", "checked_at");
    }

    @Test
    void bom_option_starts_the_file_with_a_utf8_byte_order_mark_and_only_then() {
        var with = new ByteArrayOutputStream();
        exports.export(onlyThisArticle(), ExportFormat.CSV, with, null, true);
        byte[] b = with.toByteArray();
        assertThat(new byte[] {b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(b, 3, 8, StandardCharsets.UTF_8)).isEqualTo("claim_id");
        assertThat(export(onlyThisArticle(), false)).startsWith("claim_id,");
    }

    @Test
    void status_all_includes_claims_that_are_not_checked() {
        String all = export(new ExportFilter(null, article, null, null, null, null), false);
        assertThat(all.lines().filter(l -> l.contains("mentions someone"))).hasSize(1);
        assertThat(export(onlyThisArticle(), false)).doesNotContain(",DRAFT,");
    }

    @Test
    void filters_by_rating_annotator_and_date() {
        assertThat(exports.count(new ExportFilter(ClaimStatus.CHECKED, article, null, null,
                org.factmark.claim.Rating.FALSE, null))).isEqualTo(1);
        assertThat(exports.count(new ExportFilter(ClaimStatus.CHECKED, article, null, null, null, "bob"))).isZero();
        assertThat(exports.count(new ExportFilter(ClaimStatus.CHECKED, article, null, null, null, "alice"))).isEqualTo(claims.length);
        var day = java.time.LocalDate.of(2026, 3, 1);
        assertThat(exports.count(new ExportFilter(ClaimStatus.CHECKED, article, day, day, null, null))).isEqualTo(claims.length);
        assertThat(exports.count(new ExportFilter(ClaimStatus.CHECKED, article, day.plusDays(1), null, null, null))).isZero();
        assertThat(exports.count(new ExportFilter(ClaimStatus.CHECKED, article, null, day.minusDays(1), null, null))).isZero();
    }

    @Test
    void sources_of_claims_left_out_never_attach_to_exported_neighbours() throws IOException {
        long a = fx.checkedClaim(article, "+1 is a number.", "OTHER", "TRUE", "a");
        long b = fx.claim(article, "-2 is another.", "OTHER", "DRAFT", "alice");
        fx.source(b, "https://draft.example.org/b", "Draft source", "CONTEXT");
        long c = fx.checkedClaim(article, "@x mentions someone.", "OTHER", "TRUE", "c");
        for (ExportFilter filter : List.of(ExportFilter.CHECKED, onlyThisArticle())) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(export(filter, false))).getRecords();
            assertThat(rows).noneMatch(r -> r.get("claim_id").equals(Long.toString(b)));
            assertThat(rows).filteredOn(r -> r.get("claim_id").equals(Long.toString(a)))
                    .singleElement().satisfies(r -> assertThat(r.get("source_urls")).isEqualTo("https://stats.example.org/" + a));
            assertThat(rows).filteredOn(r -> r.get("claim_id").equals(Long.toString(c)))
                    .singleElement().satisfies(r -> assertThat(r.get("source_urls")).isEqualTo("https://stats.example.org/" + c));
        }
    }
}
