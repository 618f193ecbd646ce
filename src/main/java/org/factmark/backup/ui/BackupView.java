package org.factmark.backup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.factmark.backup.BackupService;

/** Admin view: download a consistent backup of the running database (restore: docs/backup.md). */
@Route("admin/backup")
@PageTitle("Backup · Factmark")
// without the role: the in-app "No access" page (403), also in production mode
@com.vaadin.flow.server.auth.AccessDeniedErrorRouter
@RolesAllowed("ADMIN")
public class BackupView extends VerticalLayout {

    public BackupView(BackupService backups) {
        add(new H2("Backup"));
        add(new Paragraph("A backup is a consistent copy of the whole database as it is at the moment you click: "
                + "articles, claims with their history, accounts and the audit trail. Writing goes on meanwhile. "
                + "Restore it into a fresh instance with: java -jar factmark.jar restore --input <file>"));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            Path zip = backups.backupFile();
            InputStream in = Files.newInputStream(zip, StandardOpenOption.DELETE_ON_CLOSE);
            return new DownloadResponse(in, BackupService.fileName(Instant.now()), "application/zip", Files.size(zip));
        }), "Download backup");
        download.setId("backup-download");
        download.getElement().setAttribute("download", true);
        download.setEnabled(backups.available());
        add(download);
        if (!backups.available()) {
            add(new Paragraph("Online backup needs the H2 file database; on PostgreSQL use pg_dump (docs/backup.md)."));
        }
    }
}
