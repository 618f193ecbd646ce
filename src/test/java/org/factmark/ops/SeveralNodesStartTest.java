package org.factmark.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.factmark.Application;
import org.factmark.base.StartupLock;
import org.factmark.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several app nodes starting at once on one empty PostgreSQL database load the demo data once: Flyway serialises
 * the migrations, {@link StartupLock} (a PostgreSQL advisory lock) the seed loading. Runs in the PostgreSQL test run.
 */
class SeveralNodesStartTest {

    private static void requirePostgres() {
        assumeTrue(PostgresTestDatabase.active() && PostgresTestDatabase.reachable(),
                "runs in the PostgreSQL test run (./mvnw verify with a reachable PostgreSQL)");
    }

    private static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(PostgresTestDatabase.urlFor(schema));
        ds.setUser(PostgresTestDatabase.user());
        ds.setPassword(PostgresTestDatabase.password());
        return ds;
    }

    @Test
    void a_second_node_waits_for_the_first_nodes_startup_work_to_finish() throws Exception {
        requirePostgres();
        String schema = PostgresTestDatabase.createSchema();
        try {
            StartupLock nodeA = new StartupLock(dataSource(schema));
            StartupLock nodeB = new StartupLock(dataSource(schema));
            CountDownLatch aHolds = new CountDownLatch(1);
            List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> run(nodeA, () -> {
                order.add("A starts");
                aHolds.countDown();
                Thread.sleep(1500);
                order.add("A ends");
            }));
            assertThat(aHolds.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> run(nodeB, () -> order.add("B starts")));
            CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);
            assertThat(order).containsExactly("A starts", "A ends", "B starts");
        } finally {
            PostgresTestDatabase.dropSchema(schema);
        }
    }

    private static void run(StartupLock lock, StartupLock.Work work) {
        try {
            lock.run("demo-data", work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void two_nodes_starting_at_once_on_an_empty_database_load_the_demo_data_once() throws Exception {
        requirePostgres();
        String schema = PostgresTestDatabase.createSchema();
        String[] args = {"--spring.datasource.url=" + PostgresTestDatabase.urlFor(schema),
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--server.port=0", "--factmark.demo=true", "--factmark.demo.claims=true", "--spring.main.banner-mode=off"};
        List<CompletableFuture<ConfigurableApplicationContext>> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                nodes.add(CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(Application.class).run(args)));
            }
            CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource(schema));
            assertThat(jdbc.queryForObject("select count(*) from users", Long.class)).isEqualTo(4);
            assertThat(jdbc.queryForObject("select count(*) from articles", Long.class)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) - count(distinct body_sha256) from articles", Long.class))
                    .as("no seed article twice").isZero();
            assertThat(jdbc.queryForObject("select count(*) from claims", Long.class)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from (select article_id, start_offset, end_offset, author_id "
                    + "from claims group by article_id, start_offset, end_offset, author_id having count(*) > 1) d", Long.class))
                    .as("no demo claim twice").isZero();
        } finally {
            for (var n : nodes) {
                if (n.isDone() && !n.isCompletedExceptionally()) n.get().close();
            }
            PostgresTestDatabase.dropSchema(schema);
        }
    }
}
