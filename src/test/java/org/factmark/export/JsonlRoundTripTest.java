package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.factmark.base.ConflictException;
import org.factmark.security.SystemAuthentication;
import org.factmark.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Export JSON Lines, import it into a fresh empty database (the command line's Spring context on another in-memory
 * H2), export again: the two files are byte-identical.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class JsonlRoundTripTest {
    @Autowired
    ExportService exports;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    private void richData() {
        var fx = new ExportFixtures(jdbc);
        long article = fx.article("Round trip 🇯🇵 日本", null, "First claim here. Second: “quoted” 👨‍👩‍👧 text.\nThird line.");
        long c1 = fx.checkedClaim(article, "First claim here.", "STATISTIC", "MOSTLY_FALSE", "Because ✓");
        fx.comment(c1, "carol", "Nice catch, \"really\".");
        long c2 = fx.claim(article, "“quoted” 👨‍👩‍👧", "QUOTATION", "IN_REVIEW", "alice");
        long v1 = fx.verdict(c2, "alice", "TRUE", null);
        jdbc.update("insert into reviews (claim_id, verdict_id, reviewer_id, decision, rating, comment, created_at) "
                + "values (?,?,?,'DISPUTE','FALSE','I disagree',?)", c2, v1, fx.userId("carol"), ExportFixtures.T0.plusDays(1));
        jdbc.update("insert into verdicts (claim_id, author_id, kind, rating, rationale, created_at) values (?,?,'REVIEW','FALSE',null,?)",
                c2, fx.userId("carol"), ExportFixtures.T0.plusDays(1));
        jdbc.update("update claims set status = 'DISPUTED', claimant = 'A minister', restatement = 'Said X' where id = ?", c2);
        fx.claim(article, "Third line.", "OTHER", "DRAFT", "bob");
    }

    private static byte[] exportAll(ExportService service) throws Exception {
        var out = new ByteArrayOutputStream();
        SystemAuthentication.run(() -> service.export(ExportFilter.ALL, ExportFormat.JSONL, out, null));
        return out.toByteArray();
    }

    @Test
    void a_jsonl_export_imported_into_an_empty_database_exports_byte_identically() throws Exception {
        richData();
        byte[] first = exportAll(exports);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"type\":\"header\",\"format\":\"factmark-jsonl\",\"version\":1}\n");
        assertThat(text).contains("\"decision\":\"DISPUTE\"", "\"kind\":\"REVIEW\"", "Nice catch", "\"type\":\"user\"");

        // the target: another in-memory H2, or in the PostgreSQL test run a fresh PostgreSQL schema (moving a desk there)
        String schema = PostgresTestDatabase.active() ? PostgresTestDatabase.createSchema() : null;
        String[] target = schema == null
                ? new String[] {"--spring.datasource.url=jdbc:h2:mem:roundtrip-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LAZY_QUERY_EXECUTION=1"}
                : new String[] {"--spring.datasource.url=" + PostgresTestDatabase.urlFor(schema),
                        "--spring.datasource.username=" + PostgresTestDatabase.user(), "--spring.datasource.password=" + PostgresTestDatabase.password()};
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(ExportCliConfig.class)
                .web(WebApplicationType.NONE)
                .run(java.util.stream.Stream.concat(java.util.Arrays.stream(target), java.util.stream.Stream.of("--spring.main.banner-mode=off"))
                        .toArray(String[]::new))) {
            ImportService otherImports = other.getBean(ImportService.class);
            ImportService.ImportResult r = SystemAuthentication.call(() -> otherImports.importJsonl(new ByteArrayInputStream(first)));
            assertThat(r.claims()).isEqualTo(jdbc.queryForObject("select count(*) from claims", Long.class));
            assertThat(r.articles()).isEqualTo(jdbc.queryForObject("select count(*) from articles", Long.class));

            byte[] second = exportAll(other.getBean(ExportService.class));
            assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(text);

            JdbcTemplate otherJdbc = new JdbcTemplate(other.getBean(javax.sql.DataSource.class));
            assertThat(otherJdbc.queryForObject("select count(*) from users where enabled", Long.class))
                    .as("imported accounts are disabled until an admin enables them").isZero();
            long maxClaim = otherJdbc.queryForObject("select max(id) from claims", Long.class);
            long article = otherJdbc.queryForObject("select min(id) from articles", Long.class);
            otherJdbc.update("insert into claims (article_id, start_offset, end_offset, quote, claim_type, status, author_id, "
                    + "created_at, updated_at) values (?, 0, 1, 'x', 'OTHER', 'DRAFT', (select min(id) from users), now(), now())", article);
            assertThat(otherJdbc.queryForObject("select max(id) from claims", Long.class))
                    .as("new rows get ids after the imported ones").isGreaterThan(maxClaim);

            assertThatThrownBy(() -> SystemAuthentication.call(() -> otherImports.importJsonl(new ByteArrayInputStream(first))))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("empty database");
        } finally {
            if (schema != null) PostgresTestDatabase.dropSchema(schema);
        }
    }

    @Test
    void import_into_a_database_that_has_articles_is_refused_with_a_clear_message() {
        byte[] file = "{\"type\":\"header\",\"format\":\"factmark-jsonl\",\"version\":1}\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importJsonl(new ByteArrayInputStream(file)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Import needs an empty database");
    }

    @Test
    @WithMockUser(username = "alice", roles = "ANNOTATOR")
    void only_an_admin_may_import() {
        assertThatThrownBy(() -> imports.importJsonl(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
