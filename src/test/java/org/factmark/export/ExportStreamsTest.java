package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The export streams: a lossless (JSON Lines) export of {@value #CLAIMS} claims, larger than the heap in
 * size, succeeds through the command line in a JVM limited to {@value #HEAP}.
 */
class ExportStreamsTest {
    static final int CLAIMS = 80_000;
    static final String HEAP = "-Xmx64m";

    @Test
    void a_large_export_runs_in_a_small_heap() throws Exception {
        Path dir = Path.of("target", "export-streams");
        String url = DatasetGenerator.generate(dir, CLAIMS, 100);
        Path out = dir.resolve("all.jsonl");
        Path log = dir.resolve("cli.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+ExitOnOutOfMemoryError", "-Xshare:off", "-cp", System.getProperty("java.class.path"),
                "org.factmark.Application", "export", "--format", "jsonl", "--status", "ALL", "--output", out.toString(),
                "--spring.datasource.url=" + url));
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
