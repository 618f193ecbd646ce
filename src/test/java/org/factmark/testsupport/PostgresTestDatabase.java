package org.factmark.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The test suites on PostgreSQL. {@code ./mvnw verify} runs the persistence, service, REST and export tests a second
 * time with {@code -Dfactmark.test.postgres=true} (see pom.xml). Then every Spring test context gets a schema of its
 * own in the PostgreSQL database named by {@code FACTMARK_TEST_PG_URL} (default
 * {@code jdbc:postgresql://localhost:5432/factmark_test}, user/password {@code FACTMARK_TEST_PG_USER} /
 * {@code FACTMARK_TEST_PG_PASSWORD}, default factmark/factmark), migrated by Flyway and dropped when the context
 * closes, so runs never need a pristine database and never see each other's rows. Where no PostgreSQL answers, the
 * classes are skipped with a message saying so (this class is also the JUnit condition, auto-detected in that run).
 */
public final class PostgresTestDatabase implements ExecutionCondition, ContextCustomizerFactory {
    private static final String SCHEMA_PREFIX = "fmtest_";
    private static volatile Boolean reachable;
    private static volatile String unreachableReason;
    private static volatile boolean oldSchemasDropped;

    /** True in the PostgreSQL test run. */
    public static boolean active() {
        return Boolean.getBoolean("factmark.test.postgres");
    }

    public static String url() {
        return setting("FACTMARK_TEST_PG_URL", "jdbc:postgresql://localhost:5432/factmark_test");
    }

    public static String user() {
        return setting("FACTMARK_TEST_PG_USER", "factmark");
    }

    public static String password() {
        return setting("FACTMARK_TEST_PG_PASSWORD", "factmark");
    }

    private static String setting(String env, String fallback) {
        String v = System.getProperty(env.toLowerCase(Locale.ROOT).replace('_', '.'), System.getenv(env));
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Whether the PostgreSQL test database answers (probed once per JVM). */
    public static boolean reachable() {
        if (reachable == null) {
            synchronized (PostgresTestDatabase.class) {
                if (reachable == null) {
                    DriverManager.setLoginTimeout(3);
                    try (Connection c = connect()) {
                        reachable = c.isValid(3);
                    } catch (SQLException e) {
                        unreachableReason = e.getMessage();
                        reachable = false;
                    }
                    if (active() && !reachable) {
                        System.err.println("*** PostgreSQL test run SKIPPED: no PostgreSQL reachable at " + url() + " as " + user()
                                + " (" + unreachableReason + "). See docs/postgresql.md.");
                    }
                }
            }
        }
        return reachable;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** A new, empty schema; returns its name. Schemas left by killed runs (older than a day) are dropped first. */
    public static String createSchema() {
        String name = SCHEMA_PREFIX + Instant.now().getEpochSecond() + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = connect(); Statement st = c.createStatement()) {
            if (!oldSchemasDropped) {
                oldSchemasDropped = true;
                dropOldSchemas(c);
            }
            st.execute("create schema " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + url() + ": " + e.getMessage(), e);
        }
        return name;
    }

    public static void dropSchema(String name) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + name + " cascade");
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + name + ": " + e.getMessage());
        }
    }

    private static void dropOldSchemas(Connection c) throws SQLException {
        long cutoff = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
        List<String> old = new ArrayList<>();
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("select nspname from pg_namespace where nspname like '" + SCHEMA_PREFIX + "%'")) {
            while (rs.next()) {
                String n = rs.getString(1);
                String[] parts = n.substring(SCHEMA_PREFIX.length()).split("_");
                try {
                    if (Long.parseLong(parts[0]) < cutoff) old.add(n);
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        }
        for (String n : old) {
            try (Statement st = c.createStatement()) {
                st.execute("drop schema if exists " + n + " cascade");
            }
        }
    }

    /** The JDBC URL of the test database with {@code schema} as the current schema. */
    public static String urlFor(String schema) {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    // JUnit: skip with a clear reason where PostgreSQL is not reachable
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!active()) return ConditionEvaluationResult.enabled("H2 run");
        if (reachable()) return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url());
        return ConditionEvaluationResult.disabled("PostgreSQL run skipped: no PostgreSQL reachable at " + url()
                + " as " + user() + " (" + unreachableReason + "). Set FACTMARK_TEST_PG_URL/_USER/_PASSWORD or start one; see docs/postgresql.md.");
    }

    // Spring: one schema per test context
    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return active() ? new SchemaPerContext() : null;
    }

    static final class SchemaPerContext implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (!reachable()) return;
            String schema = createSchema();
            Map<String, Object> props = new HashMap<>();
            props.put("spring.datasource.url", urlFor(schema));
            props.put("spring.datasource.username", user());
            props.put("spring.datasource.password", password());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-schema", props));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    // the pool's idle connections hold no locks, so the drop does not wait for them
                    dropSchema(schema);
                }
            });
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SchemaPerContext;
        }

        @Override
        public int hashCode() {
            return SchemaPerContext.class.hashCode();
        }
    }
}
