package org.factmark.article;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.factmark.base.SearchKeys;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 20 (a Java one, applied by Spring Boot's Flyway set-up because it is a bean): adds
 * {@code articles.title_key}, the title folded for searching without case and accents ({@link SearchKeys}), and
 * fills it for the articles already stored. Folding needs Unicode decomposition, which neither H2 nor PostgreSQL
 * SQL does portably, hence Java. Its class name is Flyway's version and description.
 */
@Component
class V20__Article_title_search_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table articles add column title_key varchar(" + (Article.MAX_TITLE * 3) + ")");
        }
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, title from articles");
             PreparedStatement write = connection.prepareStatement("update articles set title_key = ? where id = ?")) {
            while (rows.next()) {
                write.setString(1, SearchKeys.fold(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
