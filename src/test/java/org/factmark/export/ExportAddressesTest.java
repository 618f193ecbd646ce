package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** Claim addresses, download file names and the claimant heuristic: plain unit tests. */
class ExportAddressesTest {
    static ExportService service(String configured) {
        return new ExportService(null, JsonMapper.builder().build(), configured, "Factmark", "");
    }

    @Test
    void the_claim_address_defaults_to_the_address_the_request_came_in_on() {
        assertThat(service("").claimUrlTemplate("https://desk.example.org/factmark/"))
                .isEqualTo("https://desk.example.org/factmark/articles/{articleId}/claims/{id}");
    }

    @Test
    void the_configured_public_address_wins_over_the_request() {
        assertThat(service("https://facts.example.com/a/{articleId}/c/{id}").claimUrlTemplate("http://10.0.0.5:8080"))
                .isEqualTo("https://facts.example.com/a/{articleId}/c/{id}");
    }

    @Test
    void without_request_or_setting_the_command_line_uses_localhost() {
        assertThat(service("").claimUrlTemplate(null)).isEqualTo("http://localhost:8080/articles/{articleId}/claims/{id}");
    }

    @Test
    void every_format_downloads_under_its_own_file_name() {
        ExportFilter checked = ExportFilter.parse(null, null, null, null, null, null);
        Set<String> names = Arrays.stream(ExportFormat.values())
                .map(f -> ExportService.fileName(checked, f, LocalDate.of(2026, 11, 27))).collect(Collectors.toSet());
        assertThat(names).hasSize(ExportFormat.values().length);
        assertThat(ExportService.fileName(checked, ExportFormat.FEVER, LocalDate.of(2026, 11, 27)))
                .isEqualTo("factmark-fever-checked-2026-11-27.jsonl");
        assertThat(ExportService.fileName(checked, ExportFormat.JSONL, LocalDate.of(2026, 11, 27)))
                .isEqualTo("factmark-jsonl-checked-2026-11-27.jsonl");
    }

    @ParameterizedTest(name = "{0} -> organisation: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Vladimir Putin              | false
            Khalid Al-Mansouri          | false
            Kremlin                     | true
            Eurostat                    | true
            Egyptian officials          | true
            unnamed analysts            | true
            European Commission study   | true
            Japan’s Ministry of Finance | true
            Sen̈tra AG                   | true
            Egypt’s finance ministry    | true
            """)
    void a_claimant_is_a_person_only_when_it_reads_as_a_personal_name(String claimant, boolean organisation) {
        assertThat(Claimants.isOrganization(claimant)).isEqualTo(organisation);
    }
}
