package org.factmark.export;

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
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export speed, printed as a table (no timed assertions): `./mvnw -Pbench verify -Dtest=ExportBenchmark`.
 * Generates 100k and 1M claims in file databases under target/bench-export, then times, side by side in the same
 * run, our streamed CSV export and H2's own CSVWRITE of the same rows and columns, and finally the command-line
 * export of 1M claims in a child JVM with -Xmx256m.
 */
@Tag("bench")
class ExportBenchmark {
    static final Path DIR = Path.of("target", "bench-export");

    record Figure(String what, long rows, double seconds, long bytes) {
    }

    @Test
    void csv_export_against_h2_csvwrite() throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (int claims : new int[] {100_000, 1_000_000}) {
            Path dir = DIR.resolve("db-" + claims);
            long g0 = System.nanoTime();
            String url = DatasetGenerator.generate(dir, claims, 200);
            figures.add(new Figure("generate " + claims + " claims (SQL)", claims, secs(g0), 0));
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser("sa");
            ExportService service = new ExportService(ds, JsonMapper.builder().build(), "https://factmark.example/claim/{id}");
            for (int round = 1; round <= 2; round++) {
                for (ExportFilter filter : new ExportFilter[] {ExportFilter.CHECKED, ExportFilter.ALL}) {
                    String label = filter.statusLabel() + " (round " + round + ")";
                    figures.add(csvwrite(url, dir.resolve("h2.csv"), filter, "H2 CSVWRITE " + label));
                    figures.add(ours(service, dir.resolve("ours.csv"), filter, "Factmark CSV " + label));
                }
            }
            if (claims == 1_000_000) {
                for (ExportFormat f : new ExportFormat[] {ExportFormat.JSONL, ExportFormat.WEB_ANNOTATION}) {
                    long t0 = System.nanoTime();
                    Path out = dir.resolve("ours." + f.extension());
                    long n;
                    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                        n = service.export(ExportFilter.CHECKED, f, o, null, false).claims();
                    }
                    figures.add(new Figure("Factmark " + f.id() + " checked", n, secs(t0), Files.size(out)));
                }
                figures.add(cli(url, dir.resolve("cli.csv")));
            }
        }
        System.out.println();
        System.out.println("| what | rows | seconds | MB | rows/s |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (Figure f : figures) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %s | %s |%n", f.what(), f.rows(), f.seconds(),
                    f.bytes() > 0 ? String.format(Locale.ROOT, "%.1f", f.bytes() / 1e6) : "",
                    f.seconds() > 0 && f.bytes() > 0 ? String.format(Locale.ROOT, "%,.0f", f.rows() / f.seconds()) : "");
        }
        System.out.println();
    }

    private static Figure ours(ExportService service, Path out, ExportFilter filter, String label) throws Exception {
        long t0 = System.nanoTime();
        long n;
        try (OutputStream o = Files.newOutputStream(out)) {
            n = service.export(filter, ExportFormat.CSV, o, null, false).claims();
        }
        return new Figure(label, n, secs(t0), Files.size(out));
    }

    /** The same rows and columns as our CSV, written by H2 itself: the near-physical limit of reading them. */
    static Figure csvwrite(String url, Path out, ExportFilter filter, String label) throws Exception {
        String query = """
                select c.id claim_id, c.article_id, a.title article_title, a.url article_url, c.quote,
                       c.start_offset "start", c.end_offset "end", c.claim_type, v.rating, v.rationale,
                       (select listagg(s.url, ' ') within group (order by s.id) from sources s where s.claim_id = c.id) source_urls,
                       au.username annotator, ru.username reviewer, c.status, c.checked_at, c.claimant, c.restatement, c.created_at
                from claims c join articles a on a.id = c.article_id left join verdicts v on v.id = c.verdict_id
                join users au on au.id = c.author_id left join users ru on ru.id = c.checked_by_id"""
                + (filter.status() != null ? " where c.status = '" + filter.status().name() + "'" : "") + " order by c.id";
        Files.deleteIfExists(out);
        long t0 = System.nanoTime();
        long n;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             var rs = s.executeQuery("call csvwrite('" + out.toAbsolutePath() + "', '" + query.replace("'", "''")
                     + "', 'charset=UTF-8')")) {
            rs.next();
            n = rs.getLong(1);
        }
        return new Figure(label, n, secs(t0), Files.size(out));
    }

    /** `java -Xmx256m ... export --format csv` of all checked claims in a child JVM, with its peak RSS when measurable. */
    private static Figure cli(String url, Path out) throws Exception {
        List<String> cmd = new ArrayList<>();
        boolean time = Files.isExecutable(Path.of("/usr/bin/time"));
        if (time) cmd.addAll(List.of("/usr/bin/time", "-f", "maxrss_kb=%M"));
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), "org.factmark.Application",
                "export", "--format", "csv", "--status", "CHECKED", "--output", out.toString(), "--spring.datasource.url=" + url));
        Path log = out.resolveSibling("cli.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        p.waitFor(10, TimeUnit.MINUTES);
        double s = secs(t0);
        String output = Files.readString(log);
        String summary = output.lines().filter(l -> l.startsWith("exported") || l.startsWith("maxrss") || l.startsWith("factmark:"))
                .reduce((a, b) -> a + "; " + b).orElse(output);
        long rows = output.lines().filter(l -> l.startsWith("exported")).map(l -> Long.parseLong(l.split(" ")[1])).findFirst().orElse(-1L);
        return new Figure("CLI -Xmx256m exit " + p.exitValue() + " (whole process: " + summary + ")", rows, s,
                Files.exists(out) ? Files.size(out) : 0);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
