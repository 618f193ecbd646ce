package org.factmark.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.factmark.export.ExportFilter;
import org.factmark.export.ExportFormat;
import org.factmark.export.ExportService;
import org.factmark.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a load balancer and a monitoring system see of a node: public health probes, admin-only metrics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTest {
    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ExportService exports;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_balancer_reads_health_liveness_and_readiness_without_logging_in_and_without_details() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("jdbc");
            assertThat(r.headers().firstValue("Set-Cookie")).as("probes create no session").isEmpty();
        }
    }

    @Test
    void metrics_need_an_admin_and_nothing_else_of_the_actuator_is_exposed() throws Exception {
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", "alice").statusCode()).isEqualTo(403);
        HttpResponse<String> admin = get("/actuator/metrics", "admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("factmark.sessions.active", "http.server.requests");
        // not exposed: the actuator does not answer them (Vaadin's servlet may answer the path with its page)
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers"}) {
            HttpResponse<String> r = get(path, "admin");
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertThat(type).as(path).doesNotContain("json").doesNotContain("octet-stream");
            assertThat(r.body()).as(path).doesNotContain("propertySources").doesNotContain("\"beans\"").doesNotContain("\"levels\"");
        }
    }

    @Test
    void an_export_is_timed_and_its_claims_counted_by_format() throws Exception {
        long before = meters.find("factmark.exports").tag("format", "csv").tag("outcome", "success").timers().stream()
                .mapToLong(t -> t.count()).sum();
        SystemAuthentication.run(() -> exports.export(ExportFilter.ALL, ExportFormat.CSV, new ByteArrayOutputStream(), null));
        assertThat(meters.get("factmark.exports").tag("format", "csv").tag("outcome", "success").timer().count())
                .isEqualTo(before + 1);
    }

    @Test
    void a_login_page_visit_opens_a_session_that_the_gauge_counts() throws Exception {
        double before = meters.get("factmark.sessions.active").gauge().value();
        HttpResponse<String> r = get("/login", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(meters.get("factmark.sessions.active").gauge().value()).isGreaterThan(before);
    }
}
