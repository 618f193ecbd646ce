package org.factmark.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.sql.DataSource;
import org.factmark.base.ConflictException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Online backup of the running database (docs/backup.md, docs/decisions/061-online-backup-is-h2-backup.md): H2's
 * {@code BACKUP TO} copies the database file into a zip while the server keeps writing; the MVStore copies one
 * committed version, so the backup is transactionally consistent. It holds everything: claims and their history,
 * accounts with their password hashes, the audit trail and the schema version. {@link BackupCli} restores it.
 */
@Service
public class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;

    public BackupService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The download's file name: factmark-backup-2026-12-01T142000Z.zip */
    public static String fileName(Instant now) {
        return "factmark-backup-" + STAMP.format(now) + ".zip";
    }

    /** True when this database can be backed up online here (an H2 file database). */
    public boolean available() {
        try (Connection con = dataSource.getConnection()) {
            return h2File(con);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Writes a consistent backup (a zip) of the running database to {@code out}; returns its size in bytes. */
    @PreAuthorize("hasRole('ADMIN')")
    public long backup(OutputStream out) {
        Path zip = backupFile();
        try {
            long size = Files.copy(zip, out);
            out.flush();
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(zip);
        }
    }

    /** Writes a consistent backup of the running database to a new temporary zip file; the caller deletes it. */
    @PreAuthorize("hasRole('ADMIN')")
    public Path backupFile() {
        Path tmp = null;
        try (Connection con = dataSource.getConnection()) {
            if (!h2File(con)) {
                throw new ConflictException("Online backup works on an H2 file database; for PostgreSQL use pg_dump "
                        + "(docs/backup.md).");
            }
            tmp = Files.createTempFile("factmark-backup-", ".zip");
            Files.delete(tmp);
            try (Statement st = con.createStatement()) {
                st.execute("BACKUP TO '" + tmp.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return tmp;
        } catch (SQLException e) {
            deleteQuietly(tmp);
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }

    private static boolean h2File(Connection con) throws SQLException {
        if (!"H2".equals(con.getMetaData().getDatabaseProductName())) return false;
        String url = con.getMetaData().getURL();
        return url != null && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }
}
