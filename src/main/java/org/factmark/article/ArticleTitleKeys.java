package org.factmark.article;

import org.factmark.base.SearchKeys;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills {@code articles.title_key} (the search key of the title) for articles that have none: those stored before
 * migration 20, or written by a tool that inserts rows directly. One cheap query when there is nothing to do;
 * idempotent, so several nodes starting at once do the same harmless work.
 */
@Component
@Order(0)
class ArticleTitleKeys implements ApplicationRunner {
    private final JdbcTemplate jdbc;

    ArticleTitleKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        fill();
    }

    /** Fills the missing keys; returns how many articles got one. */
    int fill() {
        var rows = jdbc.queryForList("select id, title from articles where title_key is null");
        for (var row : rows) {
            jdbc.update("update articles set title_key = ? where id = ?",
                    SearchKeys.fold((String) row.get("title")), ((Number) row.get("id")).longValue());
        }
        return rows.size();
    }
}
