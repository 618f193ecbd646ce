package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JSON Lines import checks every record as the API does, names the line and the field of the first error, and
 * imports nothing then (one transaction). Runs the command line import on a fresh H2 file database.
 */
class ImportValidationTest {
    static final String HEADER = "{\"type\":\"header\",\"format\":\"factmark-jsonl\",\"version\":1}";
    static final String USER = "{\"type\":\"user\",\"username\":\"alice\",\"display_name\":\"Alice\",\"roles\":[\"ANNOTATOR\"]}";
    static final String ARTICLE = "{\"type\":\"article\",\"id\":7,\"title\":\"Trade\",\"url\":\"https://example.org/a\","
            + "\"language\":\"en\",\"body\":\"Exports rose 12% in May.\",\"created_at\":\"2026-01-01T00:00:00Z\"}";
    static final String CLAIM = "{\"type\":\"claim\",\"id\":3,\"article_id\":7,\"start\":0,\"end\":19,"
            + "\"quote\":\"Exports rose 12% in\",\"claim_type\":\"STATISTIC\",\"status\":\"IN_REVIEW\",\"author\":\"alice\","
            + "\"created_at\":\"2026-01-01T00:00:00Z\",\"verdict_id\":11,"
            + "\"verdicts\":[{\"id\":11,\"author\":\"alice\",\"kind\":\"AUTHOR\",\"rating\":\"TRUE\",\"created_at\":\"2026-01-01T00:00:00Z\"}],"
            + "\"sources\":[{\"id\":5,\"url\":\"https://stat.example.org/may\",\"title\":\"May figures\",\"stance\":\"SUPPORTS\","
            + "\"created_by\":\"alice\",\"created_at\":\"2026-01-01T00:00:00Z\"}],"
            + "\"reviews\":[],\"comments\":[{\"id\":2,\"author\":\"alice\",\"body\":\"Checked.\",\"created_at\":\"2026-01-01T00:00:00Z\"}]}";

    @TempDir
    Path dir;

    private int importFile(List<String> lines, ByteArrayOutputStream err) throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return ExportCli.run(new String[] {"import", "--input", file.toString(),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private long rows(String table) throws Exception {
        try (Connection con = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
             Statement st = con.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void a_valid_file_imports() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(importFile(List.of(HEADER, USER, ARTICLE, CLAIM), err)).as(err::toString).isZero();
        assertThat(rows("claims")).isEqualTo(1);
        assertThat(rows("sources")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a role that does not exist     | 2 | \"ANNOTATOR\"                         | \"SUPERUSER\"                       | roles",
            "a username with spaces         | 2 | \"username\":\"alice\"                 | \"username\":\"al ice\"              | username",
            "an article address that is not http | 3 | https://example.org/a          | javascript:alert(1)                 | url",
            "a language longer than its column | 3 | \"language\":\"en\"                  | \"language\":\"en-abcdefgh-abcdefgh-abcdefgh-abcdefgh\" | language",
            "an end past the article body   | 4 | \"end\":19                           | \"end\":190                          | end",
            "a quote that is not the text at the offsets | 4 | \"quote\":\"Exports rose 12% in\" | \"quote\":\"Imports rose 12% in\" | quote",
            "an unknown claim type          | 4 | \"STATISTIC\"                        | \"RUMOUR\"                           | claim_type",
            "an unknown status              | 4 | \"IN_REVIEW\"                        | \"PUBLISHED\"                        | status",
            "an unknown rating              | 4 | \"rating\":\"TRUE\"                    | \"rating\":\"TRUISH\"                  | verdicts.rating",
            "an unknown stance              | 4 | \"SUPPORTS\"                         | \"AGREES\"                           | sources.stance",
            "a source address that is not http | 4 | https://stat.example.org/may    | ftp://stat.example.org/may          | url",
            "a verdict in force of another claim | 4 | \"verdict_id\":11                | \"verdict_id\":12                    | verdict_id",
            "a claimant longer than its column | 4 | \"author\":\"alice\",\"created_at\" | LONG                              | claimant",
            "half a surrogate pair          | 4 | Checked.                             | Checked \\ud83c                      | body",
            "a claim of an article not in the file | 4 | \"article_id\":7              | \"article_id\":8                     | article_id"})
    void a_bad_record_names_its_line_and_field_and_nothing_is_imported(String what, int line, String from, String to,
                                                                       String field) throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER, USER, ARTICLE, CLAIM));
        String original = lines.get(line - 1);
        assertThat(original).as("the test's replacement applies").contains(from);
        String replacement = to.equals("LONG") // a claimant of 201 characters; the column holds 200
                ? "\"claimant\":\"" + "x".repeat(201) + "\"," + from : to;
        lines.set(line - 1, original.replace(from, replacement));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(importFile(lines, err)).as(what).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).as(what).contains("line " + line + ": " + field);
        assertThat(rows("articles")).as("nothing imported").isZero();
        assertThat(rows("users")).as("no account created").isZero();
    }
}
