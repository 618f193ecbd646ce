package org.factmark.export;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * REST: {@code GET /api/export?format=...&status=CHECKED|ALL&article=&from=&to=&rating=&annotator=&bom=} streams a
 * download (any logged-in user); {@code POST /api/import} loads a JSON Lines export into an empty database (ADMIN).
 * Bad parameters give 400 with {"error","field","message"} before anything is streamed.
 */
@RestController
@RequestMapping("/api")
class ExportController {
    private final ExportService exports;
    private final ImportService imports;

    ExportController(ExportService exports, ImportService imports) {
        this.exports = exports;
        this.imports = imports;
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
                                                 @RequestParam(required = false) String status,
                                                 @RequestParam(required = false) String article,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String rating,
                                                 @RequestParam(required = false) String annotator,
                                                 @RequestParam(required = false, defaultValue = "false") boolean bom) {
        ExportFormat f = ExportFormat.parse(format == null ? "csv" : format);
        ExportFilter filter = ExportFilter.parse(status, article, from, to, rating, annotator);
        exports.validate(filter);
        String name = ExportService.fileName(filter, f, LocalDate.now(ZoneOffset.UTC));
        String requestBase = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        StreamingResponseBody body = out -> exports.export(filter, f, out, null, bom, requestBase);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @PostMapping(value = "/import", consumes = {"application/x-ndjson", "application/jsonl", "application/json",
            "application/octet-stream", "text/plain"})
    ImportService.ImportResult importJsonl(InputStream in) {
        return imports.importJsonl(in);
    }
}
