package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factmark.base.CodePoints;
import org.factmark.claim.ClaimStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CheckThat!-style sentence dataset, on the multilingual seed article 003 and on small articles of its own. */
@SpringBootTest
@WithMockUser(username = "carol", roles = "REVIEWER")
class CheckThatExportTest {
    @Autowired
    ExportService exports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    ExportFixtures fx;
    long seed;
    String seedBody;

    /** One exported line: id, text, label. */
    record Line(String id, String text, String label) {
    }

    @BeforeEach
    void goldClaimsOnTheSeedArticle() throws IOException {
        fx = new ExportFixtures(jdbc);
        seed = goldClaimsOnSeedArticle003(fx, exports, json);
        seedBody = fx.body(seed);
    }

    /**
     * A new article with the body of seed article 003 (emoji, CJK, RTL, combining marks) and its gold claims, CHECKED;
     * returns its id. A copy, so that other test classes' claims on the seed article itself do not interfere.
     */
    static long goldClaimsOnSeedArticle003(ExportFixtures fx, ExportService exports, JsonMapper json) throws IOException {
        String seedBody = fx.body(fx.seedArticle("Japan and Poland sign semiconductor pact"));
        long seed = fx.article("Copy of seed 003", "https://news.example.org/seed-003", seedBody);
        JsonNode gold;
        try (InputStream in = CheckThatExportTest.class.getResourceAsStream("/seed-data/gold/003_japan-poland-chip-pact.json")) {
            gold = json.readTree(in);
        }
        for (JsonNode g : gold) {
            String quote = g.get("quote").asString();
            String prefix = g.path("prefix").asString("");
            int at = seedBody.indexOf(prefix + quote);
            int start = CodePoints.fromUtf16(seedBody, at + prefix.length());
            long c = fx.claimAt(seed, start, start + CodePoints.length(quote), g.get("type").asString(), "IN_REVIEW", "alice");
            fx.approve(c, fx.verdict(c, "alice", "FALSE", "checked"), "bob", ExportFixtures.T0.plusHours(2));
        }
        return seed;
    }

    private List<Line> export(ExportFilter filter) {
        var out = new ByteArrayOutputStream();
        exports.export(filter, ExportFormat.CHECKTHAT, out, null);
        String tsv = out.toString(StandardCharsets.UTF_8);
        assertThat(tsv).startsWith("Sentence_id\tText\tclass_label\n").doesNotContain("\r");
        List<Line> lines = new ArrayList<>();
        for (String l : tsv.substring(tsv.indexOf('\n') + 1).split("\n")) {
            String[] f = l.split("\t", -1);
            assertThat(f).as("three tab-separated fields: %s", l).hasSize(3);
            lines.add(new Line(f[0], f[1], f[2]));
        }
        return lines;
    }

    @Test
    void every_sentence_of_the_seed_article_is_written_once_in_order_with_its_id_and_a_label_matching_the_claims() {
        List<Line> lines = export(new ExportFilter(ClaimStatus.CHECKED, seed, null, null, null, null));
        List<int[]> claims = jdbc.query("select start_offset, end_offset from claims where article_id = ? and status = 'CHECKED'",
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, seed);
        assertThat(claims).isNotEmpty();
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            assertThat(l.id()).isEqualTo(seed + "-" + (i + 1));
            // each sentence is found in the body after the previous one: nothing reordered, nothing invented
            int at = seedBody.indexOf(l.text(), from);
            assertThat(at).as("sentence %s in the body after offset %d", l.text(), from).isGreaterThanOrEqualTo(from);
            // only white space is skipped between sentences: nothing of the body is lost
            assertThat(seedBody.substring(from, at)).isBlank();
            int start = CodePoints.fromUtf16(seedBody, at);
            int end = start + CodePoints.length(l.text());
            boolean overlaps = claims.stream().anyMatch(c -> c[0] < end && c[1] > start);
            assertThat(l.label()).as("label of %s", l.text()).isEqualTo(overlaps ? "Yes" : "No");
            from = at + l.text().length();
        }
        assertThat(seedBody.substring(from)).isBlank();
        // the title line ends at its paragraph break although it has no full stop
        assertThat(lines.get(0).text()).isEqualTo(seedBody.lines().findFirst().orElseThrow());
        assertThat(lines).extracting(Line::label).contains("Yes", "No");
        assertThat(lines).anyMatch(l -> l.text().contains("Sen̈tra AG") && l.text().contains("n̈ borrowed"));
        assertThat(lines).anyMatch(l -> l.text().equals("The company said the plant would create 2,300 direct jobs "
                + "and start production by 2028.") && l.label().equals("Yes"));
        assertThat(lines).anyMatch(l -> l.text().startsWith("Not everyone is convinced.") && l.label().equals("No"));
    }

    @Test
    void tabs_and_line_breaks_inside_a_sentence_become_spaces() {
        long a = fx.article("Tabs", "https://news.example.org/tabs", "He said\tthis\u2028and that. Clean one.\r\nLast\u000Bline.");
        fx.checkedClaim(a, "Clean one.", "OTHER", "TRUE", "ok");
        List<Line> lines = export(new ExportFilter(ClaimStatus.CHECKED, a, null, null, null, null));
        assertThat(lines).containsExactly(
                new Line(a + "-1", "He said this", "No"),
                new Line(a + "-2", "and that.", "No"),
                new Line(a + "-3", "Clean one.", "Yes"),
                new Line(a + "-4", "Last", "No"),
                new Line(a + "-5", "line.", "No"));
    }

    @Test
    void the_status_filter_picks_which_claims_make_a_sentence_check_worthy() {
        long a = fx.article("Status", "https://news.example.org/status", "Prices rose 5% in May. Wages fell 2%. It rained.");
        fx.checkedClaim(a, "Prices rose 5%", "STATISTIC", "TRUE", "ok");
        fx.claim(a, "Wages fell 2%", "STATISTIC", "DRAFT", "alice");
        assertThat(export(new ExportFilter(ClaimStatus.CHECKED, a, null, null, null, null))).extracting(Line::label)
                .containsExactly("Yes", "No", "No");
        assertThat(export(new ExportFilter(null, a, null, null, null, null))).extracting(Line::label)
                .containsExactly("Yes", "Yes", "No");
        assertThat(export(new ExportFilter(ClaimStatus.DRAFT, a, null, null, null, null))).extracting(Line::label)
                .containsExactly("No", "Yes", "No");
    }

    @Test
    void article_and_date_filters_choose_the_articles() {
        long a = fx.article("Dates", "https://news.example.org/dates", "Checked on the first of March. Another.");
        fx.checkedClaim(a, "Checked on the first of March.", "OTHER", "TRUE", "ok");
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(export(new ExportFilter(ClaimStatus.CHECKED, a, day, day, null, null))).extracting(Line::id)
                .containsExactly(a + "-1", a + "-2");
        var out = new ByteArrayOutputStream();
        exports.export(new ExportFilter(ClaimStatus.CHECKED, a, day.plusDays(1), null, null, null), ExportFormat.CHECKTHAT, out, null);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Sentence_id\tText\tclass_label\n");
        // without an article filter, every article with a matching claim is included, each once, in id order
        List<Line> all = export(ExportFilter.CHECKED);
        assertThat(all).anyMatch(l -> l.id().equals(a + "-1")).anyMatch(l -> l.id().equals(seed + "-1"));
        List<Long> articleIds = all.stream().map(l -> Long.parseLong(l.id().substring(0, l.id().indexOf('-')))).distinct().toList();
        assertThat(articleIds).isSorted();
    }

    @Test
    void sentences_are_split_with_the_rules_of_the_article_language() {
        assertThat(CheckThatExport.locale("de")).isEqualTo(Locale.GERMAN);
        assertThat(CheckThatExport.locale(null)).isEqualTo(Locale.ROOT);
        List<CheckThatExport.Sentence> ja = CheckThatExport.sentences(9, "輸出が増えた。価格は下がった。", Locale.JAPANESE, List.of());
        assertThat(ja).extracting(CheckThatExport.Sentence::text).containsExactly("輸出が増えた。", "価格は下がった。");
        assertThat(ja).extracting(CheckThatExport.Sentence::start).containsExactly(0, 7);
    }
}
