package org.factmark.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.base.live.ClaimChange;
import org.factmark.base.live.ClaimEvents;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.testsupport.PostgresTestDatabase;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Colleagues' changes reach live views: a committed change is published once with its ids and actor (on this node;
 * on PostgreSQL also to other nodes through LISTEN/NOTIFY), bursts are coalesced, and a lost LISTEN connection
 * is followed by a "reload everything".
 */
@SpringBootTest
class ClaimEventsTest {
    @Autowired
    ClaimEvents events;
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;

    private static void waitFor(List<?> list, int size, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (list.size() < size && System.currentTimeMillis() < end) Thread.sleep(20);
    }

    @Test
    void a_claim_marked_by_alice_reaches_subscribers_within_two_seconds_with_its_ids_and_her_name() throws Exception {
        List<ClaimChange> got = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = events.subscribe(got::addAll);
        try {
            Claim c = TestUsers.as("alice", () -> {
                Article a = articles.create(new ArticleDraft("Live " + System.nanoTime(), null, null, null, "en",
                        "Inflation fell to 2.1% in May, the office said."));
                return claims.mark(a.getId(), 0, 30, false, ClaimType.STATISTIC, null);
            });
            long t0 = System.currentTimeMillis();
            waitFor(got, 1, 2000);
            assertThat(System.currentTimeMillis() - t0).isLessThan(2000);
            assertThat(got).contains(new ClaimChange(c.getId(), c.getArticle().getId(), "alice"));
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void a_burst_of_changes_arrives_as_a_few_batches() throws Exception {
        List<List<ClaimChange>> batches = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = events.subscribe(batches::add);
        try {
            for (int i = 1; i <= 200; i++) events.publish(new ClaimChange(1_000_000 + i, 1, "bob"));
            long end = System.currentTimeMillis() + 2000;
            while (batches.stream().mapToInt(List::size).sum() < 200 && System.currentTimeMillis() < end) Thread.sleep(20);
            assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(200);
            assertThat(batches.size()).as("UI updates for 200 changes").isLessThanOrEqualTo(3);
        } finally {
            unsubscribe.run();
        }
    }

    private static PGSimpleDataSource postgres(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(PostgresTestDatabase.urlFor(schema));
        ds.setUser(PostgresTestDatabase.user());
        ds.setPassword(PostgresTestDatabase.password());
        return ds;
    }

    @Test
    void on_postgresql_a_change_on_node_a_reaches_node_b_and_a_lost_connection_is_followed_by_a_full_reload() throws Exception {
        assumeTrue(PostgresTestDatabase.reachable(), "needs PostgreSQL (" + PostgresTestDatabase.url() + ")");
        String schema = PostgresTestDatabase.createSchema();
        ClaimEvents nodeA = new ClaimEvents(postgres(schema), 200);
        ClaimEvents nodeB = new ClaimEvents(postgres(schema), 200);
        try {
            List<ClaimChange> onA = new CopyOnWriteArrayList<>();
            List<ClaimChange> onB = new CopyOnWriteArrayList<>();
            nodeA.subscribe(onA::addAll);
            nodeB.subscribe(onB::addAll);
            Thread.sleep(1500); // both LISTEN connections up
            nodeA.publish(new ClaimChange(42, 7, "alice"));
            waitFor(onB, 1, 2000);
            assertThat(onB).containsExactly(new ClaimChange(42, 7, "alice"));
            Thread.sleep(500);
            assertThat(onA).as("node A delivers its own change once").containsExactly(new ClaimChange(42, 7, "alice"));

            onB.clear();
            try (Connection c = PostgresTestDatabase.connect(); Statement st = c.createStatement()) {
                // only this test's two nodes (their schema's channel): other test contexts keep their connections
                st.execute("select pg_terminate_backend(pid) from pg_stat_activity where query like 'listen "
                        + ClaimEvents.channelFor(schema) + "%' and pid <> pg_backend_pid() and usename = current_user");
            }
            long end = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(10);
            while (onB.stream().noneMatch(ClaimChange::isEverything) && System.currentTimeMillis() < end) Thread.sleep(50);
            assertThat(onB).as("after reconnecting, views reload everything").contains(ClaimChange.everything());
        } finally {
            nodeA.stop();
            nodeB.stop();
            PostgresTestDatabase.dropSchema(schema);
        }
    }
}
