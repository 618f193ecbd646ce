package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.factmark.claim.ClaimStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@WithMockUser(username = "carol", roles = "REVIEWER")
class DatasetCardTest {
    @Autowired
    DatasetCardService cards;
    @Autowired
    ExportService exports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;

    ExportFixtures fx;
    long article;

    @BeforeEach
    void data() {
        fx = new ExportFixtures(jdbc);
        article = fx.article("Card", "https://news.example.org/card",
                "Prices rose 5% in May. Wages fell 2%. Rents doubled. Nobody knows why. It rained.");
        fx.checkedClaim(article, "Prices rose 5%", "STATISTIC", "TRUE", "ok");
        fx.checkedClaim(article, "Wages fell 2%", "STATISTIC", "FALSE", "no");
        fx.checkedClaim(article, "Rents doubled", "STATISTIC", "FALSE", "no");
        fx.claim(article, "Nobody knows why", "OTHER", "DRAFT", "alice");
    }

    private ExportFilter all() {
        return new ExportFilter(null, article, null, null, null, null);
    }

    @Test
    void counts_per_label_follow_the_format_mapping_and_name_claims_without_a_verdict() {
        assertThat(cards.card(all(), ExportFormat.FEVER).counts())
                .containsExactly(Map.entry("SUPPORTS", 1L), Map.entry("REFUTES", 2L), Map.entry(DatasetCardService.NO_VERDICT, 1L));
        assertThat(cards.card(all(), ExportFormat.AVERITEC).counts())
                .containsExactly(Map.entry("Supported", 1L), Map.entry("Refuted", 2L), Map.entry(DatasetCardService.NO_VERDICT, 1L));
        var csv = cards.card(all(), ExportFormat.CSV);
        assertThat(csv.counts()).containsExactly(Map.entry("TRUE", 1L), Map.entry("FALSE", 2L), Map.entry(DatasetCardService.NO_VERDICT, 1L));
        assertThat(csv.total()).isEqualTo(exports.count(all())).isEqualTo(4);
        assertThat(csv.unit()).isEqualTo("claims");
        var checked = cards.card(new ExportFilter(ClaimStatus.CHECKED, article, null, null, null, null), ExportFormat.CLAIMREVIEW);
        assertThat(checked.counts()).containsExactly(Map.entry("ratingValue 5 (True)", 1L), Map.entry("ratingValue 1 (False)", 2L));
        assertThat(checked.mapping()).containsEntry("UNVERIFIABLE", "no ratingValue (Unverifiable)").hasSize(7);
        assertThat(checked.filters()).containsExactly(Map.entry("status", "CHECKED"), Map.entry("article", Long.toString(article)));
    }

    @Test
    void the_checkthat_card_counts_the_sentences_the_export_labels_yes_and_no() {
        var filter = new ExportFilter(ClaimStatus.CHECKED, article, null, null, null, null);
        var card = cards.card(filter, ExportFormat.CHECKTHAT);
        var out = new ByteArrayOutputStream();
        exports.export(filter, ExportFormat.CHECKTHAT, out, null);
        String tsv = out.toString(StandardCharsets.UTF_8);
        long yes = tsv.lines().filter(l -> l.endsWith("\tYes")).count();
        long no = tsv.lines().filter(l -> l.endsWith("\tNo")).count();
        assertThat(card.counts()).containsExactly(Map.entry("Yes", yes), Map.entry("No", no));
        assertThat(yes).isEqualTo(3);
        assertThat(no).isEqualTo(2);
        assertThat(card.unit()).isEqualTo("sentences");
        assertThat(card.mapping()).isEmpty();
    }

    @Test
    void markdown_and_json_say_what_when_which_version_filters_counts_mapping_and_licence() {
        var filter = new ExportFilter(ClaimStatus.CHECKED, article, null, null, null, null);
        var licensed = new DatasetCardService(dataSource, json, "CC BY 4.0 | Example Desk");
        var card = licensed.card(filter, ExportFormat.FEVER);
        assertThat(card.exportedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        String md = DatasetCardService.markdown(card);
        assertThat(md).startsWith("# Dataset card: factmark-fever-checked-")
                .contains("| Format | `fever` — FEVER")
                .contains("| Exported by | Factmark ")
                .contains("| Filters | status=CHECKED, article=" + article + " |")
                .contains("| Items | 3 claims |")
                .contains("| Licence | CC BY 4.0 \\| Example Desk |")
                .contains("| SUPPORTS | 1 |", "| REFUTES | 2 |")
                .contains("| MISLEADING | NOT ENOUGH INFO |");
        JsonNode j = json.readTree(licensed.json(card));
        assertThat(j.get("format").asString()).isEqualTo("fever");
        assertThat(j.get("licence").asString()).isEqualTo("CC BY 4.0 | Example Desk");
        assertThat(j.get("counts").get("REFUTES").asLong()).isEqualTo(2);
        assertThat(j.get("total").asLong()).isEqualTo(3);
        assertThat(j.get("rating_mapping").get("TRUE").asString()).isEqualTo("SUPPORTS");
        assertThat(j.get("filters").get("article").asString()).isEqualTo(Long.toString(article));
        assertThat(j.get("factmark_version").asString()).isNotBlank();
    }

    @Test
    void without_a_configured_licence_the_card_says_so() {
        assertThat(cards.card(all(), ExportFormat.CSV).licence()).isEqualTo(DatasetCardService.DEFAULT_LICENCE)
                .contains("factmark.export.licence");
        assertThat(new DatasetCardService(dataSource, json, " ").card(all(), ExportFormat.CSV).licence())
                .isEqualTo(DatasetCardService.DEFAULT_LICENCE);
    }
}
