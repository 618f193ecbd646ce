package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.factmark.base.CodePoints;
import org.factmark.claim.ClaimStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The XLSX export read back with Apache POI: cell types, values, header, frozen row, sheets. */
@SpringBootTest
@WithMockUser(username = "carol", roles = "REVIEWER")
class XlsxExportTest {
    // the seed article 003 holds the combining mark: "n̈" is n + U+0308
    static final String BODY = """
            TRUE is what the minister said.
            Inflation was 0.8% in May.
            It happened on January 19 again.
            The plant has 1,960 workers.
            =1+1 looks like a formula.
            🇵🇱 exports 👨‍👩‍👧 grew, said 佐藤健一 of Sen̈tra AG.""";
    static final String[] QUOTES = {"TRUE", "0.8%", "January 19", "1,960", "=1+1",
            "🇵🇱 exports 👨‍👩‍👧 grew, said 佐藤健一 of Sen̈tra AG."};

    @Autowired
    ExportService exports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    ExportFixtures fx;
    long article;
    long[] claims;

    @BeforeEach
    void data() {
        fx = new ExportFixtures(jdbc);
        article = fx.article("XLSX", "https://news.example.org/xlsx", BODY);
        claims = new long[QUOTES.length];
        for (int i = 0; i < QUOTES.length; i++) {
            claims[i] = fx.checkedClaim(article, QUOTES[i], "STATISTIC", i == 0 ? "TRUE" : "FALSE", "Rationale " + QUOTES[i]);
        }
    }

    private XSSFWorkbook export(ExportFilter filter) throws IOException {
        var out = new ByteArrayOutputStream();
        exports.export(filter, ExportFormat.XLSX, out, null);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private ExportFilter onlyThisArticle() {
        return new ExportFilter(ClaimStatus.CHECKED, article, null, null, null, null);
    }

    @Test
    void text_that_spreadsheets_would_guess_stays_a_string_cell_with_the_exact_value() throws IOException {
        try (XSSFWorkbook wb = export(onlyThisArticle())) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(QUOTES.length);
            int quote = CsvDatasetWriter.COLUMNS.indexOf("quote");
            int rating = CsvDatasetWriter.COLUMNS.indexOf("rating");
            String body = fx.body(article);
            for (int i = 0; i < QUOTES.length; i++) {
                Row row = sheet.getRow(i + 1);
                Cell q = row.getCell(quote);
                assertThat(q.getCellType()).as("quote %s", QUOTES[i]).isEqualTo(CellType.STRING);
                assertThat(q.getStringCellValue()).isEqualTo(QUOTES[i]);
                assertThat(q.getCellStyle().getDataFormatString()).isEqualTo("@");
                assertThat(row.getCell(rating).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(rating).getStringCellValue()).isEqualTo(i == 0 ? "TRUE" : "FALSE");
                Cell rationale = row.getCell(CsvDatasetWriter.COLUMNS.indexOf("rationale"));
                assertThat(rationale.getCellType()).isEqualTo(CellType.STRING);
                assertThat(rationale.getStringCellValue()).isEqualTo("Rationale " + QUOTES[i]);
                // ids and code point offsets are numbers; body[start:end] is the quote, unchanged (no apostrophe)
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(claims[i]);
                assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(article);
                int start = (int) row.getCell(CsvDatasetWriter.COLUMNS.indexOf("start")).getNumericCellValue();
                int end = (int) row.getCell(CsvDatasetWriter.COLUMNS.indexOf("end")).getNumericCellValue();
                assertThat(CodePoints.slice(body, start, end)).isEqualTo(QUOTES[i]);
                assertThat(row.getCell(CsvDatasetWriter.COLUMNS.indexOf("checked_at")).getStringCellValue())
                        .isEqualTo("2026-03-01T10:30:00Z");
                assertThat(row.getCell(CsvDatasetWriter.COLUMNS.indexOf("source_urls")).getStringCellValue())
                        .isEqualTo("https://stats.example.org/" + claims[i]);
            }
            // no cell anywhere is a formula, boolean or error
            for (Row row : sheet) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
                }
            }
        }
    }

    @Test
    void the_multilingual_seed_article_keeps_every_character_of_every_quote() throws IOException {
        long seed = CheckThatExportTest.goldClaimsOnSeedArticle003(fx, exports, json);
        String body = fx.body(seed);
        try (XSSFWorkbook wb = export(new ExportFilter(ClaimStatus.CHECKED, seed, null, null, null, null))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(exports.count(new ExportFilter(ClaimStatus.CHECKED, seed, null, null, null, null)));
            List<String> quotes = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String quote = row.getCell(CsvDatasetWriter.COLUMNS.indexOf("quote")).getStringCellValue();
                int start = (int) row.getCell(CsvDatasetWriter.COLUMNS.indexOf("start")).getNumericCellValue();
                int end = (int) row.getCell(CsvDatasetWriter.COLUMNS.indexOf("end")).getNumericCellValue();
                assertThat(quote).isEqualTo(CodePoints.slice(body, start, end));
                quotes.add(quote);
            }
            assertThat(quotes).contains("whose stylised name uses an n̈", "Kenichi Satō (佐藤健一)", "“الرقائق هي النفط الجديد”")
                    .anyMatch(q -> q.startsWith("🇯🇵 exports rose 12.4%"));
        }
    }

    @Test
    void the_header_row_holds_the_csv_columns_and_is_frozen() throws IOException {
        try (XSSFWorkbook wb = export(onlyThisArticle())) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            for (Cell c : sheet.getRow(0)) header.add(c.getStringCellValue());
            assertThat(header).isEqualTo(CsvDatasetWriter.COLUMNS);
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
        }
    }

    @Test
    void past_the_row_limit_of_a_sheet_the_claims_continue_on_the_next_sheet_with_the_same_header() throws IOException {
        var out = new ByteArrayOutputStream();
        XlsxDatasetWriter writer = new XlsxDatasetWriter(out, 2);
        writer.begin();
        var a = new ClaimRow.Article(7, "T", null, null, null, "en", null, null, false, null, null);
        for (int i = 1; i <= 5; i++) {
            writer.claim(new ClaimRow(i, a, 0, 1, "q" + i, null, null, "OTHER", null, null, "CHECKED", "alice", null,
                    null, null, null, Instant.EPOCH, null, null, null, null, List.of(), List.of(), List.of(), List.of(), null));
        }
        writer.end();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(1)).isEqualTo("claims 2");
            List<Long> ids = new ArrayList<>();
            for (Sheet s : wb) {
                assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("claim_id");
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                for (int r = 1; r <= s.getLastRowNum(); r++) ids.add((long) s.getRow(r).getCell(0).getNumericCellValue());
            }
            assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
        }
        assertThat(XlsxDatasetWriter.MAX_CLAIMS_PER_SHEET).isEqualTo(1_048_575);
    }

    @Test
    void text_longer_than_a_cell_holds_is_cut_at_a_code_point_and_says_so() {
        String longText = "😀".repeat(20_000);
        String fitted = XlsxDatasetWriter.fit(longText);
        assertThat(fitted.length()).isLessThanOrEqualTo(XlsxDatasetWriter.MAX_CELL_CHARS);
        assertThat(fitted).endsWith(XlsxDatasetWriter.TRUNCATED);
        String kept = fitted.substring(0, fitted.length() - XlsxDatasetWriter.TRUNCATED.length());
        assertThat(kept.codePoints().allMatch(c -> c == "😀".codePointAt(0))).isTrue();
        assertThat(XlsxDatasetWriter.fit("short")).isEqualTo("short");
    }

    @Test
    void the_temporary_files_are_deleted_after_the_export() throws IOException {
        File poiTemp = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        int before = count(poiTemp);
        try (XSSFWorkbook wb = export(onlyThisArticle())) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(QUOTES.length);
        }
        assertThat(count(poiTemp)).isEqualTo(before);
    }

    private static int count(File dir) {
        String[] names = dir.list();
        return names == null ? 0 : names.length;
    }
}
