package org.factmark.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real server (Vaadin's servlet shares the root path with Spring MVC): security headers on pages, API
 * answers and errors; unknown /api/ paths are JSON 404s without a session; state-changing API calls need JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiHardeningHttpTest {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder r) throws Exception {
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src").contains("frame-ancestors 'none'").doesNotContain("*"));
    }

    @Test
    void the_login_page_carries_the_security_headers_and_a_samesite_session_cookie() throws Exception {
        HttpResponse<String> r = send(at("/login"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertSecurityHeaders(r);
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("object-src 'none'");
        assertThat(r.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).contains("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void pages_are_never_stored_and_static_scripts_carry_no_pragma_that_forces_revalidation() throws Exception {
        // the page carries its UI's first state (eager server load, decision 088): never stored
        HttpResponse<String> page = send(at("/login"));
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        // Chromium revalidates anything with "Pragma: no-cache", whatever its max-age
        HttpResponse<String> script = send(at("/app/annotator.js"));
        assertThat(script.statusCode()).isEqualTo(200);
        // (its Cache-Control is the static file server's own: max-age=3600 in production mode)
        assertThat(script.headers().firstValue("Cache-Control").orElseThrow()).doesNotContain("no-store");
        assertThat(script.headers().firstValue("Pragma")).isEmpty();
        assertSecurityHeaders(script);
    }

    @Test
    void an_api_answer_and_an_api_error_carry_the_security_headers() throws Exception {
        HttpResponse<String> ok = send(at("/api/articles?size=1").header("Authorization", basic("alice")));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertSecurityHeaders(ok);
        assertThat(ok.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");

        HttpResponse<String> unauthorized = send(at("/api/articles"));
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertSecurityHeaders(unauthorized);

        HttpResponse<String> notFound = send(at("/api/articles/99999999").header("Authorization", basic("alice")));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertSecurityHeaders(notFound);
    }

    @Test
    void a_page_refused_to_a_visitor_carries_the_security_headers() throws Exception {
        HttpResponse<String> toLogin = send(at("/review"));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertSecurityHeaders(toLogin);
    }

    @Test
    void an_unknown_api_path_is_a_json_404_without_a_session_cookie() throws Exception {
        for (String path : new String[] {"/api/nope", "/api/articles/1/nonsense", "/api/claims/1/reviews/x/y"}) {
            HttpResponse<String> r = send(at(path).header("Authorization", basic("alice")));
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(r.body()).as(path).contains("\"error\":\"not_found\"").doesNotContain("<html");
            assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        HttpResponse<String> post = send(at("/api/nope").header("Authorization", basic("alice"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_state_changing_api_call_without_json_content_type_is_415_even_without_a_body() throws Exception {
        HttpResponse<String> bare = send(at("/api/claims/1/accept-dispute").header("Authorization", basic("alice"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(bare.statusCode()).isEqualTo(415);
        assertThat(bare.body()).contains("\"error\":\"unsupported_media_type\"").contains("\"field\":\"Content-Type\"");

        for (String formType : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"}) {
            HttpResponse<String> r = send(at("/api/articles").header("Authorization", basic("alice"))
                    .header("Content-Type", formType).POST(HttpRequest.BodyPublishers.ofString("title=T&body=B")));
            assertThat(r.statusCode()).as(formType).isEqualTo(415);
        }
        HttpResponse<String> delete = send(at("/api/claims/999999999").header("Authorization", basic("alice")).DELETE());
        assertThat(delete.statusCode()).isEqualTo(415);
        HttpResponse<String> jsonDelete = send(at("/api/claims/999999999").header("Authorization", basic("alice"))
                .header("Content-Type", "application/json").DELETE());
        assertThat(jsonDelete.statusCode()).isEqualTo(404);
        HttpResponse<String> importPlain = send(at("/api/import").header("Authorization", basic("admin"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(importPlain.statusCode()).isEqualTo(415);
    }

    @Test
    void json_content_types_with_a_charset_or_a_json_suffix_are_accepted() {
        assertThat(ApiContentTypeFilter.accepted("application/json; charset=UTF-8", "/api/articles")).isTrue();
        assertThat(ApiContentTypeFilter.accepted("application/merge-patch+json", "/api/claims/1")).isTrue();
        assertThat(ApiContentTypeFilter.accepted("application/x-ndjson", "/api/import")).isTrue();
        assertThat(ApiContentTypeFilter.accepted("application/x-ndjson", "/api/articles")).isFalse();
        assertThat(ApiContentTypeFilter.accepted("*/*", "/api/articles")).isFalse();
        assertThat(ApiContentTypeFilter.accepted("nonsense", "/api/articles")).isFalse();
        assertThat(ApiContentTypeFilter.accepted(null, "/api/articles")).isFalse();
    }
}
