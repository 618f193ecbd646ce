package org.factmark.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** REST: {@code GET /api/admin/backup} (ADMIN) answers a consistent backup of the running database as a zip. */
@RestController
class BackupController {
    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @GetMapping("/api/admin/backup")
    ResponseEntity<StreamingResponseBody> backup() throws java.io.IOException {
        // made in the request thread (where the caller's roles are checked), then streamed
        Path zip = backups.backupFile();
        StreamingResponseBody body = out -> {
            try {
                Files.copy(zip, out);
            } finally {
                BackupService.deleteQuietly(zip);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(Files.size(zip))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(BackupService.fileName(Instant.now())).build().toString())
                .body(body);
    }
}
