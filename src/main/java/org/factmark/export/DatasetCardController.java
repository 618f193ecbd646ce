package org.factmark.export;

import java.util.Locale;
import org.factmark.base.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: {@code GET /api/export/card?format=...&<the export's filters>&as=markdown|json} — the dataset card of the
 * export those parameters would download (any logged-in user). Markdown by default, as an attachment named after the
 * export ({@code factmark-csv-checked-2026-11-27.csv.card.md}); JSON inline. Bad parameters: 400 naming the field.
 */
@RestController
@RequestMapping("/api/export")
class DatasetCardController {
    private final ExportService exports;
    private final DatasetCardService cards;

    DatasetCardController(ExportService exports, DatasetCardService cards) {
        this.exports = exports;
        this.cards = cards;
    }

    @GetMapping("/card")
    ResponseEntity<String> card(@RequestParam(required = false) String format,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String article,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) String rating,
                                @RequestParam(required = false) String annotator,
                                @RequestParam(required = false, name = "as") String as) {
        ExportFormat f = ExportFormat.parse(format == null ? "csv" : format);
        ExportFilter filter = ExportFilter.parse(status, article, from, to, rating, annotator);
        String kind = as == null || as.isBlank() ? "markdown" : as.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("markdown") && !kind.equals("md") && !kind.equals("json")) {
            throw new InvalidInputException("as", "as: use markdown (the default) or json; got '" + as + "'.");
        }
        exports.validate(filter);
        DatasetCardService.DatasetCard card = cards.card(filter, f);
        if (kind.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(cards.json(card));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(cardFileName(card.fileName())).build().toString())
                .body(DatasetCardService.markdown(card));
    }

    static String cardFileName(String exportFileName) {
        return exportFileName + ".card.md";
    }
}
