package org.factmark.article;

import java.time.LocalDate;
import java.util.Map;

/** A row of the articles list: the article without its body, and its claims counted by status name. */
public record ArticleSummary(long id, String title, String url, String publisher, LocalDate publishedAt,
                             String language, int bodyLength, Map<String, Long> claimsByStatus) {
    public long claimCount() {
        return claimsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(String status) {
        return claimsByStatus.getOrDefault(status, 0L);
    }
}
