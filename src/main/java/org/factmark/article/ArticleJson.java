package org.factmark.article;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the articles REST API (records, serialised by Jackson). */
public final class ArticleJson {
    private ArticleJson() {
    }

    /**
     * POST /api/articles. {@code publishedAt} is a string on purpose: an unreadable date becomes a 400 naming the
     * field instead of a generic "unreadable JSON" error.
     */
    public record NewArticle(String title, String url, String publisher, String publishedAt, String language,
                             String body) {
    }

    /** GET /api/articles/{id} and the 201 answer of POST. */
    public record ArticleDetail(long id, String title, String url, String publisher, LocalDate publishedAt,
                                String language, String body, String bodySha256, int bodyLength) {
        static ArticleDetail of(Article a) {
            return new ArticleDetail(a.getId(), a.getTitle(), a.getUrl(), a.getPublisher(), a.getPublishedAt(),
                    a.getLanguage(), a.getBody(), a.getBodySha256(), a.getBodyLength());
        }
    }

    /** One row of GET /api/articles: no body; claim counts by status (every status present, zero if none). */
    public record ArticleListItem(long id, String title, String url, String publisher, LocalDate publishedAt,
                                  String language, int bodyLength, Map<String, Long> claimsByStatus, long claimCount) {
        static ArticleListItem of(ArticleSummary s) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String status : STATUSES) counts.put(status, s.count(status));
            s.claimsByStatus().forEach(counts::putIfAbsent);
            return new ArticleListItem(s.id(), s.title(), s.url(), s.publisher(), s.publishedAt(), s.language(),
                    s.bodyLength(), counts, s.claimCount());
        }
    }

    /** GET /api/articles: one page. */
    public record ArticlePage(List<ArticleListItem> items, int page, int size, long total) {
    }

    /** Claim status names as stored (org.factmark.claim.ClaimStatus; article may not import claim). */
    public static final List<String> STATUSES = List.of("DRAFT", "IN_REVIEW", "CHECKED", "DISPUTED");
}
