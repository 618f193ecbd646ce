package org.factmark.startup;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up: time from launching the JVM to the first 200 from the API (demo user alice), plain {@code java -jar
 * target/factmark.jar} against the documented optimised launch ({@code java -XX:AOTCache=target/aot/factmark.aot
 * -Dspring.aot.enabled=true -jar target/aot/factmark.jar}: the JDK's AOT cache and Spring AOT, prepared by {@code ./mvnw -Paot-cache -DskipTests package}), side by side and
 * interleaved in the same run, on a fresh database and again on the database the first start left (docs/performance.md).
 * <p>
 * {@code ./mvnw -Pbench verify -Dtest=StartupBenchmark} (after the aot-cache package); {@code -Dbench.rounds=3}.
 */
@Tag("bench")
class StartupBenchmark {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path PLAIN_JAR = TARGET.resolve("factmark.jar");
    static final Path AOT_JAR = TARGET.resolve("aot/factmark.jar");
    static final Path AOT_CACHE = TARGET.resolve("aot/factmark.aot");
    static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds");

    record Run(long firstOkMillis, double startedSeconds) {
    }

    @Test
    void plain_jar_against_the_aot_cache_launch() throws Exception {
        assumeTrue(Files.isRegularFile(PLAIN_JAR), "no target/factmark.jar: run ./mvnw -Paot-cache -DskipTests package first");
        assumeTrue(Files.isRegularFile(AOT_JAR) && Files.isRegularFile(AOT_CACHE),
                "no target/aot/factmark.aot: run ./mvnw -Paot-cache -DskipTests package first (JDK 25+)");
        int rounds = Integer.getInteger("bench.rounds", 3);
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (String variant : List.of("plain java -jar", "AOT cache")) {
                Path dir = Files.createTempDirectory("factmark-startup");
                try {
                    runs.computeIfAbsent(variant + ", fresh database", k -> new ArrayList<>()).add(start(variant, dir));
                    runs.computeIfAbsent(variant + ", existing database", k -> new ArrayList<>()).add(start(variant, dir));
                } finally {
                    deleteTree(dir);
                }
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Start-up to the first 200 from GET /api/articles (alice), median of %d, %d cores, load %.1f%n",
                rounds, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| launch | first 200 (median ms) | all runs (ms) | \"Started in\" (median s) | vs plain |");
        System.out.println("| --- | ---: | --- | ---: | ---: |");
        for (var e : runs.entrySet()) {
            String db = e.getKey().substring(e.getKey().indexOf(", ") + 2);
            long plain = median(runs.get("plain java -jar, " + db).stream().map(Run::firstOkMillis).toList());
            long m = median(e.getValue().stream().map(Run::firstOkMillis).toList());
            double started = e.getValue().stream().map(Run::startedSeconds).sorted().toList().get(e.getValue().size() / 2);
            System.out.printf(Locale.ROOT, "| %s | %,d | %s | %.2f | %.2fx |%n", e.getKey(), m,
                    e.getValue().stream().map(r -> String.valueOf(r.firstOkMillis())).toList(), started, (double) m / plain);
        }
        System.out.println();
    }

    private static Run start(String variant, Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        if (variant.startsWith("AOT")) {
            cmd.addAll(List.of("-XX:AOTCache=" + AOT_CACHE, "-XX:AOTMode=on", "-Dspring.aot.enabled=true", "-jar",
                    AOT_JAR.toString()));
        } else {
            cmd.addAll(List.of("-jar", PLAIN_JAR.toString()));
        }
        cmd.addAll(List.of("--factmark.demo=true", "--server.port=" + port));
        Path log = dir.resolve("server-" + variant.replaceAll("\\W", "") + "-" + System.nanoTime() + ".log");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles?size=1"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:demo".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(5)).build();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = t0 + TimeUnit.MINUTES.toNanos(5);
            int status = -1;
            while (System.nanoTime() < deadline && p.isAlive()) {
                try {
                    status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    status = -1;
                }
                if (status == 200) break;
                if (status != -1) throw new AssertionError(variant + ": the API answered " + status + " before 200 (see " + log + ")");
                Thread.sleep(20);
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            if (status != 200) throw new AssertionError(variant + " did not answer 200: " + Files.readString(log));
            Thread.sleep(300);
            Matcher m = STARTED.matcher(Files.readString(log));
            return new Run(ms, m.find() ? Double.parseDouble(m.group(1)) : Double.NaN);
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        }
    }

    static long median(List<Long> xs) {
        List<Long> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
