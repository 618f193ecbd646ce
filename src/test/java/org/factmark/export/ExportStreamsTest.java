package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factmark.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The export streams: a lossless (JSON Lines) export of {@value #CLAIMS} claims, larger than the heap in
 * size, succeeds through the command line in a JVM limited to {@value #HEAP}. In the PostgreSQL test run the
 * claims are in a fresh PostgreSQL schema (a cursor there needs autocommit off and a fetch size; without them
 * pgjdbc reads the whole result into the heap).
 */
class ExportStreamsTest {
    static final int CLAIMS = 80_000;
    static final String HEAP = "-Xmx64m";

    @Test
    void a_large_export_runs_in_a_small_heap() throws Exception {
        Path dir = Path.of("target", "export-streams");
        Files.createDirectories(dir);
        List<String> database = new ArrayList<>();
        String schema = null;
        if (PostgresTestDatabase.active()) {
            schema = PostgresTestDatabase.createSchema();
            String url = PostgresTestDatabase.urlFor(schema);
            DatasetGenerator.generatePostgres(url, PostgresTestDatabase.user(), PostgresTestDatabase.password(), CLAIMS, 100);
            database.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresTestDatabase.user(),
                    "--spring.datasource.password=" + PostgresTestDatabase.password()));
        } else {
            database.add("--spring.datasource.url=" + DatasetGenerator.generate(dir, CLAIMS, 100));
        }
        try {
            exportsInASmallHeap(dir, database);
        } finally {
            if (schema != null) PostgresTestDatabase.dropSchema(schema);
        }
    }

    private static void exportsInASmallHeap(Path dir, List<String> database) throws Exception {
        Path out = dir.resolve("all.jsonl");
        Path log = dir.resolve("cli.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+ExitOnOutOfMemoryError", "-Xshare:off", "-cp", System.getProperty("java.class.path"),
                "org.factmark.Application", "export", "--format", "jsonl", "--status", "ALL", "--output", out.toString()));
        cmd.addAll(database);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("export finished").isTrue();
        String output = Files.readString(log);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("exported " + CLAIMS + " claims");
        long claimLines = 0;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) if (line.startsWith("{\"type\":\"claim\"")) claimLines++;
        }
        assertThat(claimLines).isEqualTo(CLAIMS);
        assertThat(Files.size(out)).as("the export is much larger than the heap").isGreaterThan(64L * 1024 * 1024);
    }
}
