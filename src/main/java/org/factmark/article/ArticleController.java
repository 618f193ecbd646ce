package org.factmark.article;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.factmark.article.ArticleJson.ArticleDetail;
import org.factmark.article.ArticleJson.ArticleListItem;
import org.factmark.article.ArticleJson.ArticlePage;
import org.factmark.article.ArticleJson.NewArticle;
import org.factmark.base.InvalidInputException;
import org.factmark.base.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * REST: list, read and create articles. HTTP Basic with the Factmark accounts (SecurityConfig); the service checks
 * roles (creating needs ANNOTATOR or ADMIN). Errors are JSON {"error","field","message"} (ApiExceptionHandler).
 */
@RestController
@RequestMapping("/api/articles")
class ArticleController {
    static final int MAX_PAGE_SIZE = 200;

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping
    ArticlePage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                     @RequestParam(name = "q", defaultValue = "") String q) {
        if (page < 0) throw new InvalidInputException("page", "page: 0 or more.");
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "size: between 1 and " + MAX_PAGE_SIZE + ".");
        }
        var items = articles.list(q, org.factmark.base.web.Paging.of(page, size, MAX_PAGE_SIZE)).stream().map(ArticleListItem::of).toList();
        return new ArticlePage(items, page, size, articles.count(q));
    }

    @GetMapping("/{id}")
    ArticleDetail get(@PathVariable long id) {
        return ArticleDetail.of(articles.get(id));
    }

    @PostMapping
    ResponseEntity<ArticleDetail> create(@RequestBody NewArticle in) {
        Article a = articles.create(new ArticleDraft(in.title(), in.url(), in.publisher(),
                parseDate(in.publishedAt()), in.language(), in.body()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(a.getId()).toUri();
        return ResponseEntity.created(location).body(ArticleDetail.of(a));
    }

    /**
     * An unreadable body, or one cut off by {@link RequestSizeLimitFilter} (413). Same JSON shape as every error.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.TooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(new ApiError("payload_too_large", "body", tooLarge.getMessage()));
            }
        }
        String detail = e.getMostSpecificCause().getMessage();
        if (detail != null && detail.length() > 300) detail = detail.substring(0, 300) + "...";
        return ResponseEntity.badRequest().body(new ApiError("unreadable_json", null,
                "The request body is not valid JSON for this endpoint: " + detail));
    }

    static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("publishedAt",
                    "publishedAt: '" + abbreviate(s) + "' is not a date; use YYYY-MM-DD, e.g. 2025-03-10.");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
