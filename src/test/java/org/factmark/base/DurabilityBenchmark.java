package org.factmark.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write throughput of the H2 file database with WRITE_DELAY=500 (H2's default: commits reach the file up to 0.5 s
 * later) and WRITE_DELAY=0 (Factmark's default: each commit is written before it returns), in one run. Each
 * transaction is what marking a claim writes: the claim row, an audit revision and the claim's audit row.
 * Run: {@code ./mvnw -B -ntp -Pbench test -Dtest=DurabilityBenchmark}. Figures in docs/durability.md.
 */
@Tag("bench")
class DurabilityBenchmark {
    private static final int THREADS = 4;
    private static final int COMMITS_PER_THREAD = 750;

    @TempDir
    Path dir;

    @Test
    void commits_per_second_with_and_without_write_delay() throws Exception {
        run("warm-up", 500, 200);
        double delayed = run("delayed", 500, COMMITS_PER_THREAD);
        double durable = run("durable", 0, COMMITS_PER_THREAD);
        System.out.printf(Locale.ROOT, "DurabilityBenchmark: %d threads x %d transactions (claim + revision + audit row)%n",
                THREADS, COMMITS_PER_THREAD);
        System.out.printf(Locale.ROOT, "  WRITE_DELAY=500 (H2 default, reference): %8.0f commits/s%n", delayed);
        System.out.printf(Locale.ROOT, "  WRITE_DELAY=0   (Factmark default)     : %8.0f commits/s (%.2fx)%n", durable,
                durable / delayed);
    }

    private double run(String name, int writeDelay, int perThread) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        String url = "jdbc:h2:file:" + folder.toAbsolutePath() + "/factmark;LAZY_QUERY_EXECUTION=1;WRITE_DELAY=" + writeDelay;
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection keep = DriverManager.getConnection(url, "sa", "")) {
            long userId;
            long articleId;
            try (Statement st = keep.createStatement()) {
                st.executeUpdate("insert into users (username, password_hash, display_name, roles, created_at) "
                        + "values ('bench', 'x', 'Bench', 'ANNOTATOR', current_timestamp)");
                userId = single(st, "select max(id) from users");
                st.executeUpdate("insert into articles (title, body, body_sha256, body_length, created_at) values "
                        + "('Bench', 'Exports rose by twelve percent.', '" + "0".repeat(64) + "', 31, current_timestamp)");
                articleId = single(st, "select max(id) from articles");
            }
            AtomicInteger failures = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    try (Connection con = DriverManager.getConnection(url, "sa", "")) {
                        con.setAutoCommit(false);
                        for (int i = 0; i < perThread; i++) markClaim(con, articleId, userId);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        e.printStackTrace();
                    }
                }));
            }
            for (Thread t : threads) t.join();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (failures.get() > 0) throw new AssertionError(failures.get() + " writer threads failed");
            return THREADS * perThread / seconds;
        }
    }

    private static void markClaim(Connection con, long articleId, long userId) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long claimId;
        try (PreparedStatement ps = con.prepareStatement("insert into claims (article_id, start_offset, end_offset, quote, "
                + "claim_type, status, author_id, created_at, updated_at) values (?, 0, 7, 'Exports', 'OTHER', 'DRAFT', ?, ?, ?)",
                new String[] {"id"})) {
            ps.setLong(1, articleId);
            ps.setLong(2, userId);
            ps.setObject(3, now);
            ps.setObject(4, now);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                claimId = rs.getLong(1);
            }
        }
        long rev;
        try (PreparedStatement ps = con.prepareStatement("insert into revinfo (revtstmp, username) values (?, 'bench')",
                new String[] {"rev"})) {
            ps.setLong(1, System.currentTimeMillis());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                rev = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = con.prepareStatement("insert into claims_aud (id, rev, revtype, article_id, start_offset, "
                + "end_offset, quote, claim_type, status, author_id) values (?, ?, 0, ?, 0, 7, 'Exports', 'OTHER', 'DRAFT', ?)")) {
            ps.setLong(1, claimId);
            ps.setLong(2, rev);
            ps.setLong(3, articleId);
            ps.setLong(4, userId);
            ps.executeUpdate();
        }
        con.commit();
    }

    private static long single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
