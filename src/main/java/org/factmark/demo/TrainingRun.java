package org.factmark.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The training run of the build's AOT cache ({@code ./mvnw -Paot-cache package}, decision 083): started with
 * {@code --factmark.training-run=true} in demo mode, it does what a real start and its first requests do — the
 * whole start-up including the demo data and the web server, then a few API requests as a demo user, the login
 * page and the health probe — and exits. The JVM records the classes it loaded and the methods' profiles into the
 * cache, so a launch with the cache finds the code of start-up <em>and</em> of the first request prepared (the
 * earlier training run stopped after the context refresh: no demo data, no Tomcat start, no request).
 */
@Component
class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    /** Read at start, not as a bean condition, so the build-time (Spring AOT) bean definitions serve both. */
    private final boolean enabled;

    TrainingRun(@Value("${factmark.training-run:false}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!enabled) return;
        var context = event.getApplicationContext();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        // on a thread of its own: the server reports itself ready (readiness ACCEPTING_TRAFFIC) only after the
        // listeners of this event have returned
        Thread t = new Thread(() -> System.exit(SpringApplication.exit(context, () -> exercise(port))), "training-run");
        t.start();
    }

    /** The requests; 0 if all were answered, else 1 (the build then fails: it would train the wrong paths). */
    private static int exercise(int port) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String alice = "Basic " + Base64.getEncoder().encodeToString(
                    ("alice:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
            for (int round = 0; round < 3; round++) {
                for (String path : List.of("/api/articles?size=1", "/api/articles", "/api/claims?size=5")) {
                    send(http, port, path, alice);
                }
                send(http, port, "/login", null);
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (true) {
                try {
                    send(http, port, "/actuator/health", null);
                    break;
                } catch (IllegalStateException notReadyYet) {
                    if (System.nanoTime() > deadline) throw notReadyYet;
                    Thread.sleep(100);
                }
            }
            return 0;
        } catch (Exception e) {
            log.error("AOT training run: {}", e.toString());
            return 1;
        }
    }

    private static void send(HttpClient http, int port, String path, String authorization) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) b.header("Authorization", authorization);
        int status = http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        log.info("AOT training run: GET {} -> {}", path, status);
        if (status >= 400) throw new IllegalStateException("GET " + path + " answered " + status);
    }
}
