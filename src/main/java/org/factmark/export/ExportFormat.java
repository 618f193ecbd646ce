package org.factmark.export;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.factmark.base.InvalidInputException;

/** The export formats, by the id used in REST (`format=`), the CLI (`--format`) and the UI. */
public enum ExportFormat {
    CSV("csv", "CSV (spreadsheets)", "text/csv; charset=UTF-8", "csv"),
    JSONL("jsonl", "JSON Lines (lossless, re-importable)", "application/x-ndjson", "jsonl"),
    WEB_ANNOTATION("web-annotation", "W3C Web Annotation (JSON-LD)", "application/ld+json", "jsonld"),
    CLAIMREVIEW("claimreview", "schema.org ClaimReview (JSON-LD)", "application/ld+json", "jsonld"),
    FEVER("fever", "FEVER-style JSON Lines", "application/x-ndjson", "jsonl"),
    AVERITEC("averitec", "AVeriTeC-style JSON", "application/json", "json"),
    XLSX("xlsx", "Excel workbook (XLSX, every text cell as text)",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CHECKTHAT("checkthat", "CheckThat!-style sentences, check-worthy Yes/No (TSV)",
            "text/tab-separated-values; charset=UTF-8", "tsv");

    private final String id;
    private final String label;
    private final String contentType;
    private final String extension;

    ExportFormat(String id, String label, String contentType, String extension) {
        this.id = id;
        this.label = label;
        this.contentType = contentType;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Parses a format id; throws {@link InvalidInputException} on field "format" naming the valid ids. */
    public static ExportFormat parse(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("format", "format: give one of " + ids() + ".");
        }
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "format: unknown format '" + id + "'; use one of " + ids() + "."));
    }

    public static String ids() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
