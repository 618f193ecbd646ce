package org.factmark.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Serialises start-up work (demo/seed data, the bootstrap admin) across app nodes that start at once on one
 * database. On PostgreSQL a session-level advisory lock held on a connection of its own for the duration; on H2
 * (one process per database file) a lock in this JVM is enough. The work itself must check whether it is still
 * needed once it holds the lock (the node before may have done it).
 */
@Component
public class StartupLock {
    /** First key of our advisory locks ("FACT"), so they do not collide with other applications' int keys. */
    static final int NAMESPACE = 0x46414354;

    private final DataSource dataSource;
    private final ReentrantLock local = new ReentrantLock();

    public StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} while holding the lock called {@code name}, waiting for another node that holds it. */
    public void run(String name, Work work) throws Exception {
        local.lock();
        try (Connection con = dataSource.getConnection()) {
            boolean postgres = con.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            if (postgres) advisory(con, "select pg_advisory_lock(?, ?)", name);
            try {
                work.run();
            } finally {
                if (postgres) advisory(con, "select pg_advisory_unlock(?, ?)", name);
            }
        } finally {
            local.unlock();
        }
    }

    private static void advisory(Connection con, String sql, String name) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setInt(1, NAMESPACE);
            ps.setInt(2, name.hashCode());
            ps.execute();
        }
    }
}
