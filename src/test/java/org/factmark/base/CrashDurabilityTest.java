package org.factmark.base;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real server as its own process on an H2 file database (the default URL of application.properties, its
 * folder moved to a temporary one), lets clients create claims over REST, kills the process with SIGKILL while they write, starts it again
 * on the same file and looks for every claim whose creation was answered 201.
 */
class CrashDurabilityTest {
    private static final String ADMIN = "crashadmin";
    private static final String PASSWORD = "Quiet-Harbour-Lantern-1931";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @TempDir
    Path dir;
    private Process server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        if (server != null) server.destroyForcibly();
    }

    @Test
    void every_claim_answered_201_is_there_after_kill_dash_9_and_a_restart() throws Exception {
        String classpath = System.getProperty("java.class.path", "");
        assumeTrue(classpath.contains("classes"), "cannot start the server: no class path of the built application ("
                + "java.class.path = " + classpath + ")");
        int port = freePort();
        String base = "http://localhost:" + port + "/api";
        server = start(classpath, port, 1);

        long articleId = id(send(post(base + "/articles", "{\"title\":\"Crash test\",\"body\":\""
                + "Exports rose by twelve percent in the first half of the year, the ministry said. ".repeat(40) + "\"}"), 201));

        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            clients.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    int i = next.getAndIncrement();
                    int start = i % 3000;
                    try {
                        HttpResponse<String> r = http.send(post(base + "/articles/" + articleId + "/claims",
                                "{\"start\":" + start + ",\"end\":" + (start + 7 + i / 3000) + "}"), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) acknowledged.add(id(r.body()));
                    } catch (IOException | InterruptedException e) {
                        return; // the server is gone
                    }
                }
            }));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < 60 && System.nanoTime() < deadline && server.isAlive()) Thread.sleep(20);
        server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no database close
        server.waitFor();
        stop.set(true);
        for (Thread c : clients) c.join(10_000);
        assertThat(acknowledged).as("claims answered 201 before the kill").hasSizeGreaterThanOrEqualTo(20);

        server = start(classpath, port, 2);
        String list = send(get(base + "/articles/" + articleId + "/claims"), 200);
        Set<Long> stored = new HashSet<>();
        Matcher m = ID.matcher(list);
        while (m.find()) stored.add(Long.parseLong(m.group(1)));
        assertThat(stored).as("claims found after the restart (%d were acknowledged)", acknowledged.size())
                .containsAll(acknowledged);
    }

    private Process start(String classpath, int port, int run) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path logs = Files.createDirectories(Path.of("target", "crash-durability"));
        Path log = logs.resolve("server-" + run + ".log").toAbsolutePath();
        Process p = new ProcessBuilder(java, "-Xshare:off", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                "-Dvaadin.devmode.usageStatistics.enabled=false", "org.factmark.Application", "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl(),
                "--factmark.bootstrap-admin.username=" + ADMIN, "--factmark.bootstrap-admin.password=" + PASSWORD,
                "--vaadin.launch-browser=false", "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the server exited at start-up; its log:\n" + tail(log));
            }
            try {
                HttpResponse<String> r = http.send(get("http://localhost:" + port + "/api/articles?size=1"),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return p;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not answer within 180 s; its log:\n" + tail(log));
    }

    /** The default database URL of application.properties, with its ./data folder moved to the test's folder. */
    private String databaseUrl() throws IOException {
        Properties app = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        String url = app.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/");
        return url.replace("./data/", dir.toAbsolutePath() + "/");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<String> causes = lines.stream().filter(l -> l.startsWith("Caused by") || l.contains(" ERROR ")).toList();
        return String.join("\n", causes) + "\n...\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()))
                + "\n(full log: " + log + ")";
    }

    private String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s: %s", request.method(), request.uri(), r.body()).isEqualTo(expected);
        return r.body();
    }

    private static HttpRequest post(String url, String json) {
        return auth(HttpRequest.newBuilder(URI.create(url))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpRequest get(String url) {
        return auth(HttpRequest.newBuilder(URI.create(url))).GET().build();
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder b) {
        return b.timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) throw new AssertionError("no id in " + json);
        return Long.parseLong(m.group(1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
