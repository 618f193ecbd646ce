package org.factmark.export;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The small Spring context of the command line: the database (DataSource, Flyway, transactions), Jackson, method
 * security, and the export/import services; no web server, no Vaadin, no JPA. Deliberately not a
 * {@code @Configuration}: component scanning of the web application must not pick it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        FlywayAutoConfiguration.class, JacksonAutoConfiguration.class})
@Import({ExportService.class, ImportService.class, DatasetCardService.class})
@EnableMethodSecurity
public class ExportCliConfig {

    @Bean
    PasswordEncoder cliPasswordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
