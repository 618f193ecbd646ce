package org.factmark.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * One Flyway history for H2 and PostgreSQL: portable scripts in db/migration, vendor-specific ones in
 * db/vendor/{vendor} (application.properties). V1 was released from db/migration; it now lives unchanged in
 * db/vendor/h2, and desks' existing H2 databases must keep migrating (Flyway checks version and checksum, not path).
 */
class MigrationLayoutTest {
    /** The checksum Flyway recorded for V1__schema.sql as released (db/migration/V1__schema.sql on main). */
    static final int RELEASED_V1_CHECKSUM = 1444200883;

    @Test
    void an_h2_database_migrated_by_the_released_v1_still_validates_and_migrates() throws Exception {
        String url = "jdbc:h2:mem:released-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        // the database as a desk has it: V1 applied by the released version
        Flyway released = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/vendor/h2")
                .target(MigrationVersion.fromVersion("1")).load();
        released.migrate();
        assertThat(released.info().applied()[0].getChecksum()).as("V1 for H2 is byte-identical to the released script")
                .isEqualTo(RELEASED_V1_CHECKSUM);
        // the application's locations, as application.properties resolves them for H2
        Flyway current = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .ignoreMigrationPatterns("*:pending").load(); // later migrations are pending there, as on upgrade
        current.validate(); // V1 applied = V1 found (checksum and version), wherever the file now lives
        current.migrate();
        assertThat(current.info().pending()).isEmpty();
    }

    @Test
    void the_vendor_folders_hold_the_same_versions_and_db_migration_holds_no_vendor_script() throws Exception {
        var h2 = Flyway.configure().dataSource("jdbc:h2:mem:x-" + UUID.randomUUID(), "sa", "")
                .locations("classpath:db/vendor/h2").load().info().all();
        var pg = Flyway.configure().dataSource("jdbc:h2:mem:y-" + UUID.randomUUID(), "sa", "")
                .locations("classpath:db/vendor/postgresql").load().info().all();
        assertThat(java.util.Arrays.stream(pg).map(m -> m.getVersion().getVersion()).toList())
                .isEqualTo(java.util.Arrays.stream(h2).map(m -> m.getVersion().getVersion()).toList());
        var common = Flyway.configure().dataSource("jdbc:h2:mem:z-" + UUID.randomUUID(), "sa", "")
                .locations("classpath:db/migration").load().info().all();
        assertThat(common).noneMatch(m -> m.getVersion().equals(MigrationVersion.fromVersion("1")));
    }
}
