package org.factmark.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.factmark.base.ConflictException;
import org.factmark.base.InvalidInputException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a JSON Lines export (see {@link JsonlDatasetWriter}) into an empty database, keeping every id, then moves
 * the identity columns past the imported ids. Accounts are matched by username; missing ones are created disabled
 * with a random password (an admin enables them and sets a password). Audit history is not imported.
 */
@Service
public class ImportService {
    static final int BATCH = 500;
    private static final String[] TABLES = {"articles", "claims", "verdicts", "sources", "reviews", "comments", "users"};

    private final DataSource dataSource;
    private final JsonMapper json;
    private final PasswordEncoder passwords;
    private final SecureRandom random = new SecureRandom();

    public ImportService(DataSource dataSource, JsonMapper json, PasswordEncoder passwords) {
        this.dataSource = dataSource;
        this.json = json;
        this.passwords = passwords;
    }

    public record ImportResult(long articles, long claims, long usersCreated, long millis) {
    }

    /** Imports the stream; all or nothing. Refuses (ConflictException) unless the database has no articles or claims. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportResult importJsonl(InputStream in) {
        long t0 = System.nanoTime();
        Connection con = DataSourceUtils.getConnection(dataSource);
        try (Batch b = new Batch(con)) {
            long articles = count(con, "articles");
            long claims = count(con, "claims");
            if (articles > 0 || claims > 0) {
                throw new ConflictException("Import needs an empty database, but this one already holds " + articles
                        + " articles and " + claims + " claims. Import into a fresh database (for example a new "
                        + "spring.datasource.url) instead.");
            }
            Map<String, Long> users = existingUsers(con);
            long created = 0;
            long nArticles = 0;
            long nClaims = 0;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            int lineNo = 0;
            boolean header = false;
            ImportChecks checks = new ImportChecks();
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                JsonNode o;
                try {
                    o = json.readTree(line);
                } catch (JacksonException e) {
                    throw new InvalidInputException("file", "line " + lineNo + ": not valid JSON (" + e.getOriginalMessage() + ").");
                }
                String type = o.path("type").asString("");
                if (!header) {
                    if (!type.equals("header") || !JsonlDatasetWriter.FORMAT.equals(o.path("format").asString(""))) {
                        throw new InvalidInputException("file", "line " + lineNo + ": not a Factmark JSON Lines export "
                                + "(the first line must be the header {\"type\":\"header\",\"format\":\"" + JsonlDatasetWriter.FORMAT + "\",...}).");
                    }
                    if (o.path("version").asInt(0) != JsonlDatasetWriter.VERSION) {
                        throw new InvalidInputException("file", "line 1: unsupported export version " + o.path("version"));
                    }
                    header = true;
                    continue;
                }
                try {
                    switch (type) {
                        case "user" -> {
                            checks.user(o);
                            String name = text(o, "username");
                            if (!users.containsKey(name)) {
                                users.put(name, createUser(con, name, text(o, "display_name"), roles(o)));
                                created++;
                            }
                        }
                        case "article" -> {
                            checks.article(o);
                            b.article(o);
                            nArticles++;
                        }
                        case "claim" -> {
                            checks.claim(o);
                            for (String name : referencedUsers(o)) {
                                if (name != null && !users.containsKey(name)) {
                                    users.put(name, createUser(con, name, name, "ANNOTATOR"));
                                    created++;
                                }
                            }
                            b.claim(o, users);
                            nClaims++;
                        }
                        default -> throw new InvalidInputException("file", "line " + lineNo + ": unknown record type '" + type + "'.");
                    }
                } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                    throw new InvalidInputException("file", "line " + lineNo + ": " + e.getMessage());
                }
            }
            if (!header) throw new InvalidInputException("file", "the file is empty.");
            b.flush();
            for (String t : TABLES) restartIdentity(con, t);
            return new ImportResult(nArticles, nClaims, created, (System.nanoTime() - t0) / 1_000_000);
        } catch (SQLException e) {
            throw new InvalidInputException("file", "the import could not be stored: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    private static List<String> referencedUsers(JsonNode o) {
        List<String> names = new ArrayList<>();
        names.add(o.path("author").asString(null));
        names.add(o.path("checked_by").asString(null));
        for (JsonNode v : o.path("verdicts")) names.add(v.path("author").asString(null));
        for (JsonNode v : o.path("sources")) names.add(v.path("created_by").asString(null));
        for (JsonNode v : o.path("reviews")) names.add(v.path("reviewer").asString(null));
        for (JsonNode v : o.path("comments")) names.add(v.path("author").asString(null));
        return names;
    }

    private static String roles(JsonNode o) {
        List<String> roles = new ArrayList<>();
        for (JsonNode r : o.path("roles")) roles.add(r.asString());
        return roles.isEmpty() ? "ANNOTATOR" : String.join(",", roles);
    }

    private long createUser(Connection con, String username, String displayName, String roles) throws SQLException {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        try (PreparedStatement ps = con.prepareStatement("insert into users (username, password_hash, display_name, roles, "
                + "enabled, created_at, version) values (?, ?, ?, ?, false, ?, 0)", new String[] {"id"})) {
            ps.setString(1, username);
            ps.setString(2, passwords.encode(Base64.getEncoder().encodeToString(secret)));
            ps.setString(3, displayName == null || displayName.isBlank() ? username : displayName);
            ps.setString(4, roles);
            ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, Long> existingUsers(Connection con) throws SQLException {
        Map<String, Long> users = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement("select username, id from users"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) users.put(rs.getString(1), rs.getLong(2));
        }
        return users;
    }

    private static long count(Connection con, String table) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("select count(*) from " + table); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void restartIdentity(Connection con, String table) throws SQLException {
        long next;
        try (PreparedStatement ps = con.prepareStatement("select coalesce(max(id), 0) + 1 from " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            next = rs.getLong(1);
        }
        try (PreparedStatement ps = con.prepareStatement("alter table " + table + " alter column id restart with " + next)) {
            ps.execute();
        }
    }

    static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    static String required(JsonNode o, String field) {
        String v = text(o, field);
        if (v == null) throw new IllegalArgumentException("missing field '" + field + "'");
        return v;
    }

    static long id(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.canConvertToLong()) throw new IllegalArgumentException("missing or bad number '" + field + "'");
        return v.asLong();
    }

    static OffsetDateTime time(JsonNode o, String field) {
        String v = text(o, field);
        return v == null ? null : Instant.parse(v).atOffset(ZoneOffset.UTC);
    }

    static LocalDate date(JsonNode o, String field) {
        String v = text(o, field);
        return v == null ? null : LocalDate.parse(v);
    }

    static long user(Map<String, Long> users, String name) {
        Long id = users.get(name);
        if (id == null) throw new IllegalArgumentException("unknown user '" + name + "'");
        return id;
    }

    /** Batched inserts in dependency order: claims, verdicts, claim verdict links, sources, reviews, comments. */
    private static final class Batch implements AutoCloseable {
        private final Connection con;
        private final PreparedStatement article;
        private final PreparedStatement claim;
        private final PreparedStatement verdict;
        private final PreparedStatement link;
        private final PreparedStatement source;
        private final PreparedStatement review;
        private final PreparedStatement comment;
        private int pending;

        Batch(Connection con) throws SQLException {
            this.con = con;
            article = con.prepareStatement("insert into articles (id, title, url, publisher, published_at, language, body, "
                    + "body_sha256, body_length, blind_review, created_at, created_by, title_key, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
            claim = con.prepareStatement("insert into claims (id, article_id, start_offset, end_offset, quote, prefix, suffix, "
                    + "claim_type, claimant, restatement, status, author_id, verdict_id, created_at, updated_at, submitted_at, "
                    + "checked_at, checked_by_id, version) values (?,?,?,?,?,?,?,?,?,?,?,?,null,?,?,?,?,?,0)");
            verdict = con.prepareStatement("insert into verdicts (id, claim_id, author_id, kind, rating, rationale, created_at, "
                    + "version) values (?,?,?,?,?,?,?,0)");
            link = con.prepareStatement("update claims set verdict_id = ? where id = ?");
            source = con.prepareStatement("insert into sources (id, claim_id, url, title, publisher, excerpt, accessed_on, stance, "
                    + "created_by_id, created_at, version) values (?,?,?,?,?,?,?,?,?,?,0)");
            review = con.prepareStatement("insert into reviews (id, claim_id, verdict_id, reviewer_id, decision, rating, comment, "
                    + "created_at, version) values (?,?,?,?,?,?,?,?,0)");
            comment = con.prepareStatement("insert into comments (id, claim_id, author_id, body, created_at, version) "
                    + "values (?,?,?,?,?,0)");
        }

        void article(JsonNode o) throws SQLException {
            String body = required(o, "body");
            article.setLong(1, id(o, "id"));
            article.setString(2, required(o, "title"));
            article.setString(3, text(o, "url"));
            article.setString(4, text(o, "publisher"));
            article.setObject(5, date(o, "published_at"));
            article.setString(6, text(o, "language"));
            article.setString(7, body);
            String sha = text(o, "body_sha256");
            article.setString(8, sha != null ? sha : org.factmark.article.TextNormalizer.sha256(body));
            article.setInt(9, body.codePointCount(0, body.length()));
            article.setBoolean(10, o.path("blind_review").asBoolean(false));
            article.setObject(11, time(o, "created_at") != null ? time(o, "created_at") : OffsetDateTime.now(ZoneOffset.UTC));
            article.setString(12, text(o, "created_by"));
            article.setString(13, org.factmark.base.SearchKeys.fold(required(o, "title")));
            article.executeUpdate();
        }

        void claim(JsonNode o, Map<String, Long> users) throws SQLException {
            long id = id(o, "id");
            claim.setLong(1, id);
            claim.setLong(2, id(o, "article_id"));
            claim.setInt(3, (int) id(o, "start"));
            claim.setInt(4, (int) id(o, "end"));
            claim.setString(5, required(o, "quote"));
            claim.setString(6, o.path("prefix").asString(""));
            claim.setString(7, o.path("suffix").asString(""));
            claim.setString(8, required(o, "claim_type"));
            claim.setString(9, text(o, "claimant"));
            claim.setString(10, text(o, "restatement"));
            claim.setString(11, required(o, "status"));
            claim.setLong(12, user(users, required(o, "author")));
            OffsetDateTime created = time(o, "created_at");
            claim.setObject(13, created != null ? created : OffsetDateTime.now(ZoneOffset.UTC));
            OffsetDateTime updated = time(o, "updated_at");
            claim.setObject(14, updated != null ? updated : created != null ? created : OffsetDateTime.now(ZoneOffset.UTC));
            claim.setObject(15, time(o, "submitted_at"));
            claim.setObject(16, time(o, "checked_at"));
            String checkedBy = text(o, "checked_by");
            if (checkedBy == null) claim.setNull(17, Types.BIGINT);
            else claim.setLong(17, user(users, checkedBy));
            claim.addBatch();
            for (JsonNode v : o.path("verdicts")) {
                verdict.setLong(1, id(v, "id"));
                verdict.setLong(2, id);
                verdict.setLong(3, user(users, required(v, "author")));
                verdict.setString(4, required(v, "kind"));
                verdict.setString(5, required(v, "rating"));
                verdict.setString(6, text(v, "rationale"));
                verdict.setObject(7, time(v, "created_at"));
                verdict.addBatch();
            }
            if (o.hasNonNull("verdict_id")) {
                link.setLong(1, id(o, "verdict_id"));
                link.setLong(2, id);
                link.addBatch();
            }
            for (JsonNode s : o.path("sources")) {
                source.setLong(1, id(s, "id"));
                source.setLong(2, id);
                source.setString(3, required(s, "url"));
                source.setString(4, required(s, "title"));
                source.setString(5, text(s, "publisher"));
                source.setString(6, text(s, "excerpt"));
                source.setObject(7, date(s, "accessed_on"));
                source.setString(8, required(s, "stance"));
                String by = text(s, "created_by");
                if (by == null) source.setNull(9, Types.BIGINT);
                else source.setLong(9, user(users, by));
                source.setObject(10, time(s, "created_at"));
                source.addBatch();
            }
            for (JsonNode r : o.path("reviews")) {
                review.setLong(1, id(r, "id"));
                review.setLong(2, id);
                review.setLong(3, id(r, "verdict_id"));
                review.setLong(4, user(users, required(r, "reviewer")));
                review.setString(5, required(r, "decision"));
                review.setString(6, text(r, "rating"));
                review.setString(7, text(r, "comment"));
                review.setObject(8, time(r, "created_at"));
                review.addBatch();
            }
            for (JsonNode c : o.path("comments")) {
                comment.setLong(1, id(c, "id"));
                comment.setLong(2, id);
                comment.setLong(3, user(users, required(c, "author")));
                comment.setString(4, required(c, "body"));
                comment.setObject(5, time(c, "created_at"));
                comment.addBatch();
            }
            if (++pending >= BATCH) flush();
        }

        void flush() throws SQLException {
            claim.executeBatch();
            verdict.executeBatch();
            link.executeBatch();
            source.executeBatch();
            review.executeBatch();
            comment.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(article, claim, verdict, link, source, review, comment)) ps.close();
        }
    }
}
