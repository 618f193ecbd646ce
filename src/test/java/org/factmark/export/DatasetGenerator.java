package org.factmark.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.factmark.article.TextNormalizer;
import org.factmark.base.CodePoints;
import org.flywaydb.core.Flyway;

/**
 * Fills a fresh file-based H2 database (Flyway schema) with generated data by set-based SQL: {@code articles}
 * articles, {@code claims} claims (90% CHECKED) each with a verdict in force, and two sources on every third claim.
 * Used by the streaming test and the benchmark; {@link #generatePostgres} does the same on PostgreSQL.
 */
final class DatasetGenerator {
    static final String SENTENCE = "Unemployment fell to 4.1% in March, the lowest in “a decade”, said Satō (佐藤) 🇵🇱. ";
    static final String QUOTE = "Unemployment fell to 4.1% in March";

    private DatasetGenerator() {
    }

    static String url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("factmark") + ";LAZY_QUERY_EXECUTION=1";
    }

    /** Deletes any database in {@code dir}, creates the schema and the rows; returns the JDBC URL. */
    static String generate(Path dir, int claims, int articles) throws Exception {
        Files.createDirectories(dir);
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) if (p.getFileName().toString().startsWith("factmark")) Files.delete(p);
        }
        String url = url(dir);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        String body = SENTENCE.repeat(20).strip();
        int end = CodePoints.length(QUOTE);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("set referential_integrity false");
            // users get their ids from the identity column, so a server started on this database creates the next
            // user without clashing; the set-based rows below use explicit ids and their sequences are restarted after
            s.execute("insert into users (username, password_hash, display_name, roles, enabled, created_at) values "
                    + "('gen-alice', 'x', 'Gen Alice', 'ANNOTATOR', true, now()), "
                    + "('gen-bob', 'x', 'Gen Bob', 'ANNOTATOR,REVIEWER', true, now())");
            long alice = single(c, "select id from users where username = 'gen-alice'");
            long bob = single(c, "select id from users where username = 'gen-bob'");
            try (PreparedStatement ps = c.prepareStatement("insert into articles (id, title, url, publisher, published_at, "
                    + "language, body, body_sha256, body_length, blind_review, created_at, created_by) "
                    + "select x, 'Generated article ' || x, 'https://gen.example.org/news/' || x, 'Gen Wire', date '2026-01-01', "
                    + "'en', ?, ?, ?, false, timestamp with time zone '2026-01-01 00:00:00+00', 'gen-alice' from system_range(1, ?)")) {
                ps.setString(1, body);
                ps.setString(2, TextNormalizer.sha256(body));
                ps.setInt(3, CodePoints.length(body));
                ps.setInt(4, articles);
                ps.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into claims (id, article_id, start_offset, end_offset, quote, "
                    + "prefix, suffix, claim_type, status, author_id, verdict_id, created_at, updated_at, submitted_at, checked_at, "
                    + "checked_by_id) select x, mod(x, ?) + 1, 0, ?, ?, '', ?, "
                    + "case mod(x, 6) when 0 then 'STATISTIC' when 1 then 'DATE_EVENT' when 2 then 'QUOTATION' when 3 then 'CAUSAL' "
                    + "when 4 then 'PREDICTION' else 'OTHER' end, "
                    + "case when mod(x, 10) = 9 then 'IN_REVIEW' else 'CHECKED' end, " + alice + ", x, "
                    + "dateadd(second, x, timestamp with time zone '2026-01-01 00:00:00+00'), "
                    + "dateadd(second, x, timestamp with time zone '2026-01-01 00:00:00+00'), "
                    + "dateadd(second, x, timestamp with time zone '2026-01-01 00:00:00+00'), "
                    + "case when mod(x, 10) = 9 then null else dateadd(second, x + 60, timestamp with time zone '2026-01-01 00:00:00+00') end, "
                    + "case when mod(x, 10) = 9 then null else " + bob + " end from system_range(1, ?)")) {
                ps.setInt(1, articles);
                ps.setInt(2, end);
                ps.setString(3, QUOTE);
                ps.setString(4, CodePoints.after(body, end, 32));
                ps.setInt(5, claims);
                ps.execute();
            }
            s.execute("insert into verdicts (id, claim_id, author_id, kind, rating, rationale, created_at) select x, x, " + alice + ", 'AUTHOR', "
                    + "case mod(x, 7) when 0 then 'TRUE' when 1 then 'MOSTLY_TRUE' when 2 then 'HALF_TRUE' when 3 then 'MISLEADING' "
                    + "when 4 then 'MOSTLY_FALSE' when 5 then 'FALSE' else 'UNVERIFIABLE' end, "
                    + "'Rationale for claim ' || x || ', per the \"official\" figures.', "
                    + "dateadd(second, x, timestamp with time zone '2026-01-01 00:00:00+00') from system_range(1, " + claims + ")");
            s.execute("insert into sources (id, claim_id, url, title, publisher, excerpt, accessed_on, stance, created_by_id, created_at) "
                    + "select a.x * 2 + b.x, a.x, 'https://evidence.example.org/' || a.x || '/' || b.x, 'Evidence ' || b.x, 'Stats Office', "
                    + "null, date '2026-01-02', 'SUPPORTS', " + alice + ", timestamp with time zone '2026-01-02 00:00:00+00' "
                    + "from system_range(1, " + claims + ") a, system_range(1, 2) b where mod(a.x, 3) = 0");
            s.execute("set referential_integrity true");
            for (String table : new String[] {"articles", "claims", "verdicts", "sources"}) {
                s.execute("alter table " + table + " alter column id restart with "
                        + (single(c, "select coalesce(max(id), 0) + 1 from " + table)));
            }
        }
        return url;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The same rows in PostgreSQL: creates the schema by Flyway in the (empty) database or schema that {@code url}
     * names (e.g. with {@code currentSchema=...}) and fills it with set-based SQL.
     */
    static void generatePostgres(String url, String user, String password, int claims, int articles) throws Exception {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load().migrate();
        String body = SENTENCE.repeat(20).strip();
        int end = CodePoints.length(QUOTE);
        String t0 = "timestamp with time zone '2026-01-01 00:00:00+00'";
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("alter table claims drop constraint fk_claims_verdict");
            s.execute("insert into users (id, username, password_hash, display_name, roles, enabled, created_at) values "
                    + "(1, 'gen-alice', 'x', 'Gen Alice', 'ANNOTATOR', true, now()), "
                    + "(2, 'gen-bob', 'x', 'Gen Bob', 'ANNOTATOR,REVIEWER', true, now())");
            try (PreparedStatement ps = c.prepareStatement("insert into articles (id, title, url, publisher, published_at, "
                    + "language, body, body_sha256, body_length, blind_review, created_at, created_by) "
                    + "select x, 'Generated article ' || x, 'https://gen.example.org/news/' || x, 'Gen Wire', date '2026-01-01', "
                    + "'en', ?, ?, ?, false, " + t0 + ", 'gen-alice' from generate_series(1, ?) x")) {
                ps.setString(1, body);
                ps.setString(2, TextNormalizer.sha256(body));
                ps.setInt(3, CodePoints.length(body));
                ps.setInt(4, articles);
                ps.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into claims (id, article_id, start_offset, end_offset, quote, "
                    + "prefix, suffix, claim_type, status, author_id, verdict_id, created_at, updated_at, submitted_at, checked_at, "
                    + "checked_by_id) select x, mod(x, ?) + 1, 0, ?, ?, '', ?, "
                    + "case mod(x, 6) when 0 then 'STATISTIC' when 1 then 'DATE_EVENT' when 2 then 'QUOTATION' when 3 then 'CAUSAL' "
                    + "when 4 then 'PREDICTION' else 'OTHER' end, "
                    + "case when mod(x, 10) = 9 then 'IN_REVIEW' else 'CHECKED' end, 1, x, "
                    + t0 + " + x * interval '1 second', " + t0 + " + x * interval '1 second', " + t0 + " + x * interval '1 second', "
                    + "case when mod(x, 10) = 9 then null else " + t0 + " + (x + 60) * interval '1 second' end, "
                    + "case when mod(x, 10) = 9 then null else 2 end from generate_series(1, ?) x")) {
                ps.setInt(1, articles);
                ps.setInt(2, end);
                ps.setString(3, QUOTE);
                ps.setString(4, CodePoints.after(body, end, 32));
                ps.setInt(5, claims);
                ps.execute();
            }
            s.execute("insert into verdicts (id, claim_id, author_id, kind, rating, rationale, created_at) select x, x, 1, 'AUTHOR', "
                    + "case mod(x, 7) when 0 then 'TRUE' when 1 then 'MOSTLY_TRUE' when 2 then 'HALF_TRUE' when 3 then 'MISLEADING' "
                    + "when 4 then 'MOSTLY_FALSE' when 5 then 'FALSE' else 'UNVERIFIABLE' end, "
                    + "'Rationale for claim ' || x || ', per the \"official\" figures.', "
                    + t0 + " + x * interval '1 second' from generate_series(1, " + claims + ") x");
            s.execute("insert into sources (id, claim_id, url, title, publisher, excerpt, accessed_on, stance, created_by_id, created_at) "
                    + "select a * 2 + b, a, 'https://evidence.example.org/' || a || '/' || b, 'Evidence ' || b, 'Stats Office', "
                    + "null, date '2026-01-02', 'SUPPORTS', 1, timestamp with time zone '2026-01-02 00:00:00+00' "
                    + "from generate_series(1, " + claims + ") a, generate_series(1, 2) b where mod(a, 3) = 0");
            s.execute("alter table claims add constraint fk_claims_verdict foreign key (verdict_id) references verdicts (id)");
            for (String t : new String[] {"users", "articles", "claims", "verdicts", "sources"}) {
                s.execute("select setval(pg_get_serial_sequence('" + t + "', 'id'), (select max(id) from " + t + "))");
            }
            s.execute("analyze");
        }
    }

    static long count(String url, String sql) throws SQLException {
        return count(url, "sa", "", sql);
    }

    static long count(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
