package org.factmark.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every acknowledged write must survive a crash of the server process. H2 (2.x, MVStore) by default writes committed
 * transactions to its file up to 500 ms later (WRITE_DELAY); a {@code kill -9} in that window loses them. With
 * WRITE_DELAY 0, H2 writes the store at each commit (TransactionStore.endTransaction calls MVStore.commit), so an
 * answered request is in the file (the operating system's cache) before the answer leaves. This sets it at start-up
 * for an H2 file database whose URL does not choose a WRITE_DELAY itself (the default URL names WRITE_DELAY=0 too).
 * See docs/durability.md.
 */
@Component
public class H2Durability implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(H2Durability.class);

    private final DataSource dataSource;
    private final String configuredUrl;

    public H2Durability(DataSource dataSource, @Value("${spring.datasource.url:}") String configuredUrl) {
        this.dataSource = dataSource;
        this.configuredUrl = configuredUrl;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection con = dataSource.getConnection()) {
            if (!"H2".equals(con.getMetaData().getDatabaseProductName())) return;
            // H2's metadata URL drops the settings: read the configured one
            String url = (configuredUrl.isBlank() ? con.getMetaData().getURL() : configuredUrl).toUpperCase(Locale.ROOT);
            if (url.startsWith("JDBC:H2:MEM:")) return;
            if (url.contains("WRITE_DELAY=")) {
                if (!url.matches(".*;WRITE_DELAY=0(;.*)?")) {
                    log.warn("The database URL sets a WRITE_DELAY other than 0: writes answered in that window are lost "
                            + "if the server process is killed (docs/durability.md).");
                }
                return;
            }
            try (Statement st = con.createStatement()) {
                st.execute("SET WRITE_DELAY 0");
            }
        }
    }
}
