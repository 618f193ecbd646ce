package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line writes XLSX and CheckThat! files and, with --card, the dataset card next to them. */
class DatasetCliTest {
    @TempDir
    Path dir;

    @Test
    void card_is_an_export_option() {
        var cmd = ExportCli.parse(new String[] {"export", "--format", "xlsx", "--output", "x.xlsx", "--card", "x.card.md"});
        assertThat(cmd.opt("card")).isEqualTo("x.card.md");
        assertThat(ExportCli.parse(new String[] {"export", "--format", "checkthat", "--output", "-"}).opt("format"))
                .isEqualTo("checkthat");
        assertThat(ExportCli.USAGE).contains("--card FILE", "xlsx", "checkthat");
    }

    @Test
    void xlsx_and_checkthat_exports_with_their_cards_on_a_fresh_database() throws Exception {
        String db = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";LAZY_QUERY_EXECUTION=1";
        var err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        Path xlsx = dir.resolve("all.xlsx");
        Path card = dir.resolve("all.xlsx.card.md");
        assertThat(ExportCli.run(new String[] {"export", "--format", "xlsx", "--status", "ALL", "--output", xlsx.toString(),
                "--card", card.toString(), db}, ps)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("claim_id");
        }
        assertThat(Files.readString(card)).contains("`xlsx`", "| Filters | status=ALL |", "| Items | 0 claims |", "| Licence |");

        Path tsv = dir.resolve("s.tsv");
        Path json = dir.resolve("s.card.json");
        assertThat(ExportCli.run(new String[] {"export", "--format", "checkthat", "--output", tsv.toString(),
                "--card", json.toString(), db}, ps)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(tsv)).isEqualTo("Sentence_id\tText\tclass_label\n");
        assertThat(Files.readString(json)).contains("\"format\":\"checkthat\"", "\"unit\":\"sentences\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exported 0 sentences", "dataset card: " + json);
    }
}
