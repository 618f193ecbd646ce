package org.factmark.export;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.factmark.article.TextNormalizer;
import org.factmark.base.CodePoints;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Test data for exports, written with plain SQL (the export reads plain SQL too, and must not depend on the claim
 * and review services). Users alice/bob/carol exist in the test database (demo mode).
 */
final class ExportFixtures {
    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC);

    private final JdbcTemplate jdbc;

    ExportFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long userId(String username) {
        return Objects.requireNonNull(jdbc.queryForObject("select id from users where username = ?", Long.class, username));
    }

    long seedArticle(String titleStart) {
        return Objects.requireNonNull(jdbc.queryForObject("select min(id) from articles where title like ?", Long.class, titleStart + "%"));
    }

    String body(long articleId) {
        return jdbc.queryForObject("select body from articles where id = ?", String.class, articleId);
    }

    /** A new article with a unique title; returns its id. */
    long article(String title, String url, String body) {
        String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into articles (title, url, publisher, published_at, language, "
                    + "body, body_sha256, body_length, blind_review, created_at, created_by) values (?,?,?,?,?,?,?,?,false,?,?)",
                    new String[] {"id"});
            ps.setString(1, unique);
            ps.setString(2, url);
            ps.setString(3, "Test Wire");
            ps.setObject(4, java.time.LocalDate.of(2026, 2, 27));
            ps.setString(5, "en");
            ps.setString(6, body);
            ps.setString(7, TextNormalizer.sha256(body));
            ps.setInt(8, CodePoints.length(body));
            ps.setObject(9, T0);
            ps.setString(10, "alice");
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** A claim on {@code quote}'s first occurrence (at or after {@code fromUtf16}) in the article body. */
    long claim(long articleId, String quote, String type, String status, String author) {
        String body = body(articleId);
        int at = body.indexOf(quote);
        if (at < 0) throw new IllegalArgumentException("quote not in body: " + quote);
        int start = CodePoints.fromUtf16(body, at);
        int end = start + CodePoints.length(quote);
        return claimAt(articleId, start, end, type, status, author);
    }

    long claimAt(long articleId, int start, int end, String type, String status, String author) {
        String body = body(articleId);
        String quote = CodePoints.slice(body, start, end);
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into claims (article_id, start_offset, end_offset, quote, prefix, "
                    + "suffix, claim_type, claimant, restatement, status, author_id, created_at, updated_at, submitted_at) "
                    + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", new String[] {"id"});
            ps.setLong(1, articleId);
            ps.setInt(2, start);
            ps.setInt(3, end);
            ps.setString(4, quote);
            ps.setString(5, CodePoints.before(body, start, 32));
            ps.setString(6, CodePoints.after(body, end, 32));
            ps.setString(7, type);
            ps.setString(8, null);
            ps.setString(9, null);
            ps.setString(10, status);
            ps.setLong(11, userId(author));
            ps.setObject(12, T0);
            ps.setObject(13, T0.plusMinutes(5));
            ps.setObject(14, status.equals("DRAFT") ? null : T0.plusMinutes(5));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The author's verdict, put in force; returns its id. */
    long verdict(long claimId, String author, String rating, String rationale) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into verdicts (claim_id, author_id, kind, rating, rationale, "
                    + "created_at) values (?,?,'AUTHOR',?,?,?)", new String[] {"id"});
            ps.setLong(1, claimId);
            ps.setLong(2, userId(author));
            ps.setString(3, rating);
            ps.setString(4, rationale);
            ps.setObject(5, T0.plusMinutes(5));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        jdbc.update("update claims set verdict_id = ? where id = ?", id, claimId);
        return id;
    }

    /** An approval by {@code reviewer}: the claim becomes CHECKED at {@code at}. */
    void approve(long claimId, long verdictId, String reviewer, OffsetDateTime at) {
        jdbc.update("insert into reviews (claim_id, verdict_id, reviewer_id, decision, rating, comment, created_at) "
                + "values (?,?,?,'APPROVE',null,'Looks right',?)", claimId, verdictId, userId(reviewer), at);
        jdbc.update("update claims set status = 'CHECKED', checked_by_id = ?, checked_at = ? where id = ?",
                userId(reviewer), at, claimId);
    }

    void source(long claimId, String url, String title, String stance) {
        jdbc.update("insert into sources (claim_id, url, title, publisher, excerpt, accessed_on, stance, created_by_id, created_at) "
                + "values (?,?,?,?,?,?,?,?,?)", claimId, url, title, "Stats Office", "An excerpt, \"quoted\".",
                java.time.LocalDate.of(2026, 2, 28), stance, userId("alice"), T0.plusMinutes(3));
    }

    void comment(long claimId, String author, String body) {
        jdbc.update("insert into comments (claim_id, author_id, body, created_at) values (?,?,?,?)", claimId,
                userId(author), body, T0.plusMinutes(7));
    }

    /** A checked claim: alice's verdict with {@code rating}, approved by bob, with one source. */
    long checkedClaim(long articleId, String quote, String type, String rating, String rationale) {
        long c = claim(articleId, quote, type, "IN_REVIEW", "alice");
        long v = verdict(c, "alice", rating, rationale);
        approve(c, v, "bob", T0.plusHours(1));
        source(c, "https://stats.example.org/" + c, "Official statistics", "SUPPORTS");
        return c;
    }

    static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
