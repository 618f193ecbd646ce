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

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** REST for the spreadsheet, the CheckThat! sentences and the dataset card. */
@SpringBootTest
class DatasetExportApiTest {
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
        article = fx.article("REST dataset", "https://news.example.org/rest-dataset", "The REST claim is here. Another sentence.");
        fx.checkedClaim(article, "The REST claim", "OTHER", "TRUE", "ok");
    }

    private MvcResult download(String format) throws Exception {
        MvcResult started = mvc.perform(get("/api/export").param("format", format).param("article", Long.toString(article))
                        .with(httpBasic("alice", "demo")))
                .andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(60_000); // a first workbook loads POI's classes: slow on a busy machine
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
    }

    @Test
    void format_xlsx_downloads_a_workbook_with_the_spreadsheet_content_type_and_file_name() throws Exception {
        MvcResult done = download("xlsx");
        assertThat(done.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(done.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"factmark-xlsx-checked-" + LocalDate.now(ZoneOffset.UTC) + ".xlsx\"");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(done.getResponse().getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(CsvDatasetWriter.COLUMNS.indexOf("quote")).getStringCellValue())
                    .isEqualTo("The REST claim");
        }
    }

    @Test
    void format_checkthat_downloads_tab_separated_sentences() throws Exception {
        MvcResult done = download("checkthat");
        assertThat(done.getResponse().getContentType().replace(" ", "")).isEqualTo("text/tab-separated-values;charset=UTF-8");
        assertThat(done.getResponse().getHeader("Content-Disposition")).endsWith(".tsv\"");
        assertThat(done.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "Sentence_id\tText\tclass_label\n" + article + "-1\tThe REST claim is here.\tYes\n" + article + "-2\tAnother sentence.\tNo\n");
    }

    @Test
    void the_dataset_card_comes_as_markdown_by_default_and_as_json_on_request() throws Exception {
        var md = mvc.perform(get("/api/export/card").param("format", "fever").param("article", Long.toString(article))
                        .with(httpBasic("alice", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + ExportService.fileName(
                        new ExportFilter(org.factmark.claim.ClaimStatus.CHECKED, article, null, null, null, null),
                        ExportFormat.FEVER, LocalDate.now(ZoneOffset.UTC)) + ".card.md\""))
                .andReturn().getResponse();
        assertThat(md.getContentType().replace(" ", "")).isEqualTo("text/markdown;charset=UTF-8");
        assertThat(md.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("| SUPPORTS | 1 |", "| Licence |");
        mvc.perform(get("/api/export/card").param("format", "checkthat").param("article", Long.toString(article))
                        .param("as", "json").with(httpBasic("alice", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.Yes").value(1))
                .andExpect(jsonPath("$.counts.No").value(1))
                .andExpect(jsonPath("$.unit").value("sentences"));
    }

    @Test
    void a_bad_card_request_gives_400_naming_the_parameter_and_needs_a_login() throws Exception {
        mvc.perform(get("/api/export/card").param("format", "csv").param("as", "pdf").with(httpBasic("alice", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("as"));
        mvc.perform(get("/api/export/card").param("format", "nope").with(httpBasic("alice", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("format"));
        mvc.perform(get("/api/export/card").param("format", "csv").param("article", "987654321").with(httpBasic("alice", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("article"));
        mvc.perform(get("/api/export/card").param("format", "csv")).andExpect(status().isUnauthorized());
    }
}
