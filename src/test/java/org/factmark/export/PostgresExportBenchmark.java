package org.factmark.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factmark.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export speed on PostgreSQL, printed as a table (no timed assertions):
 * {@code ./mvnw -Pbench verify -Dtest=PostgresExportBenchmark} (PostgreSQL from FACTMARK_TEST_PG_URL, see
 * docs/postgresql.md; {@code -Dbench.claims=100000} for fewer claims). Generates the claims once in the schema
 * {@code fmbench_<claims>} (kept, reused while it holds that many claims), then times side by side in the same run
 * our streamed CSV export and PostgreSQL's own {@code COPY (query) TO STDOUT (FORMAT csv)} of the same rows and
 * columns in the same order, read by pgjdbc's CopyManager into a file: the near-limit of reading them.
 */
@Tag("bench")
class PostgresExportBenchmark {
    static final Path DIR = Path.of("target", "bench-export-pg");

    record Figure(String what, long rows, double seconds, long bytes) {
    }

    @Test
    void csv_export_against_postgresql_copy() throws Exception {
        assumeTrue(PostgresTestDatabase.reachable(), "no PostgreSQL reachable at " + PostgresTestDatabase.url());
        int claims = Integer.getInteger("bench.claims", 1_000_000);
        String schema = "fmbench_" + claims;
        String url = PostgresTestDatabase.urlFor(schema);
        String user = PostgresTestDatabase.user();
        String password = PostgresTestDatabase.password();
        Files.createDirectories(DIR);
        List<Figure> figures = new ArrayList<>();
        if (!holds(url, user, password, schema, claims)) {
            try (Connection c = PostgresTestDatabase.connect(); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
                s.execute("create schema " + schema);
            }
            long g0 = System.nanoTime();
            DatasetGenerator.generatePostgres(url, user, password, claims, 200);
            figures.add(new Figure("generate " + claims + " claims (SQL)", claims, secs(g0), 0));
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        ExportService service = new ExportService(ds, JsonMapper.builder().build(), "https://factmark.example/articles/{articleId}/claims/{id}", "Factmark", "");
        for (int round = 1; round <= 2; round++) {
            for (ExportFilter filter : new ExportFilter[] {ExportFilter.CHECKED, ExportFilter.ALL}) {
                String label = filter.statusLabel() + " (round " + round + ")";
                figures.add(copy(url, user, password, DIR.resolve("copy.csv"), filter, "PostgreSQL COPY " + label));
                figures.add(ours(service, DIR.resolve("ours.csv"), filter, "Factmark CSV " + label));
            }
        }
        System.out.println();
        System.out.println("PostgreSQL export, " + claims + " claims");
        System.out.println("| what | rows | seconds | MB | rows/s |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (Figure f : figures) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %s | %s |%n", f.what(), f.rows(), f.seconds(),
                    f.bytes() > 0 ? String.format(Locale.ROOT, "%.1f", f.bytes() / 1e6) : "",
                    f.seconds() > 0 && f.bytes() > 0 ? String.format(Locale.ROOT, "%,.0f", f.rows() / f.seconds()) : "");
        }
        System.out.println();
    }

    private static boolean holds(String url, String user, String password, String schema, int claims) {
        try (Connection c = PostgresTestDatabase.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from pg_namespace where nspname = '" + schema + "'")) {
            rs.next();
            if (rs.getLong(1) == 0) return false;
            return DatasetGenerator.count(url, user, password, "select count(*) from claims") == claims;
        } catch (Exception e) {
            return false;
        }
    }

    private static Figure ours(ExportService service, Path out, ExportFilter filter, String label) throws Exception {
        long t0 = System.nanoTime();
        long n;
        try (OutputStream o = Files.newOutputStream(out)) {
            n = service.export(filter, ExportFormat.CSV, o, null, false).claims();
        }
        return new Figure(label, n, secs(t0), Files.size(out));
    }

    /** The same rows and columns as our CSV, in the same order, written by PostgreSQL's COPY. */
    static Figure copy(String url, String user, String password, Path out, ExportFilter filter, String label) throws Exception {
        String query = """
                select c.id claim_id, c.article_id, a.title article_title, a.url article_url, c.quote,
                       c.start_offset "start", c.end_offset "end", c.claim_type, v.rating, v.rationale,
                       (select string_agg(s.url, ' ' order by s.id) from sources s where s.claim_id = c.id) source_urls,
                       au.username annotator, ru.username reviewer, c.status, c.checked_at, c.claimant, c.restatement, c.created_at
                from claims c join articles a on a.id = c.article_id left join verdicts v on v.id = c.verdict_id
                join users au on au.id = c.author_id left join users ru on ru.id = c.checked_by_id"""
                + (filter.status() != null ? " where c.status = '" + filter.status().name() + "'" : "") + " order by c.id";
        long t0 = System.nanoTime();
        long n;
        try (Connection c = DriverManager.getConnection(url, user, password);
             OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            n = c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + query + ") to stdout (format csv, header)", o);
        }
        return new Figure(label, n, secs(t0), Files.size(out));
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
