package org.factmark.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * API requests per second with a personal token (Bearer: one SHA-256 and one indexed query) next to HTTP Basic
 * (a BCrypt check per request), same endpoint, same server, same run. Target: Bearer at least 10x Basic.
 * Run: {@code ./mvnw -Pbench verify -Dtest=TokenBenchmark}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenBenchmark {
    static final String PASSWORD = "violet harbour lamp";
    static final long SECONDS = Long.getLong("bench.seconds", 5);

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void bearer_tokens_answer_at_least_ten_times_as_many_requests_per_second_as_basic() throws Exception {
        String name = "bench" + UUID.randomUUID().toString().substring(0, 6);
        SystemAuthentication.run(() -> users.create(name, PASSWORD, name, EnumSet.of(Role.ANNOTATOR)));
        String token = SystemAuthentication.callAs(name, EnumSet.of(Role.ANNOTATOR), () -> tokens.create("bench", null).token());
        String basic = "Basic " + Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        rate(basic, 1); // warm-up both paths
        rate("Bearer " + token, 1);
        double basicRate = rate(basic, SECONDS);
        double bearerRate = rate("Bearer " + token, SECONDS);
        System.out.printf(Locale.ROOT, "%nTokenBenchmark GET /api/articles?size=1, one client, %d s each:%n"
                        + "  HTTP Basic (BCrypt) %8.1f requests/s%n  Bearer token        %8.1f requests/s  (%.1fx)%n%n",
                SECONDS, basicRate, bearerRate, bearerRate / basicRate);
        assertThat(bearerRate).isGreaterThanOrEqualTo(10 * basicRate);
    }

    private double rate(String authorization, long seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles?size=1"))
                .header("Authorization", authorization).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        int n = 0;
        while (System.nanoTime() < end) {
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).isEqualTo(200);
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
