package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started on a generated benchmark database creates its own rows without clashing with generated ids. */
class DatasetGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void new_users_articles_claims_verdicts_and_sources_get_fresh_ids_after_generation() throws Exception {
        String url = DatasetGenerator.generate(dir, 30, 3);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            assertThatCode(() -> {
                // the same kind of insert Hibernate makes: no id, the identity column picks it
                s.executeUpdate("insert into users (username, password_hash, display_name, roles, enabled, created_at) "
                        + "values ('desk-admin', 'x', 'Desk Admin', 'ADMIN', true, now())", Statement.RETURN_GENERATED_KEYS);
                s.executeUpdate("insert into articles (title, url, publisher, published_at, language, body, body_sha256, "
                        + "body_length, blind_review, created_at, created_by) values ('New', null, null, null, 'en', 'Body.', "
                        + "'sha', 5, false, now(), 'desk-admin')");
                s.executeUpdate("insert into claims (article_id, start_offset, end_offset, quote, prefix, suffix, claim_type, "
                        + "status, author_id, created_at, updated_at) select max(a.id), 0, 4, 'Body', '', '.', 'OTHER', 'DRAFT', "
                        + "max(u.id), now(), now() from articles a, users u where u.username = 'desk-admin'");
                s.executeUpdate("insert into verdicts (claim_id, author_id, kind, rating, rationale, created_at) "
                        + "select max(id), 1, 'AUTHOR', 'TRUE', 'r', now() from claims");
                s.executeUpdate("insert into sources (claim_id, url, title, stance, created_at) "
                        + "select max(id), 'https://example.org', 't', 'SUPPORTS', now() from claims");
            }).doesNotThrowAnyException();
            assertThat(DatasetGenerator.count(url, "select id from users where username = 'desk-admin'")).isEqualTo(3);
            assertThat(DatasetGenerator.count(url, "select max(id) from claims")).isEqualTo(31);
            assertThat(DatasetGenerator.count(url, "select max(id) from articles")).isEqualTo(4);
        }
    }
}
