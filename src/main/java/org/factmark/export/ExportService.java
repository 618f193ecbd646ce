package org.factmark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.factmark.base.CodePoints;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.VerdictVisibility;
import org.factmark.claim.VerdictVisibility.Viewer;
import org.factmark.review.Sentences;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dataset exports, streamed from the database with plain JDBC: one forward-only cursor over the claims (ordered by
 * id) and, per kind of child row (sources; for the lossless format also verdicts, reviews and comments), a second
 * cursor ordered by claim id that is read in lockstep. Nothing holds more than one claim at a time; H2 streams the
 * cursors because the connection URL sets LAZY_QUERY_EXECUTION=1, PostgreSQL because they are forward-only with a
 * fetch size and autocommit is off.
 */
@Service
public class ExportService {
    static final int FETCH_SIZE = 1000;
    static final int PROGRESS_EVERY = 1000;

    /** Where a claim lives in the annotator, below the server's address. */
    static final String CLAIM_PATH = "/articles/{articleId}/claims/{id}";
    /** The claim address when neither a request nor factmark.export.claim-url tells the public address (CLI). */
    static final String FALLBACK_CLAIM_URL = "http://localhost:8080" + CLAIM_PATH;

    private final DataSource dataSource;
    private final JsonMapper json;
    private final String claimUrlTemplate;
    private final ClaimReviewWriter.Desk desk;
    private MeterRegistry meters;

    public ExportService(DataSource dataSource, JsonMapper json,
                         @Value("${factmark.export.claim-url:}") String claimUrlTemplate,
                         @Value("${factmark.export.organization-name:Factmark}") String organizationName,
                         @Value("${factmark.export.organization-url:}") String organizationUrl) {
        this.dataSource = dataSource;
        this.json = json;
        this.claimUrlTemplate = claimUrlTemplate == null ? "" : claimUrlTemplate.strip();
        this.desk = new ClaimReviewWriter.Desk(organizationName, organizationUrl == null || organizationUrl.isBlank() ? null : organizationUrl.strip());
    }

    /**
     * The claim address template ({articleId}, {id}) for ClaimReview url and AVeriTeC fact_checking_article: the
     * configured public address (factmark.export.claim-url) when set, else the address the request came in on
     * ({@code requestBase}, e.g. https://desk.example.org/factmark), else http://localhost:8080.
     */
    String claimUrlTemplate(String requestBase) {
        if (!claimUrlTemplate.isEmpty()) return claimUrlTemplate;
        if (requestBase != null && !requestBase.isBlank()) {
            String base = requestBase.strip();
            while (base.endsWith("/")) base = base.substring(0, base.length() - 1);
            return base + CLAIM_PATH;
        }
        return FALLBACK_CLAIM_URL;
    }

    /** Metrics (docs/scale-out.md): timer factmark.exports by format and outcome, counter factmark.export.claims. */
    @Autowired(required = false)
    void setMeterRegistry(MeterRegistry meters) {
        this.meters = meters;
    }

    private void measure(ExportFormat format, long startNanos, long claims, boolean ok) {
        if (meters == null) return;
        Timer.builder("factmark.exports").description("dataset exports").tag("format", format.id())
                .tag("outcome", ok ? "success" : "error").register(meters).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
        if (claims > 0) meters.counter("factmark.export.claims", "format", format.id()).increment(claims);
    }

    /** What an export produced. */
    public record ExportResult(long claims, long millis) {
    }

    /** A user as exports show them (by username). */
    record UserRow(long id, String username, String displayName, String roles) {
    }

    /** An article for pickers: id and title. */
    public record ArticleOption(long id, String title) {
    }

    /**
     * Streams the claims matching {@code filter} to {@code out} in {@code format}. {@code progress} (may be null)
     * receives the number of claims written so far, every {@value #PROGRESS_EVERY} claims and at the end.
     * The stream is flushed, not closed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExportResult export(ExportFilter filter, ExportFormat format, OutputStream out, LongConsumer progress) {
        return export(filter, format, out, progress, false);
    }

    /** As {@link #export(ExportFilter, ExportFormat, OutputStream, LongConsumer)}; {@code bom} puts a UTF-8 BOM before CSV. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExportResult export(ExportFilter filter, ExportFormat format, OutputStream out, LongConsumer progress, boolean bom) {
        return export(filter, format, out, progress, bom, null);
    }

    /**
     * As {@link #export(ExportFilter, ExportFormat, OutputStream, LongConsumer, boolean)}; {@code requestBase} is the
     * address the request came in on (scheme, host, port, context path), used for claim addresses unless
     * factmark.export.claim-url is set.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExportResult export(ExportFilter filter, ExportFormat format, OutputStream out, LongConsumer progress, boolean bom,
                               String requestBase) {
        long t0 = System.nanoTime();
        Connection con = DataSourceUtils.getConnection(dataSource);
        boolean autoCommit = false;
        try {
            // PostgreSQL streams a forward-only cursor with a fetch size only with autocommit off (else pgjdbc reads the
            // whole result into memory). The transaction has it off; a caller without one gets it off here.
            autoCommit = con.getAutoCommit();
            if (autoCommit) con.setAutoCommit(false);
            Map<Long, UserRow> users = users(con);
            Long annotatorId = annotatorId(users, filter);
            if (format == ExportFormat.CHECKTHAT) { // sentence level, not one row per claim
                long n = CheckThatExport.write(con, filter, annotatorId, out, progress);
                measure(format, t0, n, true);
                return new ExportResult(n, (System.nanoTime() - t0) / 1_000_000);
            }
            DatasetWriter writer = writer(format, out, bom, users, claimUrlTemplate(requestBase));
            try {
                long n = stream(con, filter, annotatorId, writer, progress, users);
                measure(format, t0, n, true);
                return new ExportResult(n, (System.nanoTime() - t0) / 1_000_000);
            } finally {
                writer.discard();
            }
        } catch (SQLException e) {
            measure(format, t0, 0, false);
            throw new IllegalStateException("export failed: " + e.getMessage(), e);
        } catch (IOException e) {
            measure(format, t0, 0, false);
            throw new UncheckedIOException(e);
        } finally {
            if (autoCommit) restoreAutoCommit(con);
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    private static void restoreAutoCommit(Connection con) {
        try {
            con.rollback(); // read only: nothing to keep
            con.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is released (and discarded by the pool if broken) next
        }
    }

    /** Checks the filter against the database (the annotator and article exist), so callers can reject it early. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void validate(ExportFilter filter) {
        withConnection(con -> {
            annotatorId(users(con), filter);
            if (filter.articleId() != null
                    && list(con, "select id from articles where id = ?", rs -> rs.getLong(1), filter.articleId()).isEmpty()) {
                throw new InvalidInputException("article", "article: there is no article with id " + filter.articleId() + ".");
            }
            return null;
        });
    }

    /** How many claims match the filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(ExportFilter filter) {
        return withConnection(con -> {
            Map<Long, UserRow> users = users(con);
            Where w = where(filter, annotatorId(users, filter));
            // with a rating filter, claims whose rating is hidden from the viewer (blind review) are not counted,
            // as export leaves them out: the same rule as VerdictVisibility, in SQL
            Viewer viewer = Viewer.current();
            boolean hideBlind = filter.rating() != null && !viewer.admin();
            Long me = viewer.username() == null ? -1L : users.values().stream()
                    .filter(u -> u.username().equals(viewer.username())).map(UserRow::id).findFirst().orElse(-1L);
            String blindSql = !hideBlind ? "" : (w.empty() ? " where " : " and ")
                    + "not (a.blind_review and c.status in ('DRAFT', 'IN_REVIEW') and c.author_id <> ?"
                    + " and coalesce(v.author_id, -1) <> ? and not exists (select 1 from verdicts s where s.claim_id = c.id"
                    + " and s.kind = 'SECOND_OPINION' and s.author_id = ?))";
            try (PreparedStatement ps = con.prepareStatement("select count(*) from claims c"
                    + (filter.rating() != null ? " left join verdicts v on v.id = c.verdict_id join articles a on a.id = c.article_id" : "")
                    + w.sql + blindSql)) {
                int i = w.bind(ps);
                if (hideBlind) {
                    ps.setLong(i++, me);
                    ps.setLong(i++, me);
                    ps.setLong(i, me);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Articles that have claims, for the article filter (id and title, by title). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ArticleOption> articles() {
        return withConnection(con -> list(con,
                "select a.id, a.title from articles a where exists (select 1 from claims c where c.article_id = a.id) order by a.title, a.id",
                rs -> new ArticleOption(rs.getLong(1), rs.getString(2))));
    }

    /** Usernames of everyone who authored a claim, for the annotator filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> annotators() {
        return withConnection(con -> list(con,
                "select u.username from users u where exists (select 1 from claims c where c.author_id = u.id) order by u.username",
                rs -> rs.getString(1)));
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection con) throws SQLException;
    }

    /** Runs {@code work} on the transaction's connection. */
    private <T> T withConnection(SqlWork<T> work) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(con);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    private static <T> List<T> list(Connection con, String sql, RowReader<T> reader, Object... params) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(reader.read(rs));
                return out;
            }
        }
    }

    /**
     * The file name a download of this export gets, distinct per format so that two downloads never replace each
     * other: factmark-fever-checked-2026-11-27.jsonl, factmark-jsonl-checked-2026-11-27.jsonl.
     */
    public static String fileName(ExportFilter filter, ExportFormat format, LocalDate today) {
        return "factmark-" + format.id() + "-" + filter.statusLabel().replace('_', '-') + "-" + today + "." + format.extension();
    }

    DatasetWriter writer(ExportFormat format, OutputStream out, boolean bom, Map<Long, UserRow> users, String claimUrlTemplate) {
        return switch (format) {
            case CSV -> new CsvDatasetWriter(out, bom);
            // the account list (usernames, names, roles) is for admins only; others' exports name people by username only
            case JSONL -> new JsonlDatasetWriter(out, json, !org.factmark.security.CurrentUser.hasRole(
                    org.factmark.security.Role.ADMIN) ? List.of() : users.values().stream()
                    .sorted(Comparator.comparing(UserRow::username)).toList());
            case WEB_ANNOTATION -> new WebAnnotationWriter(out, json);
            case CLAIMREVIEW -> new ClaimReviewWriter(out, json, claimUrlTemplate, desk, displayNames(users));
            case FEVER -> new FeverWriter(out, json);
            case AVERITEC -> new AveritecWriter(out, json, claimUrlTemplate);
            case XLSX -> new XlsxDatasetWriter(out);
            case CHECKTHAT -> throw new IllegalArgumentException("checkthat is written by CheckThatExport");
        };
    }

    private static Map<String, String> displayNames(Map<Long, UserRow> users) {
        Map<String, String> names = new HashMap<>();
        for (UserRow u : users.values()) {
            names.put(u.username(), u.displayName() == null || u.displayName().isBlank() ? u.username() : u.displayName());
        }
        return names;
    }

    private static Map<Long, UserRow> users(Connection con) throws SQLException {
        Map<Long, UserRow> users = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement("select id, username, display_name, roles from users");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                users.put(rs.getLong(1), new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return users;
    }

    private static Long annotatorId(Map<Long, UserRow> users, ExportFilter filter) {
        if (filter.annotator() == null) return null;
        return users.values().stream().filter(u -> u.username().equals(filter.annotator())).map(UserRow::id).findFirst()
                .orElseThrow(() -> new InvalidInputException("annotator", "annotator: there is no user named '" + filter.annotator() + "'."));
    }

    /** A WHERE clause over claims c (and verdicts v for the rating) with its parameters. */
    record Where(String sql, List<Object> params) {
        int bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            for (Object p : params) ps.setObject(i++, p);
            return i;
        }

        boolean empty() {
            return sql.isEmpty();
        }
    }

    static Where where(ExportFilter f, Long annotatorId) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.status() != null) {
            parts.add("c.status = ?");
            params.add(f.status().name());
        }
        if (f.articleId() != null) {
            parts.add("c.article_id = ?");
            params.add(f.articleId());
        }
        if (annotatorId != null) {
            parts.add("c.author_id = ?");
            params.add(annotatorId);
        }
        if (f.rating() != null) {
            parts.add("v.rating = ?");
            params.add(f.rating().name());
        }
        if (f.from() != null) {
            parts.add("coalesce(c.checked_at, c.created_at) >= ?");
            params.add(f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            parts.add("coalesce(c.checked_at, c.created_at) < ?");
            params.add(f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
    }

    private static final String CLAIMS_SQL = """
            select c.id, c.article_id, c.start_offset, c.end_offset, c.quote, c.prefix, c.suffix, c.claim_type,
                   c.claimant, c.restatement, c.status, c.author_id, c.verdict_id, v.rating, v.rationale, v.author_id,
                   c.created_at, c.updated_at, c.submitted_at, c.checked_at, c.checked_by_id,
                   a.title, a.url, a.publisher, a.published_at, a.language, a.body_sha256, a.blind_review,
                   a.created_at, a.created_by
            from claims c join articles a on a.id = c.article_id left join verdicts v on v.id = c.verdict_id""";

    /**
     * The claim query. H2 would pick the (status, id) index for a status filter and then sort the whole result by id;
     * reading the primary key in order streams instead, so unless one article is asked for (a small result, found by
     * its index) the query names the primary-key index. (Package-private: ExportBenchmark prints its plan.)
     */
    static String claimsSql(Connection con, ExportFilter filter) throws SQLException {
        if (filter.articleId() != null || !con.getMetaData().getDatabaseProductName().equals("H2")) return CLAIMS_SQL;
        try (PreparedStatement ps = con.prepareStatement("select index_name from information_schema.indexes "
                + "where table_schema = 'PUBLIC' and table_name = 'CLAIMS' and index_type_name = 'PRIMARY KEY'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return CLAIMS_SQL;
            return CLAIMS_SQL.replace("from claims c ", "from claims c use index (\"" + rs.getString(1) + "\") ");
        }
    }

    long stream(Connection con, ExportFilter filter, Long annotatorId, DatasetWriter writer, LongConsumer progress,
                Map<Long, UserRow> users) throws SQLException, IOException {
        Where w = where(filter, annotatorId);
        boolean history = writer.needsHistory();
        boolean bodies = writer.needsArticleBody();
        boolean sentences = writer.needsSentence();
        Set<Long> articlesSeen = new HashSet<>();
        ArticleBodies recentBodies = sentences ? new ArticleBodies(con) : null;
        long n = 0;
        Blind blind = Blind.of(con, Viewer.current(), users);
        writer.begin();
        try (PreparedStatement ps = forwardOnly(con, claimsSql(con, filter) + w.sql + " order by c.id");
             ChildCursor<ClaimRow.SourceRow> sources = new ChildCursor<>(con, "sources",
                     "id, url, title, publisher, excerpt, accessed_on, stance, created_by_id, created_at", w, filter,
                     (rs) -> new ClaimRow.SourceRow(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                             rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                             username(users, rs.getObject(9, Long.class)), instant(rs, 10)));
             ChildCursor<ClaimRow.VerdictRow> verdicts = !history ? null : new ChildCursor<>(con, "verdicts",
                     "id, author_id, kind, rating, rationale, created_at", w, filter,
                     (rs) -> new ClaimRow.VerdictRow(rs.getLong(2), username(users, rs.getLong(3)), rs.getString(4),
                             rs.getString(5), rs.getString(6), instant(rs, 7)));
             ChildCursor<ClaimRow.ReviewRow> reviews = !history ? null : new ChildCursor<>(con, "reviews",
                     "id, verdict_id, reviewer_id, decision, rating, comment, created_at", w, filter,
                     (rs) -> new ClaimRow.ReviewRow(rs.getLong(2), rs.getLong(3), username(users, rs.getLong(4)),
                             rs.getString(5), rs.getString(6), rs.getString(7), instant(rs, 8)));
             ChildCursor<ClaimRow.CommentRow> comments = !history ? null : new ChildCursor<>(con, "comments",
                     "id, author_id, body, created_at", w, filter,
                     (rs) -> new ClaimRow.CommentRow(rs.getLong(2), username(users, rs.getLong(3)), rs.getString(4),
                             instant(rs, 5)))) {
            w.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long articleId = rs.getLong(2);
                    String body = bodies && articlesSeen.add(articleId) ? body(con, articleId) : null;
                    ClaimRow.Article article = new ClaimRow.Article(articleId, rs.getString(22), rs.getString(23),
                            rs.getString(24), rs.getObject(25, LocalDate.class), rs.getString(26), body,
                            rs.getString(27), rs.getBoolean(28), history ? instant(rs, 29) : null, rs.getString(30));
                    ClaimRow row = new ClaimRow(id, article, rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                            username(users, rs.getLong(12)), rs.getObject(13, Long.class), rs.getString(14),
                            rs.getString(15), username(users, rs.getObject(16, Long.class)), instant(rs, 17),
                            instant(rs, 18), history ? instant(rs, 19) : null, instant(rs, 20), username(users, rs.getObject(21, Long.class)),
                            sources.rowsOf(id), history ? verdicts.rowsOf(id) : List.of(),
                            history ? reviews.rowsOf(id) : List.of(), history ? comments.rowsOf(id) : List.of(),
                            sentences ? sentence(recentBodies, article, rs.getString(10), rs.getInt(3), rs.getInt(4)) : null);
                    ClaimRow shown = blind.apply(row);
                    // a rating filter must not tell a blind viewer the rating it hides
                    if (shown != row && filter.rating() != null) continue;
                    if (!writer.accepts(shown)) continue;
                    writer.claim(shown);
                    n++;
                    if (progress != null && n % PROGRESS_EVERY == 0) progress.accept(n);
                }
            }
        }
        if (bodies && filter.unrestricted()) claimlessArticles(con, articlesSeen, writer);
        writer.end();
        if (progress != null) progress.accept(n);
        return n;
    }

    private static void claimlessArticles(Connection con, Set<Long> seen, DatasetWriter writer) throws SQLException, IOException {
        try (PreparedStatement ps = forwardOnly(con, """
                select a.id, a.title, a.url, a.publisher, a.published_at, a.language, a.body_sha256, a.blind_review,
                       a.created_at, a.created_by, a.body
                from articles a where not exists (select 1 from claims c where c.article_id = a.id) order by a.id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (seen.contains(rs.getLong(1))) continue;
                writer.claimlessArticle(new ClaimRow.Article(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(11),
                        rs.getString(7), rs.getBoolean(8), instant(rs, 9), rs.getString(10)));
            }
        }
    }

    /** The sentence of the article that holds [start, end), for claims without a restatement (else null). */
    private static String sentence(ArticleBodies bodies, ClaimRow.Article article, String restatement, int start, int end)
            throws SQLException {
        if (restatement != null && !restatement.isBlank()) return null;
        String body = bodies.get(article.id());
        if (body == null || end > CodePoints.length(body)) return null;
        Sentences.InContext s = Sentences.around(body, start, end, article.language());
        return (s.before() + s.quote() + s.after()).strip();
    }

    /**
     * The bodies of the articles read most recently, up to {@value #KEEP_CHARS} characters in all (at least one body):
     * claims in id order come from many articles interleaved, and each body is read once while it fits.
     */
    private static final class ArticleBodies {
        private static final long KEEP_CHARS = 8_000_000;
        private final Connection con;
        private long chars;
        private final Map<Long, String> recent = new java.util.LinkedHashMap<>(64, 0.75f, true);

        ArticleBodies(Connection con) {
            this.con = con;
        }

        String get(long articleId) throws SQLException {
            String b = recent.get(articleId);
            if (b == null) {
                b = body(con, articleId);
                if (b == null) return null;
                recent.put(articleId, b);
                chars += b.length();
                var eldest = recent.entrySet().iterator();
                while (chars > KEEP_CHARS && recent.size() > 1) {
                    chars -= eldest.next().getValue().length();
                    eldest.remove();
                }
            }
            return b;
        }
    }

    private static String body(Connection con, long articleId) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("select body from articles where id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static PreparedStatement forwardOnly(Connection con, String sql) throws SQLException {
        PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        ps.setFetchSize(FETCH_SIZE);
        return ps;
    }

    static String username(Map<Long, UserRow> users, Long id) {
        if (id == null) return null;
        UserRow u = users.get(id);
        return u == null ? null : u.username();
    }

    static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /**
     * The blind second-opinion rule ({@link VerdictVisibility}) applied to each streamed row: the one hook every
     * export format goes through. It knows the viewer's own blind ratings (one small query up front); per row it
     * only compares fields the claim query read anyway, so streaming stays as it was.
     */
    record Blind(Viewer viewer, Set<Long> myBlindRatings) {
        static Blind of(Connection con, Viewer viewer, Map<Long, UserRow> users) throws SQLException {
            Long me = viewer.username() == null ? null : users.values().stream()
                    .filter(u -> u.username().equals(viewer.username())).map(UserRow::id).findFirst().orElse(null);
            Set<Long> mine = new HashSet<>(me == null ? List.of() : list(con,
                    "select claim_id from verdicts where kind = 'SECOND_OPINION' and author_id = ?", rs -> rs.getLong(1), me));
            return new Blind(viewer, mine);
        }

        /** The row as the viewer may see it: while hidden, no one else's rating, rationale, review text or comment. */
        ClaimRow apply(ClaimRow r) {
            if (!VerdictVisibility.hidden(viewer, r.article().blindReview(), ClaimStatus.valueOf(r.status()), r.annotator(),
                    r.verdictAuthor(), myBlindRatings.contains(r.id()))) {
                return r;
            }
            String me = viewer.username();
            return new ClaimRow(r.id(), r.article(), r.start(), r.end(), r.quote(), r.prefix(), r.suffix(), r.claimType(),
                    r.claimant(), r.restatement(), r.status(), r.annotator(), r.verdictId(), null, null, r.verdictAuthor(),
                    r.createdAt(), r.updatedAt(), r.submittedAt(), r.checkedAt(), r.reviewer(), r.sources(),
                    r.verdicts().stream().filter(v -> v.author() != null && v.author().equals(me)).toList(),
                    r.reviews().stream().map(v -> v.reviewer() != null && v.reviewer().equals(me) ? v
                            : new ClaimRow.ReviewRow(v.id(), v.verdictId(), v.reviewer(), v.decision(), null, null, v.createdAt())).toList(),
                    r.comments().stream().filter(c -> c.author() != null && c.author().equals(me)).toList(),
                    r.sentence());
        }
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Child rows of one table (claim_id is column 1) ordered by claim id, read in lockstep with the claim cursor:
     * {@link #rowsOf} must be called with ascending claim ids; rows of claims that are not asked for are skipped.
     */
    static final class ChildCursor<T> implements AutoCloseable {
        private final PreparedStatement ps;
        private final ResultSet rs;
        private final RowReader<T> reader;
        private boolean hasRow;

        ChildCursor(Connection con, String table, String columns, Where w, ExportFilter filter, RowReader<T> reader)
                throws SQLException {
            String sql = "select t.claim_id, " + prefixed(columns) + " from " + table + " t";
            // The merge in rowsOf skips rows of claims that are not exported anyway. For a status-only filter (most
            // claims match) reading every child row is cheaper than a claim look-up per row; narrower filters exclude
            // the other claims' rows in SQL.
            boolean narrow = filter.articleId() != null || filter.annotator() != null || filter.rating() != null
                    || filter.from() != null || filter.to() != null;
            if (narrow) {
                sql += " where exists (select 1 from claims c"
                        + (filter.rating() != null ? " left join verdicts v on v.id = c.verdict_id" : "")
                        + w.sql.replaceFirst(" where ", " where c.id = t.claim_id and ") + ")";
            }
            // ordered by claim_id only: H2 then reads the claim_id index in order without sorting; rows of one claim are
            // sorted by id in rowsOf
            sql += " order by t.claim_id";
            this.ps = forwardOnly(con, sql);
            if (narrow) w.bind(ps);
            this.rs = ps.executeQuery();
            this.reader = reader;
            this.hasRow = rs.next();
        }

        private static String prefixed(String columns) {
            StringBuilder b = new StringBuilder();
            for (String c : columns.split(",")) {
                if (!b.isEmpty()) b.append(", ");
                b.append("t.").append(c.strip());
            }
            return b.toString();
        }

        List<T> rowsOf(long claimId) throws SQLException {
            while (hasRow && rs.getLong(1) < claimId) hasRow = rs.next();
            if (!hasRow || rs.getLong(1) != claimId) return List.of();
            List<T> rows = new ArrayList<>(2);
            List<Long> ids = new ArrayList<>(2);
            while (hasRow && rs.getLong(1) == claimId) {
                ids.add(rs.getLong(2));
                rows.add(reader.read(rs));
                hasRow = rs.next();
            }
            if (rows.size() > 1) sortById(rows, ids);
            return rows;
        }

        private static <T> void sortById(List<T> rows, List<Long> ids) {
            Integer[] order = new Integer[rows.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            java.util.Arrays.sort(order, Comparator.comparing(ids::get));
            List<T> copy = new ArrayList<>(rows);
            for (int i = 0; i < order.length; i++) rows.set(i, copy.get(order[i]));
        }

        @Override
        public void close() throws SQLException {
            try {
                rs.close();
            } finally {
                ps.close();
            }
        }
    }
}
