package org.factmark.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code java -jar factmark.jar restore --input factmark-backup-....zip [--spring.datasource.url=jdbc:h2:file:...]}:
 * puts a backup made by {@link BackupService} (an admin's download) in place as the database of a fresh instance.
 * The database is the one the server would use (that argument, else SPRING_DATASOURCE_URL, else the default of
 * application.properties); its file must not exist yet. Run it with the server stopped; the server's next start
 * migrates the restored database if it came from an older version. Exit codes: 0 restored, 1 failure, 2 refused.
 */
public final class BackupCli {
    public static final String USAGE = """
            Usage:
              java -jar factmark.jar restore --input BACKUP.zip [--spring.datasource.url=jdbc:h2:file:./data/factmark]
            Restores an online backup (Backup view, or GET /api/admin/backup) into a fresh H2 file database: the
            database file must not exist yet. Stop the server first; start it again afterwards.
            """;

    private BackupCli() {
    }

    /** True when the first program argument is {@code restore}. */
    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("restore");
    }

    public static int run(String[] args) {
        return run(args, System.err, System.getenv("SPRING_DATASOURCE_URL"));
    }

    static int run(String[] args, PrintStream err, String envUrl) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--input") && i + 1 < args.length) {
                opts.put("input", args[++i]);
            } else if (a.startsWith("--input=")) {
                opts.put("input", a.substring("--input=".length()));
            } else if (a.startsWith("--spring.datasource.") && a.contains("=")) {
                opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else {
                return usage(err, "unexpected argument '" + a + "'.");
            }
        }
        if (!opts.containsKey("input")) return usage(err, "--input BACKUP.zip is required.");
        Path input = Path.of(opts.get("input"));
        if (!Files.isRegularFile(input)) {
            err.println("factmark: no such file: " + input);
            return 2;
        }
        Properties defaults = defaults();
        String url = opts.getOrDefault("spring.datasource.url", envUrl != null && !envUrl.isBlank() ? envUrl
                : defaults.getProperty("spring.datasource.url"));
        String user = opts.getOrDefault("spring.datasource.username", defaults.getProperty("spring.datasource.username", "sa"));
        String password = opts.getOrDefault("spring.datasource.password", defaults.getProperty("spring.datasource.password", ""));
        Path base = h2FileBase(url);
        if (base == null) {
            err.println("factmark: restore works on an H2 file database (jdbc:h2:file:...), not " + url
                    + ". For PostgreSQL restore a pg_dump instead (docs/backup.md).");
            return 2;
        }
        Path target = Path.of(base + ".mv.db");
        if (Files.exists(target)) {
            err.println("factmark: restore needs a fresh database, but " + target + " exists. Stop the server, move that "
                    + "file away (or name another --spring.datasource.url) and run restore again.");
            return 2;
        }
        try {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            long bytes = extract(input, target);
            if (bytes < 0) {
                err.println("factmark: " + input + " is not a Factmark backup (it holds no H2 database file).");
                return 2;
            }
            String summary = verify(base, url, user, password);
            err.printf(Locale.ROOT, "restored %s into %s (%s)%n", input, target, summary);
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // reported below
            }
            err.println("factmark: restore failed: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("factmark: " + message);
        err.println();
        err.print(USAGE);
        return 2;
    }

    /** Copies the one H2 database file of the zip to {@code target}; -1 when the zip holds none. */
    private static long extract(Path zip, Path target) throws IOException {
        long bytes = -1;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory() || !e.getName().endsWith(".mv.db")) continue;
                if (bytes >= 0) throw new IOException("the backup holds more than one database file.");
                bytes = Files.copy(in, target);
            }
        } catch (java.util.zip.ZipException e) {
            Files.deleteIfExists(target);
            return -1;
        }
        return bytes;
    }

    /** Opens the restored database and counts what it holds; fails when it is not a Factmark database. */
    private static String verify(Path base, String url, String user, String password) throws SQLException {
        String settings = url.contains(";") ? url.substring(url.indexOf(';')) : "";
        try (Connection con = DriverManager.getConnection("jdbc:h2:file:" + base + settings + ";IFEXISTS=TRUE", user, password);
             Statement st = con.createStatement()) {
            long articles = count(st, "select count(*) from articles");
            long claims = count(st, "select count(*) from claims");
            long users = count(st, "select count(*) from users");
            String version;
            try (ResultSet rs = st.executeQuery("select \"version\" from \"flyway_schema_history\" "
                    + "where \"success\" order by \"installed_rank\" desc fetch first row only")) {
                version = rs.next() ? rs.getString(1) : "unknown";
            }
            return articles + " articles, " + claims + " claims, " + users + " accounts, schema version " + version;
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = BackupCli.class.getResourceAsStream("/application.properties")) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // no defaults: the arguments must name the database
        }
        return p;
    }

    /** The file path (without .mv.db) of an embedded H2 file URL, or null for any other URL. */
    static Path h2FileBase(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) return null;
        String rest = url.substring("jdbc:h2:".length());
        int semi = rest.indexOf(';');
        if (semi >= 0) rest = rest.substring(0, semi);
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.matches("^(mem|tcp|ssl|zip|split|nio|async|memFS|memLZF|nioMapped|nioMemFS|nioMemLZF):.*")) {
            return null;
        }
        if (rest.isBlank()) return null;
        if (rest.startsWith("~")) rest = System.getProperty("user.home") + rest.substring(1);
        return Path.of(rest).toAbsolutePath().normalize();
    }
}
