package org.factmark.base.live;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Colleagues' changes to claims, for live views (docs/scale-out.md). {@link #publish} is called after a commit;
 * subscribers get the changes in batches, at most one batch every {@code factmark.live.coalesce-ms} (default
 * 400 ms), so a burst of changes becomes a few UI updates.
 * <p>
 * On H2 (one node) the changes stay in this JVM. On PostgreSQL they also go out, with each flush, as
 * {@code NOTIFY factmark_claims}
 * (ids and the actor's username in the payload, never content) and a dedicated connection per node
 * {@code LISTEN}s for the other nodes' changes. NOTIFY is not replayed after a lost connection, so after
 * reconnecting the subscribers get {@link ClaimChange#everything()} and reload what they show.
 */
@Component
public class ClaimEvents {
    static final String CHANNEL = "factmark_claims";
    /**
     * The channel of this desk: NOTIFY channels belong to the whole database, so desks (or test contexts) kept in
     * different schemas of one database would hear each other; the schema name is part of the channel.
     */
    private volatile String channel = CHANNEL;
    private static final Logger log = LoggerFactory.getLogger(ClaimEvents.class);

    private final DataSource dataSource;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final List<Consumer<List<ClaimChange>>> subscribers = new CopyOnWriteArrayList<>();
    private final Set<ClaimChange> pending = new LinkedHashSet<>();
    private final Set<ClaimChange> outgoing = new LinkedHashSet<>();
    private final ScheduledExecutorService flusher;
    private volatile boolean postgres;
    private volatile Thread listener;
    private volatile boolean running = true;

    public ClaimEvents(DataSource dataSource, @Value("${factmark.live.coalesce-ms:400}") long coalesceMs) {
        this.dataSource = dataSource;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "claim-events-flush"));
        flusher.scheduleWithFixedDelay(this::flush, coalesceMs, coalesceMs, TimeUnit.MILLISECONDS);
        try (Connection c = dataSource.getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            if (postgres) channel = channelFor(c.getSchema());
        } catch (SQLException e) {
            log.warn("live updates: cannot tell the database: {}", e.getMessage());
        }
        if (postgres) {
            listener = daemon(this::listen, "claim-events-listen");
            listener.start();
        }
    }

    /** {@code factmark_claims} for the default schema, else {@code factmark_claims_<schema>}, as a safe identifier. */
    public static String channelFor(String schema) {
        if (schema == null || schema.isBlank() || schema.equals("public")) return CHANNEL;
        String safe = schema.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String name = CHANNEL + "_" + safe;
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Subscribes; the returned handle unsubscribes. Called on the flusher thread, never on a request thread. */
    public Runnable subscribe(Consumer<List<ClaimChange>> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** A committed change: to this node's subscribers and, on PostgreSQL, to the other nodes. */
    public void publish(ClaimChange change) {
        enqueue(change);
        if (postgres) {
            synchronized (outgoing) {
                outgoing.add(change);
            }
        }
    }

    private void enqueue(ClaimChange change) {
        synchronized (pending) {
            pending.add(change);
        }
    }

    void flush() {
        if (postgres) notifyOthers();
        List<ClaimChange> batch;
        synchronized (pending) {
            if (pending.isEmpty()) return;
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        if (batch.stream().anyMatch(ClaimChange::isEverything)) batch = List.of(ClaimChange.everything());
        for (Consumer<List<ClaimChange>> s : subscribers) {
            try {
                s.accept(batch);
            } catch (RuntimeException e) {
                log.warn("live update subscriber failed: {}", e.toString());
            }
        }
    }

    /** Sends the changes queued since the last flush in one statement (NOTIFY of the same payload twice is folded). */
    private void notifyOthers() {
        List<String> payloads = new ArrayList<>();
        synchronized (outgoing) {
            for (ClaimChange c : outgoing) {
                payloads.add(node + "|" + c.claimId() + "|" + c.articleId() + "|" + (c.actor() == null ? "" : c.actor()));
            }
            outgoing.clear();
        }
        if (payloads.isEmpty()) return;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(pg_notify(?, p)) from unnest(?::text[]) p")) {
            ps.setString(1, channel);
            ps.setArray(2, c.createArrayOf("text", payloads.toArray()));
            ps.execute();
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            log.warn("live updates: NOTIFY failed ({}); other nodes see these changes on their next reload", e.getMessage());
        }
    }

    /** The dedicated LISTEN connection: reconnects with a growing pause and then tells subscribers to reload. */
    private void listen() {
        long pause = 500;
        boolean lost = false;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("listen " + channel); // an identifier made of [a-z0-9_] only, see channelFor
                }
                if (lost) enqueue(ClaimChange.everything()); // catch up: NOTIFY is not replayed
                pause = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] ns = pg.getNotifications(1000);
                    if (ns == null) continue;
                    for (PGNotification n : ns) received(n.getParameter());
                }
            } catch (SQLException e) {
                if (!running) return;
                lost = true;
                log.warn("live updates: LISTEN connection lost ({}); reconnecting in {} ms", e.getMessage(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    return;
                }
                pause = Math.min(pause * 2, 10_000);
            }
        }
    }

    void received(String payload) {
        String[] p = payload.split("\\|", 4);
        if (p.length < 4 || p[0].equals(node)) return; // ours: already delivered locally
        try {
            enqueue(new ClaimChange(Long.parseLong(p[1]), Long.parseLong(p[2]), p[3].isEmpty() ? null : p[3]));
        } catch (NumberFormatException e) {
            log.warn("live updates: ignored a malformed notification");
        }
    }

    boolean listening() {
        return listener != null && listener.isAlive();
    }

    @PreDestroy
    public void stop() {
        running = false;
        flusher.shutdownNow();
        if (listener != null) listener.interrupt();
    }
}
