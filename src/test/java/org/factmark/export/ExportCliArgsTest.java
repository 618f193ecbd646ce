package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.Rating;
import org.junit.jupiter.api.Test;

class ExportCliArgsTest {

    @Test
    void export_options_and_filters_are_parsed() {
        var cmd = ExportCli.parse(new String[] {"export", "--format", "csv", "--output", "checked.csv", "--status", "ALL",
                "--article", "7", "--from", "2026-01-01", "--to=2026-01-31", "--rating", "false", "--annotator", "alice",
                "--bom", "--spring.datasource.url=jdbc:h2:file:./x"});
        assertThat(cmd.verb()).isEqualTo("export");
        assertThat(cmd.opt("output")).isEqualTo("checked.csv");
        assertThat(cmd.flag("bom")).isTrue();
        assertThat(cmd.springArgs()).containsExactly("--spring.datasource.url=jdbc:h2:file:./x");
        assertThat(ExportCli.filter(cmd.options())).isEqualTo(new ExportFilter(null, 7L, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), Rating.FALSE, "alice"));
    }

    @Test
    void status_defaults_to_checked() {
        var cmd = ExportCli.parse(new String[] {"export", "--format", "jsonl", "--output", "-"});
        assertThat(ExportCli.filter(cmd.options()).status()).isEqualTo(ClaimStatus.CHECKED);
        assertThat(cmd.flag("bom")).isFalse();
    }

    @Test
    void missing_or_unknown_options_name_the_problem() {
        assertThatThrownBy(() -> ExportCli.parse(new String[] {"export", "--output", "x.csv"}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--format");
        assertThatThrownBy(() -> ExportCli.parse(new String[] {"export", "--format", "csv"}))
                .hasMessageContaining("--output");
        assertThatThrownBy(() -> ExportCli.parse(new String[] {"export", "--format", "pdf", "--output", "x"}))
                .hasMessageContaining("unknown format 'pdf'");
        assertThatThrownBy(() -> ExportCli.parse(new String[] {"export", "--format", "csv", "--output", "x", "--colour", "red"}))
                .hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> ExportCli.parse(new String[] {"export", "--format", "csv", "--output"}))
                .hasMessageContaining("--output needs a value");
        assertThatThrownBy(() -> ExportCli.parse(new String[] {"export", "--format", "csv", "--output", "x", "--from", "May"}))
                .hasMessageContaining("from:");
        assertThatThrownBy(() -> ExportCli.parse(new String[] {"import"})).hasMessageContaining("--input");
    }

    @Test
    void bad_arguments_print_the_usage_and_exit_with_2_without_starting_spring() {
        var err = new ByteArrayOutputStream();
        int code = ExportCli.run(new String[] {"export", "--format", "csv"}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--output FILE is required", "Usage:", "web-annotation");
    }

    @Test
    void only_export_and_import_select_the_command_line() {
        assertThat(ExportCli.handles(new String[] {"export"})).isTrue();
        assertThat(ExportCli.handles(new String[] {"import"})).isTrue();
        assertThat(ExportCli.handles(new String[] {})).isFalse();
        assertThat(ExportCli.handles(new String[] {"--server.port=9000"})).isFalse();
    }
}
