package org.factmark.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV: one row per claim, RFC 4180 (CRLF, fields quoted when needed), UTF-8 with an optional BOM, header row with
 * stable snake_case names. Text cells that a spreadsheet would read as a formula are neutralised (OWASP).
 */
final class CsvDatasetWriter implements DatasetWriter {
    static final List<String> COLUMNS = List.of("claim_id", "article_id", "article_title", "article_url", "quote",
            "start", "end", "claim_type", "rating", "rationale", "source_urls", "annotator", "reviewer", "status",
            "checked_at", "claimant", "restatement", "created_at");

    private final OutputStream raw;
    private final boolean bom;
    private final BufferedWriter out;
    private CSVPrinter csv;

    CsvDatasetWriter(OutputStream out, boolean bom) {
        this.raw = out;
        this.bom = bom;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void begin() throws IOException {
        if (bom) out.write('\uFEFF');
        csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(COLUMNS);
    }

    @Override
    public void claim(ClaimRow r) throws IOException {
        csv.print(r.id());
        csv.print(r.article().id());
        text(r.article().title());
        text(r.article().url());
        text(r.quote());
        csv.print(r.start());
        csv.print(r.end());
        text(r.claimType());
        text(r.rating());
        text(r.rationale());
        text(sourceUrls(r));
        text(r.annotator());
        text(r.reviewer());
        text(r.status());
        text(time(r.checkedAt()));
        text(r.claimant());
        text(r.restatement());
        text(time(r.createdAt()));
        csv.println();
    }

    private static String sourceUrls(ClaimRow r) {
        if (r.sources().isEmpty()) return "";
        if (r.sources().size() == 1) return r.sources().get(0).url();
        StringBuilder b = new StringBuilder();
        for (ClaimRow.SourceRow s : r.sources()) {
            if (!b.isEmpty()) b.append(' ');
            b.append(s.url());
        }
        return b.toString();
    }

    private static String time(Instant t) {
        return t == null ? "" : t.toString();
    }

    private void text(String s) throws IOException {
        csv.print(neutralise(s));
    }

    /** OWASP CSV injection: a cell starting with = + - @ tab CR or LF gets a leading apostrophe. */
    static String neutralise(String s) {
        if (s == null || s.isEmpty()) return "";
        char c = s.charAt(0);
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + s;
            default -> s;
        };
    }

    @Override
    public void end() throws IOException {
        csv.flush();
        out.flush();
        raw.flush();
    }
}
