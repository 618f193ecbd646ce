package org.factmark.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Export view's download link streams the export through the real servlet stack, in the user's session. */
class ExportDownloadBrowserTest extends BrowserTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_download_link_streams_a_csv_attachment_for_the_logged_in_user() throws Exception {
        Long article = jdbc.queryForObject("select min(id) from articles", Long.class);
        Long alice = jdbc.queryForObject("select id from users where username = 'alice'", Long.class);
        Long bob = jdbc.queryForObject("select id from users where username = 'bob'", Long.class);
        String body = jdbc.queryForObject("select body from articles where id = ?", String.class, article);
        String quote = body.substring(0, body.offsetByCodePoints(0, 10));
        jdbc.update("insert into claims (article_id, start_offset, end_offset, quote, claim_type, status, author_id, created_at, "
                + "updated_at, checked_at, checked_by_id) values (?, 0, 10, ?, 'OTHER', 'CHECKED', ?, now(), now(), now(), ?)",
                article, quote, alice, bob);

        login("alice", "demo");
        driver.get(baseUrl() + "/export");
        WebElement link = await().until(d -> d.findElement(By.id("export-download")));
        await().until(d -> d.findElement(By.id("export-count")).getText().endsWith("claims match"));
        String href = link.getAttribute("href");
        assertThat(href).contains("VAADIN/dynamic/resource/");

        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "factmark-csv-checked-");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        // the UI download starts with a UTF-8 byte order mark by default, for spreadsheets
        assertThat(response.body()).startsWith("\uFEFFclaim_id,article_id,").contains("," + quote.replace("\"", "\"\"") + ",");
    }
}
