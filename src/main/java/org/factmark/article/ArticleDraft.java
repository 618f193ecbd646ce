package org.factmark.article;

import java.time.LocalDate;

/** What an import or a POST /api/articles supplies. The body is raw: the service normalises it. */
public record ArticleDraft(String title, String url, String publisher, LocalDate publishedAt, String language,
                           String body) {
}
